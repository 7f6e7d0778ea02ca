// Drafting a story from its texts: claims grouped into facts the way reviewers group them, every fact marked as
// a draft, and the index build refusing to ship a draft.
import { describe, expect, test } from 'vitest';
import { draftFacts } from '../../../lib/claims/draft-facts';
import { draftStory } from '../../../lib/draft/draft-story';
import { draftReport } from '../../../lib/draft/draft-report';
import { buildFromSources } from '../../../lib/index/build-index';
import { mali } from './helpers';

const DAYS: Record<string, string> = {
  'cnn-r1': '2013-02-06',
  'cnn-r2': '2013-02-06',
  afp: '2013-02-05',
  globalpost: '2013-02-06',
  france24: '2013-02-06',
};
const inputs = mali.articles.map((a) => ({
  id: a.id,
  text: a.text,
  meta: { published: DAYS[a.id]!, publisher: a.publisher },
  source: `${a.id}.txt`,
}));

describe('draftFacts', () => {
  const facts = draftFacts(inputs.map((i) => ({ id: i.id, text: i.text, published: i.meta.published })));
  const groupOf = (article: string, figure: string) =>
    facts.find((f) => f.claims.some((c) => c.article === article && c.claim.figure.text === figure))?.id;

  test("the withdrawal date, in every outlet's words, is one fact", () => {
    const group = groupOf('cnn-r1', 'in March');
    expect(group).toBeDefined();
    for (const [article, figure] of [
      ['afp', 'starting in March'],
      ['globalpost', 'from the month of March'],
      ['france24', 'from March'],
      ['cnn-r2', 'next month'],
    ]) {
      expect(groupOf(article!, figure!), `${article} "${figure}"`).toBe(group);
    }
  });

  test('"hundreds" and "several hundred" militants killed are one fact; African and French troops are not', () => {
    expect(groupOf('afp', 'several hundred')).toBe(groupOf('globalpost', 'hundreds'));
    expect(groupOf('cnn-r1', 'nearly 3,800')).not.toBe(groupOf('cnn-r1', '4,000'));
    expect(groupOf('afp', '8,000')).not.toBe(groupOf('afp', 'Nearly 4,000'));
  });
});

describe('draft labels', () => {
  const texts = [
    'A 15-year-old boy was shot on Elm Street on Friday night, police said. He was in hospital for 3 days.',
    'Police said the boy, 15, was shot on Elm Street. The teenager spent three days in hospital.',
  ];
  const facts = draftFacts(texts.map((text, i) => ({ id: `a${i}`, text, published: '2024-05-04' })));
  const labelOf = (figure: string) => facts.find((f) => f.claims.some((c) => c.claim.figure.text === figure))?.label;

  test('an age is labelled as an age, a span of time as how long', () => {
    expect(labelOf('15-year-old')).toMatch(/^Age: /);
    expect(labelOf('for 3 days')).toMatch(/^How long: /);
  });
});

describe('draftStory', () => {
  const drafted = draftStory('mali-draft', inputs, '2026-11-30');

  test('every fact is a draft, in the reviewed format, and the story is dated by its texts', () => {
    expect(drafted.facts.facts.length).toBeGreaterThan(20);
    expect(drafted.facts.facts.every((f) => f.draft === true)).toBe(true);
    expect(drafted.story.dates).toEqual({ start: '2013-02-05', end: '2013-02-06' });
    expect(drafted.story.articles).toEqual(['cnn-r1', 'cnn-r2', 'afp', 'globalpost', 'france24']);
  });

  test('the index build refuses the draft, naming each draft fact', () => {
    const result = buildFromSources(
      [
        {
          dir: 'data/stories/mali-draft',
          story: drafted.story,
          articles: drafted.articles.map((a) => ({ id: a.id, meta: a.meta, text: a.text })),
          facts: drafted.facts,
          notClaims: drafted.notClaims,
        },
      ],
      null,
    );
    expect(result.ok).toBe(false);
    const drafts = result.ok ? [] : result.errors.filter((e) => /^a draft fact/.test(e.reason));
    expect(drafts.map((e) => e.item).sort()).toEqual(drafted.facts.facts.map((f) => `fact "${f.id}"`).sort());
  });

  test('the JSON report has the facts shape, each fact marked as a draft', () => {
    const report = draftReport(drafted);
    const story = report.stories[0]!;
    expect(story.id).toBe('mali-draft');
    expect(Object.keys(story.facts[0]!).sort()).toEqual(['claims', 'draft', 'id', 'label', 'status']);
    expect(Object.keys(story.facts[0]!.claims[0]!).sort()).toEqual(['article', 'figure', 'quote', 'value']);
    expect(new Set(story.facts.map((f) => f.status))).toEqual(new Set(['disputed', 'consistent', 'single-source']));
  });
});

describe('a drafted story never carries an invalid date', () => {
  test('"more than three weeks ago" drafts as a span of calendar days, open side at the calendar’s end', () => {
    const text = 'The talks began more than three weeks ago, officials said. They resume early next month.';
    const drafted = draftStory(
      'talks',
      [
        { id: 'a', text, meta: { published: '2013-02-06', publisher: 'A' }, source: 'a.txt' },
        { id: 'b', text, meta: { published: '2013-02-06', publisher: 'B' }, source: 'b.txt' },
      ],
      '2013-02-07',
    );
    const json = JSON.stringify(drafted);
    expect(json).not.toMatch(/NaN/);
    for (const day of json.match(/"\d{4}-\d\d-\d\d"/g) ?? [])
      expect(day).toMatch(/^"(1\d{3}|[2-9]\d{3})-(0[1-9]|1[0-2])-[0-3]\d"$/);
  });
});

describe('drafting figures in different units', () => {
  test('one outlet’s "$350 million" and another’s "350 million" draft without comparing across units', () => {
    const drafted = draftStory(
      'strike',
      [
        {
          id: 'a',
          text: 'The cost of the strike was $350 million.',
          meta: { published: '2013-02-06', publisher: 'A' },
          source: 'a.txt',
        },
        {
          id: 'b',
          text: 'The cost of the strike was 350 million.',
          meta: { published: '2013-02-06', publisher: 'B' },
          source: 'b.txt',
        },
        {
          id: 'c',
          text: 'The cost of the strike was 60%.',
          meta: { published: '2013-02-06', publisher: 'C' },
          source: 'c.txt',
        },
      ],
      '2013-02-07',
    );
    expect(JSON.stringify(drafted)).toContain('350');
  });
});
