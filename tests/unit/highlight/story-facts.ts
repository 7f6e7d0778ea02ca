// A small fact list built from the Mali seed texts, with quotes anchored the way the index anchors them.
import { readFileSync } from 'node:fs';
import type { FactStatus, RuntimeFact } from '../../../lib/story/runtime-types';
import { quoteOf } from '../anchor/quote-of';

const seeds = '/work/shared/seeds/';
/** The seed texts by article id, as the index names them. */
export const texts: Record<string, string> = {
  'cnn-r1': readFileSync(`${seeds}000_996d9f502adc0b34.txt`, 'utf8'),
  'cnn-r2': readFileSync(`${seeds}001_32104ac63b478835.txt`, 'utf8'),
  afp: readFileSync(`${seeds}002_2f9ef944ed3450e1.txt`, 'utf8'),
  globalpost: readFileSync(`${seeds}003_d9c45748f088204d.txt`, 'utf8'),
  france24: readFileSync(`${seeds}004_ad19ff91a8c34f46.txt`, 'utf8'),
};

type ClaimSpec = [article: string, exact: string, figure: string, nth?: number];

function fact(id: string, label: string, status: FactStatus, specs: ClaimSpec[]): RuntimeFact {
  return {
    id,
    label,
    kind: 'count',
    status,
    computedStatus: status,
    override: null,
    flags: { changedBetweenRevisions: [], selfContradictions: [] },
    claims: specs.map(([article, exact, figure, nth]) => ({
      article,
      ...quoteOf(texts[article]!, exact, figure, nth ?? 0),
      value: { kind: 'quantity', lo: 0, hi: 0, unit: 'people' },
      display: figure,
      attribution: null,
      hedges: [],
    })),
  };
}

/** Disputed troop numbers (GlobalPost gives 4,000 twice), agreed Malian deaths, a single-source toll. */
export const facts: RuntimeFact[] = [
  fact('french-troops', 'French troops in Mali', 'disputed', [
    ['cnn-r1', 'France says it has 4,000 soldiers in Mali.', '4,000'],
    ['cnn-r2', 'France has 2,150 soldiers in Mali', '2,150'],
    ['afp', 'Nearly 4,000 French troops are currently deployed in Mali', 'Nearly 4,000'],
    // The same words twice in one paragraph: only the prefix and suffix tell these two apart.
    ['globalpost', '4,000 troops', '4,000', 0],
    ['globalpost', '4,000 troops', '4,000', 1],
  ]),
  fact('malian-soldiers-killed', 'Malian soldiers killed', 'consistent', [
    ['afp', 'Mali said 11 of its troops were killed', '11'],
    ['globalpost', 'a helicopter pilot, and 11 Malian soldiers,', '11'],
  ]),
  fact('militants-killed', 'Islamist fighters killed', 'single-source', [
    ['globalpost', 'Le Drian said "hundreds" of rebels had been killed', 'hundreds'],
  ]),
];

/** Publishers for the card. */
export const articles = [
  { id: 'cnn-r1', publisher: 'CNN', revision: { group: 'cnn', number: 1 } },
  { id: 'cnn-r2', publisher: 'CNN', revision: { group: 'cnn', number: 2 } },
  { id: 'afp', publisher: 'AFP', revision: null },
  { id: 'globalpost', publisher: 'GlobalPost', revision: null },
];
