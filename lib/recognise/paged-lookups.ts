// Recognition's lookups over a paged index (paged-index.ts): the same answers as a whole index gives, read from the
// head and the parts read so far. A lookup that needs a part not read yet gives a placeholder and marks the set of
// lookups incomplete, so nothing built on it is used (recognise() and eventCandidates() then answer nothing).
import { hashWord } from '../fingerprint/hash';
import type { RecognitionArticle } from './index-format';
import type { IndexLookups } from './index-lookups';
import type { PagedIndex } from './paged-index';
import type { ArticlePart } from './read-part';
import { EMPTY, bucketOf, lowerBound, postingsInBuckets, rowOf } from './table-lookups';

/** A fresh set of lookups over a paged index. */
export function pagedLookups(index: PagedIndex): IndexLookups {
  const { head } = index;
  const { split } = head;
  let complete = true;
  const lacking = () => {
    complete = false;
    return null;
  };

  const articlePart = (ordinal: number): ArticlePart | null => {
    const part = index.part('articles', Math.floor(ordinal / split.articlesPerPart));
    return part?.kind === 'articles' ? part : lacking();
  };
  // The story of an article, from the head's story ranges (the last story starting at or before it).
  const storyOf = (ordinal: number) => lowerBound(head.storyArticles, ordinal + 1) - 1;
  const revisionOf = (ordinal: number): number | null => {
    const part = articlePart(ordinal);
    return part ? (part.revisions[ordinal - part.first] ?? 0) : null;
  };
  const inRange = (ordinal: number) => ordinal >= 0 && ordinal < head.articleCount;

  return {
    params: head.params,
    storyCount: head.storyCount,
    articleCount: head.articleCount,
    hasEventTerms: head.eventTermHashes.length > 0,
    complete: () => complete,
    postingsOf(hash) {
      const part = index.part('fingerprints', bucketOf(hash, split.fingerprintPartBits));
      if (part?.kind !== 'fingerprints') return lacking() ?? EMPTY;
      return postingsInBuckets(part, head.bucketBits, part.first, hash);
    },
    addressOrdinals(key) {
      const hash = hashWord(key);
      const hashes = head.addressHashes;
      for (let i = lowerBound(hashes, hash); i < hashes.length && hashes[i] === hash; i++) {
        const part = index.part('addresses', Math.floor(i / split.addressesPerPart));
        if (part?.kind !== 'addresses') {
          lacking();
          continue;
        }
        if (part.keys.get(i - part.first) === key) return [...rowOf(part.offsets, part.ordinals, i - part.first)];
      }
      return [];
    },
    articleAt(ordinal): RecognitionArticle | undefined {
      if (!inRange(ordinal)) return undefined;
      const part = articlePart(ordinal);
      if (!part) return [storyOf(ordinal), '', null, null, 0];
      const at = ordinal - part.first;
      const revision = part.revisions[at]!;
      return [
        storyOf(ordinal),
        part.ids.get(at),
        revision >>> 16 === 0 ? null : revision >>> 16,
        (revision & 0xffff) === 0 ? null : revision & 0xffff,
        part.fingerprints[at]!,
      ];
    },
    fingerprintCount(ordinal) {
      if (!inRange(ordinal)) return 0;
      const part = articlePart(ordinal);
      return part ? (part.fingerprints[ordinal - part.first] ?? 0) : 0;
    },
    revisionGroupOf(ordinal) {
      const group = (inRange(ordinal) ? (revisionOf(ordinal) ?? 0) : 0) >>> 16;
      if (group === 0) return [ordinal];
      const story = storyOf(ordinal);
      const members: number[] = [];
      const end = Math.min(head.storyArticles[story + 1] ?? 0, head.articleCount);
      for (let a = head.storyArticles[story] ?? 0; a < end; a++) {
        if ((revisionOf(a) ?? 0) >>> 16 === group) members.push(a);
      }
      return members;
    },
    storyIdOf(storyOrdinal) {
      if (!(storyOrdinal >= 0 && storyOrdinal < head.storyCount)) return '';
      const part = index.part('stories', Math.floor(storyOrdinal / split.storiesPerPart));
      if (part?.kind !== 'stories') return lacking() ?? '';
      return part.ids.get(storyOrdinal - part.first);
    },
    storiesWithTerm(hash) {
      const hashes = head.eventTermHashes;
      const i = lowerBound(hashes, hash);
      if (i >= hashes.length || hashes[i] !== hash) return EMPTY;
      const part = index.part('terms', Math.floor(i / split.termsPerPart));
      if (part?.kind !== 'terms') return lacking() ?? EMPTY;
      return rowOf(part.offsets, part.stories, i - part.first);
    },
  };
}
