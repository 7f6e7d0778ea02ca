// Event lookup names in the recognition index: written by the build from each story's signature, read as views,
// checked with the rest of the file; an index without them (an older pack) simply finds no event candidates.
import { describe, expect, test } from 'vitest';
import { eventCandidates } from '../../../lib/event/candidates';
import { signStory } from '../../../lib/event/sign-story';
import { readSentences } from '../../../lib/claims/extract-claims';
import { MIN_CANDIDATE_SCORE } from '../../../lib/event/candidates';
import { textNames } from '../../../lib/event/names';
import { eventTerms, MAX_STORY_TERMS, nameWeight, specificity } from '../../../lib/event/terms';
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
/** The names a page uses, as the engine reads them. */
const names = (text: string) => textNames(text, readSentences(text));

describe('event terms', () => {
  test('a story is looked up by the names its articles use, those at their top and most shared first', () => {
    const terms = eventTerms(signed[0]!.signature);
    expect(terms).toEqual(expect.arrayContaining(['mali', 'france', 'drian', 'le drian', 'gao']));
    // A particle of a name is no name, and no name comes twice.
    expect(terms.every((t) => t.length >= 3)).toBe(true);
    expect(new Set(terms).size).toBe(terms.length);
    expect(terms.length).toBeLessThanOrEqual(MAX_STORY_TERMS);
    expect(eventTerms(signed[1]!.signature)).toEqual(expect.arrayContaining(['kelmor', 'arden']));
  });

  test('a page names a story by its names, demonyms folded to their places, each also by its last word', () => {
    const found = names('French troops reached Timbuktu in Mali, Defence Minister Jean-Yves Le Drian said.');
    expect([...found.keys()]).toEqual(
      expect.arrayContaining(['france', 'mali', 'timbuktu', 'jean-yves le drian', 'drian']),
    );
    expect(found.has('troops')).toBe(false);
    // A line of the outlet's own (a copyright line) names nothing of the event.
    expect(names('Copyright 2013 Harbour Wire. All rights reserved.').size).toBe(0);
  });

  test('a name weighs what its rarity says: little in a story most of the index shares, nothing specific alone', () => {
    expect(nameWeight(1, 1000)).toBeGreaterThan(nameWeight(100, 1000));
    // In a small index every name weighs as if the index had a hundred stories, and none is specific.
    expect(nameWeight(1, 1)).toBeCloseTo(nameWeight(1, 100));
    expect(specificity(1, 1)).toBe(0);
    expect(specificity(1, 134)).toBeGreaterThan(3);
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
    const flood = eventCandidates(index, names('The Arden flooded Kelmor again on Sunday.'));
    expect(flood.map((c) => [c.story, c.names.sort()])).toEqual([['kelmor-flood', ['arden', 'kelmor']]]);
    // One shared name is not enough: a page that names Mali once is not aligned against the story.
    expect(eventCandidates(index, names('Mali beat Senegal two goals to one in Bamako.'))).toEqual([]);
    expect(nameWeight(1, 2)).toBeLessThan(MIN_CANDIDATE_SCORE);
    const both = eventCandidates(index, names('France sent aid to Kelmor and the Arden valley; Le Drian visited Gao.'));
    expect(both.map((c) => c.story)).toEqual(['mali-offensive-2013', 'kelmor-flood']);
  });

  test('an index built without event words (an older pack) reads, and finds no candidates', () => {
    const index = readRecognitionIndex(encodeRecognitionIndex(signed.map((s) => s.story)));
    verifyRecognitionIndex(index);
    expect(eventCandidates(index, names('France, Mali, Le Drian, Fabius, Gao, Timbuktu.'))).toEqual([]);
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
    const found = eventCandidates(index, names('France and Mali, Le Drian and Fabius, Gao and Kelmor on the Arden.'));
    expect(found.every((c) => c.story !== '')).toBe(true);
  });
});
