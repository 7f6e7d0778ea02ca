// Recognition's lookups over a paged index (paged-index.ts): the same answers as a whole index gives, read from the
// head and the parts read so far. A lookup that needs a part not read yet gives a placeholder and marks the set of
// lookups incomplete, so nothing built on it is used (recognise() and eventCandidates() then answer nothing).
import { hashWord } from '../fingerprint/hash';
import type { RecognitionArticle } from './index-format';
import type { IndexLookups } from './index-lookups';
import type { PagedIndex } from './paged-index';
import type { ArticlePart, StoryPart } from './read-part';
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

  const inRange = (ordinal: number) => ordinal >= 0 && ordinal < head.articleCount;
  const articlePart = (ordinal: number): ArticlePart | null => {
    const part = index.part('articles', Math.floor(ordinal / split.articlesPerPart));
    return part?.kind === 'articles' ? part : lacking();
  };
  const storyPart = (story: number): StoryPart | null => {
    const part = index.part('stories', Math.floor(story / split.storiesPerPart));
    return part?.kind === 'stories' ? part : lacking();
  };
  // An article's revision word and story; null while its part is not read.
  const rowOfArticle = (ordinal: number): { revision: number; story: number } | null => {
    const part = articlePart(ordinal);
    return part
      ? { revision: part.revisions[ordinal - part.first] ?? 0, story: part.stories[ordinal - part.first] ?? 0 }
      : null;
  };

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
      const part = index.part('addresses', bucketOf(hash, split.addressPartBits));
      if (part?.kind !== 'addresses') return lacking() ?? [];
      for (let i = lowerBound(part.hashes, hash); i < part.hashes.length && part.hashes[i] === hash; i++) {
        if (part.keys.get(i) === key) return [...rowOf(part.offsets, part.ordinals, i)];
      }
      return [];
    },
    articleAt(ordinal): RecognitionArticle | undefined {
      if (!inRange(ordinal)) return undefined;
      const part = articlePart(ordinal);
      // Not read yet: a row that names no story, so nothing is read on its account.
      if (!part) return [-1, '', null, null, 0];
      const at = ordinal - part.first;
      const revision = part.revisions[at]!;
      return [
        part.stories[at]!,
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
      const row = inRange(ordinal) ? rowOfArticle(ordinal) : null;
      const group = (row?.revision ?? 0) >>> 16;
      if (!row || group === 0) return [ordinal];
      const part = row.story < head.storyCount ? storyPart(row.story) : null;
      if (!part) return [ordinal];
      const at = row.story - part.first;
      const end = Math.min(part.starts[at + 1] ?? 0, head.articleCount);
      const members: number[] = [];
      for (let a = part.starts[at] ?? 0; a < end; a++) {
        if ((rowOfArticle(a)?.revision ?? 0) >>> 16 === group) members.push(a);
      }
      return members;
    },
    storyIdOf(storyOrdinal) {
      if (!(storyOrdinal >= 0 && storyOrdinal < head.storyCount)) return '';
      const part = storyPart(storyOrdinal);
      return part ? part.ids.get(storyOrdinal - part.first) : '';
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
