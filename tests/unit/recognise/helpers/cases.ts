// Programmatic pages for recognition, each with the answer it must get: short openings of every article
// (which must match), and quotations that must not. Shared by the tests and `npm run margins`.
import type { RuntimeStory } from '../../../../lib/story/runtime-types';
import {
  firstBlocks,
  firstWords,
  headlineOf,
  type OpeningBlock,
  type OpeningLayout,
  openingPage,
  publishedOpening,
} from './openings';
import { COMMENTARY } from './other-texts';
import { newsPage } from './pages';
import { paragraphsOf } from './stories';

/** A page and what recognition must answer for it: an article (and revision, null when unknown) or nothing. */
export interface RecognitionCase {
  group: string;
  name: string;
  html: string;
  expect: { article: string; revision: number | null } | null;
}

export const ARTICLES = ['cnn-r1', 'cnn-r2', 'afp', 'globalpost', 'france24'];
const REVISION: Record<string, number | null> = { 'cnn-r1': 1, 'cnn-r2': 2 };

/** Cuts of an opening: the first four blocks, the first 60, 80 and 120 words. */
export const CUTS: { name: string; cut: (blocks: OpeningBlock[]) => OpeningBlock[] }[] = [
  { name: 'first 4 blocks', cut: (b) => firstBlocks(b, 4) },
  { name: 'first 60 words', cut: (b) => firstWords(b, 60) },
  { name: 'first 80 words', cut: (b) => firstWords(b, 80) },
  { name: 'first 120 words', cut: (b) => firstWords(b, 120) },
];

/**
 * What a short opening must be recognised as. Where the two CNN revisions' openings are the same text the
 * answer is the article with its revision unknown; FRANCE 24's 60 words are its byline lines and one
 * paragraph, which a page quoting that paragraph also shows: one paragraph is never enough (README).
 */
export function openingExpectation(id: string, cut: string): RecognitionCase['expect'] {
  if (id === 'france24' && cut === 'first 60 words') return null;
  if (id === 'cnn-r1' && cut === 'first 60 words') return { article: 'cnn-r2', revision: null };
  return { article: id, revision: REVISION[id] ?? null };
}

/** Every short opening: each article, each cut, with and without the headline, in both layouts. */
export function openingCases(stories: RuntimeStory[]): RecognitionCase[] {
  const cases: RecognitionCase[] = [];
  for (const layout of ['semantic', 'plain'] as OpeningLayout[]) {
    for (const id of ARTICLES) {
      const opening = publishedOpening(stories, id);
      for (const { name, cut } of CUTS) {
        for (const withHeadline of [false, true]) {
          const expect = openingExpectation(id, name);
          cases.push({
            group: expect ? `short openings (${layout} layout)` : 'short openings of one paragraph',
            name: `${id}: ${name}${withHeadline ? ' with the headline' : ''} (${layout} layout)`,
            html: openingPage(cut(opening), { layout, headline: withHeadline ? headlineOf(stories, id) : undefined }),
            expect,
          });
        }
      }
    }
  }
  return cases;
}

const quoteInCommentary = (quoted: string[]) =>
  newsPage([...COMMENTARY.slice(0, 2), ...quoted, ...COMMENTARY.slice(2)], {
    paragraph: (t) => (quoted.includes(t) ? `<blockquote><p>${t}</p></blockquote>` : `<p>${t}</p>`),
  });

// Bullets of other stories in a briefing, written for these tests.
const BRIEFING: [string, string[]][] = [
  [
    'Tunisia: protests after opposition leader killed',
    [
      'Thousands marched in Tunis and Sidi Bouzid after the shooting of a prominent secular politician',
      'The prime minister promised a swift inquiry and called for calm',
      'Opposition parties said they would suspend their work in the assembly',
    ],
  ],
  [
    'Ghana: court hears election challenge',
    [
      'The Supreme Court began hearing the opposition petition against the December result',
      'Both main parties urged their supporters to accept whatever the judges decide',
    ],
  ],
  [
    'Markets: oil eases as dollar firms',
    [
      'Brent crude slipped below 116 dollars a barrel in early trading in London',
      'Analysts expect supply from the North Sea to recover later in the month',
    ],
  ],
];

/** A morning-briefing list page: several stories' headlines with bullets, one of them the article's highlights. */
export function highlightsListPage(highlights: string[], headline: string, withHeading: boolean): string {
  const item = (title: string, bullets: string[], heading: boolean) =>
    `<li class="brief"><h3><a href="/brief/${title.length}">${title}</a></h3>${heading ? '<p class="label">Story highlights</p>' : ''}<ul>${bullets.map((b) => `<li>${b}</li>`).join('')}</ul></li>`;
  const items = [
    item(...(BRIEFING[0] as [string, string[]]), false),
    item(headline, highlights, withHeading),
    ...BRIEFING.slice(1).map(([t, b]) => item(t, b, false)),
  ];
  return newsPage(['The stories you need to know this morning, in brief, with links to the full reports.'], {
    title: 'Morning briefing, 6 February',
    after: `<ol class="briefing">${items.join('')}</ol>`,
  });
}

/** Quotations of the indexed articles that must never be recognised as the article. */
export function quotationCases(stories: RuntimeStory[]): RecognitionCase[] {
  const cases: RecognitionCase[] = [];
  for (const id of ARTICLES) {
    const paragraphs = paragraphsOf(stories, id);
    const longest = [...paragraphs].sort((a, b) => b.length - a.length)[0] ?? '';
    cases.push({
      group: 'one paragraph quoted in commentary',
      name: id,
      html: quoteInCommentary([longest]),
      expect: null,
    });
    cases.push({
      group: 'one paragraph with a one-line note',
      name: id,
      html: newsPage([longest, 'Read the full story on the publisher\u2019s site.']),
      expect: null,
    });
    // Two consecutive long paragraphs, the most a blogger quotes at once.
    let at = 0;
    for (let i = 1; i + 1 < paragraphs.length; i++) {
      const len = (j: number) => (paragraphs[j] ?? '').length + (paragraphs[j + 1] ?? '').length;
      if (len(i) > len(at)) at = i;
    }
    cases.push({
      group: 'two paragraphs quoted in commentary',
      name: id,
      html: quoteInCommentary(paragraphs.slice(at, at + 2)),
      expect: null,
    });
  }
  const r2 = paragraphsOf(stories, 'cnn-r2');
  const headline = headlineOf(stories, 'cnn-r2');
  for (const withHeading of [false, true]) {
    cases.push({
      group: 'highlights quoted in a list page',
      name: withHeading ? 'with the "Story highlights" label' : 'bullets only',
      html: highlightsListPage(r2.slice(1, 4), headline, withHeading),
      expect: null,
    });
  }
  return cases;
}
