// Runs every page fixture in tests/fixtures/pages/<slug>/ through extraction and recognition and compares
// the answer with the fixture's expected.json; each fixture is its own test, named by its slug.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { extractPage } from '../../../lib/extract/extract-page';
import { mayBeArticle } from '../../../lib/extract/quick-gate';
import { readPage } from '../../../lib/engine/read-page';
import { memorySource } from '../../../lib/engine/sources';
import { signStory } from '../../../lib/event/sign-story';
import { encodeRecognitionIndex } from '../../../lib/recognise/build-recognition-index';
import { readRecognitionIndex } from '../../../lib/recognise/read-index';
import { addressOrdinals, loadIndex } from '../../../lib/recognise/load-index';
import { addressKey } from '../../../lib/address/normalise-address';
import { recognise } from '../../../lib/recognise/recognise';
import { loadStories, REPO } from './helpers/stories';

interface Expected {
  url: string | null;
  match: null | { story: string; article: string; revision: number | null };
  /** A page that is no indexed article but reports a story (an event match); absent means null. */
  event?: null | { story: string };
}

const PAGES = join(REPO, 'tests/fixtures/pages');
const slugs = existsSync(PAGES)
  ? readdirSync(PAGES, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort()
  : [];
// Built as the index build does: every story signed for event recognition.
const signed = loadStories().map(signStory);
const index = readRecognitionIndex(encodeRecognitionIndex(signed.map((s) => ({ ...s.story, eventTerms: s.terms }))));
const source = memorySource(
  index,
  signed.map((s) => ({ story: s.story, signature: s.signature })),
);

describe('page fixtures', () => {
  test('every fixture folder has a page and a well-formed expectation', () => {
    for (const slug of slugs) {
      const dir = join(PAGES, slug);
      expect(existsSync(join(dir, 'page.html')), `${slug}: page.html`).toBe(true);
      const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
      expect(expected.url === null || typeof expected.url === 'string', `${slug}: url`).toBe(true);
      if (expected.match !== null) expect(typeof expected.match.article, `${slug}: match.article`).toBe('string');
      if (expected.event)
        expect(expected.match, `${slug}: an event match is of a page that is no indexed article`).toBeNull();
    }
  });

  test.each(slugs)('%s', async (slug) => {
    const dir = join(PAGES, slug);
    const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
    const { document } = parseHTML(readFileSync(join(dir, 'page.html'), 'utf8'));
    // Without a known address the page stands for a saved file: only its own markup can name an address.
    const page = extractPage(document as unknown as Document, expected.url ?? `file:///fixtures/${slug}/page.html`);
    const match = recognise(page, index);
    const got = match && { story: match.story, article: match.article, revision: match.revision };
    expect(got, `fixture ${slug}`).toEqual(expected.match);
    // Through the engine's door: an indexed article is that article; any other page is looked at as a possible report
    // of a story.
    const answer = await readPage(page, [source]);
    expect(answer.kind === 'article' ? answer.match : null, `fixture ${slug}: the door's article`).toEqual(match);
    const event = answer.kind === 'event' ? { story: answer.match.story } : null;
    expect(event, `fixture ${slug}: event`).toEqual(expected.event ?? null);
    if (expected.match) {
      // The content script extracts only pages that pass the cheap gate or sit at a known address.
      const key = addressKey(page.url);
      const known = key !== null && addressOrdinals(loadIndex(index), key).length > 0;
      expect(mayBeArticle(document as unknown as Document) || known, `fixture ${slug}: passes the gate`).toBe(true);
    }
  });
});
