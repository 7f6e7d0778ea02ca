// Event lookup words in the recognition index: written by the build from each story's signature, read as views,
// checked with the rest of the file; an index without them (an older pack) simply finds no event candidates.
import { describe, expect, test } from 'vitest';
import { eventCandidates } from '../../../lib/event/candidates';
import { signStory } from '../../../lib/event/sign-story';
import { eventTerms, MIN_PAGE_TERMS, pageTerms } from '../../../lib/event/terms';
import { hashWord } from '../../../lib/fingerprint/hash';
import { readSectionedFile, writeSectionedFile } from '../../../lib/binary/sectioned-file';
import { encodeRecognitionIndex } from '../../../lib/recognise/build-recognition-index';
import { INDEX_MAGIC, SECTION } from '../../../lib/recognise/index-format';
import { loadIndex, storiesWithTerm } from '../../../lib/recognise/load-index';
import { readRecognitionIndex, verifyRecognitionIndex } from '../../../lib/recognise/read-index';
import { floodStory } from '../claims/flood-story';
import { mali } from '../claims/helpers';

const signed = [signStory(mali), signStory(floodStory())];
const bytes = encodeRecognitionIndex(signed.map((s) => ({ ...s.story, eventTerms: s.terms })));

describe('event terms', () => {
  test('a story is looked up by the main word of the names most of its articles share', () => {
    const terms = eventTerms(signed[0]!.signature);
    expect(terms).toEqual(expect.arrayContaining(['mali', 'france', 'drian', 'fabius', 'gao']));
    // A particle of a name is no name, and no word comes twice.
    expect(terms.every((t) => t.length >= 3)).toBe(true);
    expect(new Set(terms).size).toBe(terms.length);
    expect(terms.length).toBeLessThanOrEqual(16);
    expect(eventTerms(signed[1]!.signature)).toEqual(expect.arrayContaining(['kelmor', 'arden']));
  });

  test('a page names a story by its capitalised words, demonyms folded to their places', () => {
    const terms = pageTerms('French troops and Malian soldiers reached Timbuktu, Le Drian’s office said.');
    expect([...terms]).toEqual(expect.arrayContaining(['france', 'mali', 'timbuktu', 'drian']));
    expect(terms.has('troops')).toBe(false);
  });
});

describe('event terms in the recognition index', () => {
  test('each story is found by its words; a page naming enough of them makes the story a candidate', () => {
    const index = readRecognitionIndex(bytes);
    verifyRecognitionIndex(index);
    const loaded = loadIndex(index);
    expect([...storiesWithTerm(loaded, hashWord('kelmor'))]).toEqual([1]);
    expect([...storiesWithTerm(loaded, hashWord('mali'))]).toEqual([0]);
    expect([...storiesWithTerm(loaded, hashWord('nowhere'))]).toEqual([]);
    expect(eventCandidates(index, 'The Arden flooded Kelmor again on Sunday.')).toEqual([
      { story: 'kelmor-flood', terms: 2 },
    ]);
    // One shared word is not enough: a page that names Mali once is not aligned against the story.
    expect(MIN_PAGE_TERMS).toBe(2);
    expect(eventCandidates(index, 'Mali beat Senegal two goals to one in Bamako.')).toEqual([]);
    const both = eventCandidates(
      index,
      'France sent aid to Kelmor after the Arden flood; Le Drian and Fabius visited Mali and Gao.',
    );
    expect(both.map((c) => c.story)).toEqual(['mali-offensive-2013', 'kelmor-flood']);
  });

  test('an index built without event words (an older pack) reads, and finds no candidates', () => {
    const index = readRecognitionIndex(encodeRecognitionIndex(signed.map((s) => s.story)));
    verifyRecognitionIndex(index);
    expect(eventCandidates(index, 'France, Mali, Le Drian, Fabius, Gao, Timbuktu.')).toEqual([]);
  });

  function rewrite(change: (sections: Map<string, { bytes: Uint8Array; itemSize: number }>) => void): Uint8Array {
    const file = readSectionedFile(bytes.slice().buffer, INDEX_MAGIC, [1]);
    const sections = new Map(
      [...file.sections].map(([tag, s]) => [tag, { bytes: s.bytes.slice(), itemSize: s.itemSize }]),
    );
    change(sections);
    return writeSectionedFile(
      INDEX_MAGIC,
      1,
      [...sections].map(([tag, s]) => ({ tag, ...s })),
    );
  }

  test('damaged event sections are refused with the reason, never read out of bounds', () => {
    const shortOffsets = rewrite((s) => s.set(SECTION.eventTermOffsets, { bytes: new Uint8Array(4), itemSize: 4 }));
    expect(() => readRecognitionIndex(shortOffsets)).toThrow(/EVOF/);
    const farStory = rewrite((s) => {
      const stories = new Uint32Array(s.get(SECTION.eventTermStories)!.bytes.buffer.slice(0));
      stories[0] = 99;
      s.set(SECTION.eventTermStories, { bytes: new Uint8Array(stories.buffer), itemSize: 4 });
    });
    const index = readRecognitionIndex(farStory);
    expect(() => verifyRecognitionIndex(index)).toThrow(/event term names a story out of range/);
    // Before the check runs, a lookup that lands on the bad ordinal names no story.
    expect(eventCandidates(index, 'France Mali Drian Fabius Gao Kelmor Arden').every((c) => c.story !== '')).toBe(true);
  });
});
