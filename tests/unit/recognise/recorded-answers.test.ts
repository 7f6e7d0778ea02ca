// Recognition answers are the whole index's on every page fixture and report text: the match with its score and
// method, the explanation with every candidate's evidence, the event candidates by weighed names, and the engine's one
// door's answer (article, event or none), recorded in recorded-answers.json with the whole index
// (`npm run fixtures:recognition`) and compared here with the whole index and with its paged layout (default parts,
// and parts of one article, story, address or term each), the door reading the paged index as the background does.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { type IndexSource, storiesSource } from '../../../lib/engine/sources';
import { eventCandidates } from '../../../lib/event/candidates';
import { readPageText } from '../../../lib/event/page-text';
import { DEFAULT_PARAMS } from '../../../lib/fingerprint/fingerprint';
import { encodeRecognitionIndex } from '../../../lib/recognise/build-recognition-index';
import { explainRecognition } from '../../../lib/recognise/explain';
import type { RecognitionIndex } from '../../../lib/recognise/index-format';
import { readRecognitionIndex } from '../../../lib/recognise/read-index';
import { recognise } from '../../../lib/recognise/recognise';
import { signStory } from '../../../lib/event/sign-story';
import { fixturePage, reportPage } from './helpers/fixture-pages';
import { pagedFrom, TINY_PARTS } from './helpers/paged';
import { answersOf, pageSlugs, RECORDED, type RecordedAnswers, reportNames } from './helpers/recorded-answers';
import { loadStories } from './helpers/stories';

const recorded = JSON.parse(readFileSync(RECORDED, 'utf8')) as {
  pages: Record<string, RecordedAnswers>;
  reports: Record<string, RecordedAnswers>;
};
const whole = storiesSource(loadStories());
const indexable = loadStories()
  .map(signStory)
  .map((s) => ({ ...s.story, eventTerms: s.terms }));
// 65,536 buckets whatever the size, so the smallest fingerprint parts hold a few hashes each.
const wide = readRecognitionIndex(encodeRecognitionIndex(indexable, DEFAULT_PARAMS, 16));
const withIndex = (recognition: IndexSource['recognition']): IndexSource => ({ ...whole, recognition });
const variants: [string, IndexSource][] = [
  ['whole', whole],
  ['paged', withIndex(pagedFrom(whole.recognition as RecognitionIndex).paged)],
  ['paged, tiny parts', withIndex(pagedFrom(wide, TINY_PARTS).paged)],
];
const slugs = pageSlugs();
const reports = reportNames();

describe('recorded recognition answers', () => {
  test('every page fixture and report text has a recorded answer, of every kind', () => {
    expect(Object.keys(recorded.pages)).toEqual(slugs);
    expect(Object.keys(recorded.reports)).toEqual(reports);
    const kinds = (answers: RecordedAnswers[]) => new Set(answers.map((a) => (a.answer as { kind: string }).kind));
    expect(kinds(Object.values(recorded.pages))).toEqual(new Set(['article', 'event', 'none']));
    expect(kinds(Object.values(recorded.reports))).toEqual(new Set(['event', 'none']));
  });

  describe.each(variants)('%s', (_name, source) => {
    test.each(slugs)('page %s', async (slug) => {
      expect(await answersOf(fixturePage(slug), source)).toEqual(recorded.pages[slug]);
    });

    test.each(reports)('report %s', async (name) => {
      expect(await answersOf(reportPage(name), source)).toEqual(recorded.reports[name]);
    });
  });

  test('the synchronous functions give the same answers once a paged index has read its parts', async () => {
    const paged = pagedFrom(whole.recognition as RecognitionIndex).paged;
    const source = withIndex(paged);
    for (const slug of slugs.slice(0, 20)) {
      const page = fixturePage(slug);
      await answersOf(page, source);
      const { names } = readPageText({ ...page });
      expect(recognise(page, paged)).toEqual(recorded.pages[slug]!.match);
      expect(explainRecognition(page, paged)).toEqual(recorded.pages[slug]!.explanation);
      expect(eventCandidates(paged, names)).toEqual(recorded.pages[slug]!.eventCandidates);
    }
  });
});
