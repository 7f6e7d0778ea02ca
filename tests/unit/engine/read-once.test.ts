// A page is read once, whatever the number of stories it is weighed against: its sentences are split, tokenised and
// their names found a single time per page.
import { describe, expect, test, vi } from 'vitest';
import * as extraction from '../../../lib/claims/extract-claims';
import { storyProfile } from '../../../lib/claims/fact-profile';
import { readPage } from '../../../lib/engine/read-page';
import { storiesSource } from '../../../lib/engine/sources';
import { mali } from '../claims/helpers';

vi.mock('../../../lib/claims/extract-claims', async (original) => {
  const actual = await original<typeof import('../../../lib/claims/extract-claims')>();
  return { ...actual, readSentences: vi.fn(actual.readSentences) };
});

// Written for the tests: a wire brief on the story.
const page = {
  url: 'https://news.example/brief',
  canonical: null,
  ogUrl: null,
  jsonLdUrls: [],
  headline: 'France says its Mali campaign has killed hundreds of militants',
  published: '2013-02-06',
  text:
    'French forces in Mali have killed hundreds of Islamist fighters since the intervention began, Defence ' +
    'Minister Jean-Yves Le Drian said on Tuesday.\n\nAbout 4,000 French troops are now in the country, Le Drian ' +
    'told BFM TV, and France will begin to pull them out in March.\n\nSome 3,800 African troops have also ' +
    'deployed, Foreign Minister Laurent Fabius said.',
};

describe('reading a page once', () => {
  test('two indexes that both hold the story: the page is weighed twice and its sentences read once', async () => {
    // Built before counting: signing a story, and its profile, read its own articles' sentences.
    const sources = [storiesSource([mali]), storiesSource([mali], 'a-pack')];
    storyProfile(mali);
    const readSentences = vi.mocked(extraction.readSentences);
    readSentences.mockClear();
    const answer = await readPage(page, sources, { detail: true });
    expect(answer.kind).toBe('event');
    expect(answer.detail?.candidates.map((c) => c.pack)).toEqual(['', 'a-pack']);
    expect(readSentences).toHaveBeenCalledTimes(1);
  });
});
