// A second story, written for the tests, on a subject the engine's word lists never name (a fictional river
// flood): what it knows of its facts comes from these reviewed claims alone.
import { compileStories } from '../../../lib/index/compile-index';
import type { RuntimeStory } from '../../../lib/story/runtime-types';
import { formatError, validateStory } from '../../../lib/index/validate-stories';

const A = `The River Arden burst its banks above Kelmor on Wednesday, forcing about 2,000 residents from their homes.

Two people died when their car was swept off a bridge, the regional council said.

Engineers said repairs to the Kelmor dam would take a month.
`;
const B = `Some 1,800 people were evacuated from Kelmor as the Arden flooded, officials said on Thursday.

The council confirmed two deaths.

Repairing the damaged dam could take four to six weeks, an engineer told the Kelmor Gazette.
`;

const meta = (publisher: string) => ({
  publisher,
  wire: null,
  site: null,
  headline: `${publisher} on the Kelmor flood`,
  url: `https://www.${publisher.toLowerCase()}.example/flood`,
  urls: [`https://www.${publisher.toLowerCase()}.example/flood`],
  published: '2021-03-11',
  updated: null,
  revision: null,
  language: 'en',
});

/** The compiled flood story. */
export function floodStory(): RuntimeStory {
  const result = validateStory({
    dir: 'data/stories/kelmor-flood',
    story: {
      id: 'kelmor-flood',
      title: 'The Arden floods Kelmor',
      summary: 'A river flood forces residents out.',
      dates: { start: '2021-03-10', end: '2021-03-11' },
      articles: ['gazette', 'herald'],
    },
    articles: [
      { id: 'gazette', meta: meta('Gazette'), text: A },
      { id: 'herald', meta: meta('Herald'), text: B },
    ],
    facts: [
      {
        id: 'evacuated',
        label: 'Residents evacuated from Kelmor',
        kind: 'count',
        unit: 'people',
        claims: [
          {
            article: 'gazette',
            quote: 'forcing about 2,000 residents from their homes',
            figure: 'about 2,000',
            value: [1800, 2200],
            attribution: null,
            hedges: ['about'],
          },
          {
            article: 'herald',
            quote: 'Some 1,800 people were evacuated from Kelmor',
            figure: 'Some 1,800',
            value: [1620, 1980],
            attribution: null,
            hedges: ['some'],
          },
        ],
      },
      {
        id: 'dead',
        label: 'People who died in the flood',
        kind: 'count',
        unit: 'people',
        claims: [
          {
            article: 'gazette',
            quote: 'Two people died when their car was swept off a bridge',
            figure: 'Two',
            value: [2, 2],
            attribution: null,
            hedges: [],
          },
          {
            article: 'herald',
            quote: 'The council confirmed two deaths.',
            figure: 'two',
            value: [2, 2],
            attribution: null,
            hedges: [],
          },
        ],
      },
      {
        id: 'repair-time',
        label: 'How long the dam repairs take',
        kind: 'duration',
        unit: 'days',
        claims: [
          {
            article: 'gazette',
            quote: 'repairs to the Kelmor dam would take a month',
            figure: 'a month',
            value: [22, 46],
            attribution: null,
            hedges: [],
          },
          {
            article: 'herald',
            quote: 'Repairing the damaged dam could take four to six weeks',
            figure: 'four to six weeks',
            value: [24, 48],
            attribution: null,
            hedges: [],
          },
        ],
      },
    ],
    notClaims: [
      { article: 'gazette', quote: 'on Wednesday', reason: 'The day of the flood, reported by one text only.' },
      { article: 'herald', quote: 'said on Thursday', reason: 'The day officials spoke.' },
    ],
  });
  if (result.errors.length > 0) throw new Error(result.errors.map(formatError).join('\n'));
  const compiled = compileStories(result.stories);
  return compiled.stories[0]!;
}
