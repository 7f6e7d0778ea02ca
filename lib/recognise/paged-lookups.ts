// Recognition's lookups over a paged index (paged-index.ts): the same answers as a whole index gives, read from the
// head and the parts read so far. A lookup that needs a part not read yet gives a placeholder and marks the set of
// lookups incomplete, so nothing built on it is used (recognise() and eventCandidates() then answer nothing).
import { hashWord } from '../fingerprint/hash';
import type { RecognitionArticle } from './index-format';
import type { IndexLookups } from './index-lookups';
import type { PagedIndex } from './paged-index';
import type { StoryPart } from './read-part';
import { fingerprintPartOf, postingsInPart } from './fingerprint-part';
import { bucketOf, EMPTY, lowerBound, rowOf } from './table-lookups';

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
  const storyPart = (number: number): StoryPart | null => {
    const part = index.part('stories', number);
    return part?.kind === 'stories' ? part : lacking();
  };
  // An article's story part (the last whose first article is not after it), its story and its place in the part.
  const placeOf = (ordinal: number): { part: StoryPart; story: number; at: number } | null => {
    const part = storyPart(lowerBound(head.storyPartArticles, ordinal + 1) - 1);
    if (!part) return null;
    const local = lowerBound(part.starts, ordinal + 1) - 1;
    return { part, story: part.first + local, at: ordinal - part.starts[0]! };
  };

  return {
    params: head.params,
    storyCount: head.storyCount,
    articleCount: head.articleCount,
    hasEventTerms: head.eventTermHashes.length > 0,
    complete: () => complete,
    postingsOf(hash) {
      const part = index.part('fingerprints', fingerprintPartOf(hash, split.fingerprintPartBits));
      if (part?.kind !== 'fingerprints') return lacking() ?? EMPTY;
      return postingsInPart(part, hash);
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
      const place = placeOf(ordinal);
      // Not read yet: a row that names no story, so nothing is read on its account.
      if (!place) return [-1, '', null, null, 0];
      const revision = place.part.revisions[place.at] ?? 0;
      return [
        place.story,
        place.part.articleIds.get(place.at),
        revision >>> 16 === 0 ? null : revision >>> 16,
        (revision & 0xffff) === 0 ? null : revision & 0xffff,
        place.part.fingerprints[place.at] ?? 0,
      ];
    },
    fingerprintCount(ordinal) {
      const place = inRange(ordinal) ? placeOf(ordinal) : null;
      return place ? (place.part.fingerprints[place.at] ?? 0) : 0;
    },
    revisionGroupOf(ordinal) {
      const place = inRange(ordinal) ? placeOf(ordinal) : null;
      const group = (place?.part.revisions[place.at] ?? 0) >>> 16;
      if (!place || group === 0) return [ordinal];
      // A story's articles are all in its part.
      const { part, story } = place;
      const base = part.starts[0]!;
      const end = Math.min(part.starts[story - part.first + 1] ?? 0, head.articleCount);
      const members: number[] = [];
      for (let a = part.starts[story - part.first] ?? 0; a < end; a++) {
        if ((part.revisions[a - base] ?? 0) >>> 16 === group) members.push(a);
      }
      return members;
    },
    storyIdOf(storyOrdinal) {
      if (!(storyOrdinal >= 0 && storyOrdinal < head.storyCount)) return '';
      const part = storyPart(Math.floor(storyOrdinal / split.storiesPerPart));
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
