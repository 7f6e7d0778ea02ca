// Facts of the Mali story as the five seed texts report them: the figures are the texts' own words, parsed
// with each article's publication day, and the statuses are the ones a careful reader would give.
import { describe, expect, test } from 'vitest';
import type { RuntimeFact } from '../../../lib/story/runtime-types';
import { assessFact, type ClaimForAssessment } from '../../../lib/disputes/assess-fact';
import { parseFigure, statementValue } from '../../../lib/quantity/parse-figure';

// The seed articles: CNN revisions 1 and 2 share one outlet identity.
const ARTICLES = {
  'cnn-1': { outlet: 'cnn:mali-conflict', revision: 1, published: '2013-02-06' },
  'cnn-2': { outlet: 'cnn:mali-conflict', revision: 2, published: '2013-02-06' },
  afp: { outlet: 'afp:mali-withdraw-march', revision: null, published: '2013-02-05' },
  globalpost: { outlet: 'globalpost:mali-real-war', revision: null, published: '2013-02-06' },
  france24: { outlet: 'france24:mali-withdraw-march', revision: null, published: '2013-02-06' },
} as const;
type ArticleId = keyof typeof ARTICLES;

function claims(kind: RuntimeFact['kind'], unit: string, figures: [ArticleId, string][]): ClaimForAssessment[] {
  return figures.map(([article, figure]) => {
    const a = ARTICLES[article];
    return {
      article,
      outlet: a.outlet,
      revision: a.revision,
      value:
        kind === 'status' || kind === 'attribution'
          ? statementValue(figure)
          : parseFigure(figure, { published: a.published, kind, unit }),
    };
  });
}

const TROOPS_IN_MALI: [ArticleId, string][] = [
  ['cnn-1', '4,000'], // "France says it has 4,000 soldiers in Mali."
  ['cnn-2', '4,000 French soldiers'], // highlights: "It says it has 4,000 French soldiers in Mali"
  ['cnn-2', '2,150 soldiers in Mali and 1,000 more'], // "France has 2,150 soldiers in Mali and 1,000 more troops"
  ['afp', 'Nearly 4,000'], // "Nearly 4,000 French troops are currently deployed in Mali"
  ['globalpost', '4,000'], // "With 4,000 troops, the French military intervention"
  ['france24', 'nearly 4,000'], // "Fance has deployed nearly 4,000 ground troops"
];

describe('French troops in Mali', () => {
  test('4,000 against 3,150 (2,150 + 1,000) is disputed; CNN changed it and contradicts itself in revision 2', () => {
    expect(assessFact('count', claims('count', 'people', TROOPS_IN_MALI))).toEqual({
      status: 'disputed',
      flags: { changedBetweenRevisions: ['cnn-1', 'cnn-2'], selfContradictions: ['cnn-2'] },
    });
  });

  test('the in-Mali count alone (2,150) is disputed too', () => {
    const figures = TROOPS_IN_MALI.map(([a, f]): [ArticleId, string] => [a, f.startsWith('2,150') ? '2,150' : f]);
    expect(assessFact('count', claims('count', 'people', figures)).status).toBe('disputed');
  });

  test('without revision 2\'s breakdown, "4,000" and "nearly 4,000" agree', () => {
    const figures = TROOPS_IN_MALI.filter(([, f]) => !f.startsWith('2,150'));
    expect(assessFact('count', claims('count', 'people', figures))).toEqual({
      status: 'consistent',
      flags: { changedBetweenRevisions: [], selfContradictions: [] },
    });
  });
});

describe('figures the outlets word differently but do not dispute', () => {
  test.each<[string, RuntimeFact['kind'], string, [ArticleId, string][]]>([
    [
      'militants killed: "hundreds" and "several hundred"',
      'count',
      'people',
      [
        ['cnn-1', '"hundreds"'],
        ['cnn-2', '“hundreds”'],
        ['afp', 'hundreds'],
        ['afp', '"several hundred"'],
        ['globalpost', '"hundreds"'],
        ['france24', 'hundreds'],
      ],
    ],
    [
      'African troops deployed: "nearly 3,800" and "around 3,800"',
      'count',
      'people',
      [
        ['cnn-1', 'nearly 3,800'],
        ['cnn-2', 'nearly 3,800'],
        ['france24', 'around 3,800'],
      ],
    ],
    [
      'African force: "some 8,000" and "8,000 pledged"',
      'count',
      'people',
      [
        ['afp', '8,000 pledged'],
        ['france24', 'some 8,000'],
      ],
    ],
    [
      'Malian soldiers killed: 11 and 11',
      'count',
      'people',
      [
        ['afp', '11'],
        ['globalpost', '11 Malian soldiers'],
      ],
    ],
    // 11 Jan to 5–6 Feb is 25–26 days. "Three weeks" in copy is a rounded, floored age (17–27 days) and
    // "a month"/"barely one month" a rounded one, so none of these disagrees with "26-day".
    [
      'length of the offensive: 26 days, three weeks, a month',
      'duration',
      'days',
      [
        ['cnn-1', 'monthlong'],
        ['cnn-2', 'monthlong'],
        ['afp', '26-day'],
        ['afp', '26-day-old'],
        ['globalpost', 'barely one month'],
        ['globalpost', 'month-long'],
        ['france24', 'three weeks ago'],
        ['france24', 'three-week-old'],
      ],
    ],
    // The north fell in late March–April 2012: "10 months" (289–334 days) and "almost a year" (328–366) meet.
    [
      'occupation of the north: "almost a year" and "10 months"',
      'duration',
      'days',
      [
        ['cnn-1', 'almost a year'],
        ['cnn-2', 'almost a year'],
        ['afp', '10 months'],
        ['france24', '10-month'],
      ],
    ],
    // For February articles, "next month", "from March" and "in the next few weeks" all allow March.
    [
      'start of the withdrawal: "next month", "from March", "in the next few weeks"',
      'date',
      'days',
      [
        ['cnn-1', 'next month'],
        ['cnn-1', 'in March'],
        ['cnn-2', 'in March'],
        ['afp', 'from March'],
        ['afp', 'starting in March'],
        ['globalpost', 'in the next few weeks'],
        ['globalpost', 'by March'],
        ['globalpost', 'from the month of March'],
        ['globalpost', 'starting in March'],
        ['france24', 'in March'],
        ['france24', 'from March'],
      ],
    ],
    [
      'start of the intervention: "January 11", "last month", "three weeks ago"',
      'date',
      'days',
      [
        ['cnn-1', 'last month'],
        ['cnn-2', 'last month'],
        ['france24', 'January 11'],
        ['france24', 'three weeks ago'],
      ],
    ],
  ])('%s', (_label, kind, unit, figures) => {
    expect(assessFact(kind, claims(kind, unit, figures)).status).toBe('consistent');
  });
});

describe('figures the outlets do dispute', () => {
  test('the day Le Drian gave the toll: Tuesday (CNN, GlobalPost) against Wednesday (FRANCE 24)', () => {
    const result = assessFact(
      'date',
      claims('date', 'days', [
        ['cnn-1', 'on Tuesday night'],
        ['cnn-2', 'on Tuesday night'],
        ['globalpost', 'On Tuesday'],
        ['france24', 'on Wednesday'],
      ]),
    );
    expect(result.status).toBe('disputed');
    expect(result.flags).toEqual({ changedBetweenRevisions: [], selfContradictions: [] });
  });

  test('Kidal: "the last major city under the grip of militants" against "under the control of French forces"', () => {
    const result = assessFact(
      'status',
      claims('status', '', [
        ['cnn-1', 'under the grip of militants'],
        ['cnn-2', 'under the grip of militants'],
        ['afp', 'under French control'],
      ]),
    );
    expect(result.status).toBe('disputed');
  });
});

describe('single source', () => {
  test('only AFP reports the hostages', () => {
    expect(assessFact('count', claims('count', 'people', [['afp', 'seven']])).status).toBe('single-source');
  });

  test('two revisions of the CNN article are one source', () => {
    expect(
      assessFact(
        'duration',
        claims('duration', 'days', [
          ['cnn-1', 'the past two days'],
          ['cnn-2', 'the past two days'],
        ]),
      ),
    ).toEqual({ status: 'single-source', flags: { changedBetweenRevisions: [], selfContradictions: [] } });
  });
});
