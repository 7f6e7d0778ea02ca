// A small, valid in-memory story for the validator tests: each test breaks one thing in a fresh copy.
import type { StorySource } from '../../../lib/index/data-types';

const meta = (publisher: string) => ({
  publisher,
  wire: null,
  site: null,
  headline: `${publisher} headline`,
  url: `https://www.${publisher.toLowerCase()}.example/story`,
  urls: [`https://www.${publisher.toLowerCase()}.example/story`],
  published: '2013-02-06',
  updated: null,
  revision: null,
  language: 'en',
});

/** A fresh valid story: two articles, a disputed count, a single-source date, one not-claim. */
export function fixture(): StorySource {
  return structuredClone({
    dir: 'data/stories/demo',
    story: {
      id: 'demo',
      title: 'Demo story',
      summary: 'Two outlets count troops differently.',
      dates: { start: '2013-02-05', end: '2013-02-06' },
      articles: ['alpha', 'beta'],
    },
    articles: [
      {
        id: 'alpha',
        meta: meta('Alpha'),
        text: 'Nearly 4,000 troops are in Mali, the minister said on Tuesday.\n\nThe war began last month.\n',
      },
      { id: 'beta', meta: meta('Beta'), text: 'France has 2,150 soldiers in Mali.\n' },
    ],
    facts: [
      {
        id: 'troops',
        label: 'Troops in Mali',
        kind: 'count',
        unit: 'people',
        claims: [
          {
            article: 'alpha',
            quote: 'Nearly 4,000 troops are in Mali',
            figure: 'Nearly 4,000',
            value: [3600, 4000],
            attribution: null,
            hedges: ['nearly'],
          },
          {
            article: 'beta',
            quote: 'France has 2,150 soldiers in Mali.',
            figure: '2,150',
            value: [2150, 2150],
            attribution: null,
            hedges: [],
          },
        ],
      },
      {
        id: 'statement-day',
        label: 'Day the minister spoke',
        kind: 'date',
        claims: [
          {
            article: 'alpha',
            quote: 'the minister said on Tuesday',
            figure: 'on Tuesday',
            value: ['2013-02-05', '2013-02-05'],
            attribution: 'the minister said',
            hedges: [],
          },
        ],
      },
    ],
    notClaims: [{ article: 'alpha', quote: 'The war began last month.', reason: 'Background.' }],
  });
}

/** The facts of a fixture, typed loosely so a test can break them. */
export type LooseFact = { id?: unknown; override?: unknown; claims: Record<string, unknown>[] } & Record<
  string,
  unknown
>;

/** The fixture's facts array, for mutation. */
export function factsOf(source: StorySource): LooseFact[] {
  return source.facts as LooseFact[];
}
