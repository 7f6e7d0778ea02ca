// Recognition answers are the same as those recorded in recorded-answers.json before the index was split into a
// first file and parts: for every page fixture (match with its score and method, the explanation with every
// candidate's evidence, the event candidates) and every report text (match and event candidates).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { eventCandidates } from '../../../lib/event/candidates';
import { signStory } from '../../../lib/event/sign-story';
import { encodeRecognitionIndex } from '../../../lib/recognise/build-recognition-index';
import { explainRecognition } from '../../../lib/recognise/explain';
import { readRecognitionIndex } from '../../../lib/recognise/read-index';
import { recognise } from '../../../lib/recognise/recognise';
import { fixturePage, reportPage } from './helpers/fixture-pages';
import { loadStories, REPO } from './helpers/stories';

interface Recorded {
  pages: Record<string, { match: unknown; explanation: unknown; eventCandidates: unknown }>;
  reports: Record<string, { match: unknown; eventCandidates: unknown }>;
}

const recorded = JSON.parse(readFileSync(join(import.meta.dirname, 'recorded-answers.json'), 'utf8')) as Recorded;
const signed = loadStories().map(signStory);
const index = readRecognitionIndex(encodeRecognitionIndex(signed.map((s) => ({ ...s.story, eventTerms: s.terms }))));

const slugs = readdirSync(join(REPO, 'tests/fixtures/pages'), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

describe('recorded recognition answers', () => {
  test('every page fixture and report text has a recorded answer', () => {
    expect(Object.keys(recorded.pages).sort()).toEqual(slugs);
    for (const name of Object.keys(recorded.reports))
      expect(existsSync(join(REPO, 'tests/fixtures', `${name}.txt`))).toBe(true);
  });

  test.each(slugs)('page %s', (slug) => {
    const page = fixturePage(slug);
    const want = recorded.pages[slug]!;
    expect(recognise(page, index)).toEqual(want.match);
    expect(explainRecognition(page, index, 5)).toEqual(want.explanation);
    expect(eventCandidates(index, page.text)).toEqual(want.eventCandidates);
  });

  test.each(Object.keys(recorded.reports))('report %s', (name) => {
    const page = reportPage(name);
    expect(recognise(page, index)).toEqual(recorded.reports[name]!.match);
    expect(eventCandidates(index, page.text)).toEqual(recorded.reports[name]!.eventCandidates);
  });
});
