// Each kind of broken data must be reported with the right file, item and reason, and all at once.
import { describe, expect, test } from 'vitest';
import { validateStories, validateStory, formatError } from '../../../lib/index/validate-stories';
import type { DataError, StorySource } from '../../../lib/index/data-types';
import { factsOf, fixture } from './fixture';

const FACTS = 'data/stories/demo/facts.json';

function errorsOf(source: StorySource): DataError[] {
  return validateStory(source).errors;
}

function expectOnly(source: StorySource, file: string, item: string, reason: string | RegExp): void {
  const errors = errorsOf(source);
  expect(errors, errors.map(formatError).join('\n')).toHaveLength(1);
  expect(errors[0]!.file).toBe(file);
  expect(errors[0]!.item).toBe(item);
  if (typeof reason === 'string') expect(errors[0]!.reason).toBe(reason);
  else expect(errors[0]!.reason).toMatch(reason);
}

describe('validateStory', () => {
  test('the fixture itself is valid, and yields one checked story', () => {
    const result = validateStory(fixture());
    expect(result.errors).toEqual([]);
    expect(result.stories.map((s) => s.id)).toEqual(['demo']);
    expect(result.stories[0]!.facts.map((f) => f.id)).toEqual(['troops', 'statement-day']);
  });

  test('a quote that is not verbatim in its article', () => {
    const s = fixture();
    factsOf(s)[0]!.claims[0]!.quote = 'Nearly 4,000 soldiers are in Mali';
    expectOnly(
      s,
      FACTS,
      'fact "troops" claim 1 (alpha)',
      'quote is not verbatim in the article text: "Nearly 4,000 soldiers are in Mali"',
    );
  });

  test('straight and curly quote marks are not interchangeable', () => {
    const s = fixture();
    s.articles[1]!.text = 'France has “2,150” soldiers in Mali.\n';
    factsOf(s)[0]!.claims[1]!.quote = 'France has "2,150" soldiers in Mali.';
    expectOnly(s, FACTS, 'fact "troops" claim 2 (beta)', /not verbatim/);
  });

  test('a figure that is not inside its quote', () => {
    const s = fixture();
    factsOf(s)[0]!.claims[1]!.figure = '2,105';
    expectOnly(s, FACTS, 'fact "troops" claim 2 (beta)', 'figure "2,105" is not inside the quote');
  });

  test('an unknown article id', () => {
    const s = fixture();
    factsOf(s)[0]!.claims[1]!.article = 'gamma';
    expectOnly(s, FACTS, 'fact "troops" claim 2 (gamma)', 'unknown article id "gamma"');
  });

  test('a duplicate fact id', () => {
    const s = fixture();
    factsOf(s)[1]!.id = 'troops';
    expectOnly(s, FACTS, 'fact "troops"', 'duplicate fact id "troops"');
  });

  test('a duplicate claim of the same figure', () => {
    const s = fixture();
    const claims = factsOf(s)[0]!.claims;
    claims.push({ ...claims[1]! });
    expectOnly(s, FACTS, 'fact "troops" claim 3 (beta)', /duplicate claim/);
  });

  test('an override without a reason', () => {
    const s = fixture();
    factsOf(s)[0]!.override = { status: 'consistent' };
    expectOnly(s, FACTS, 'fact "troops" override', 'an override needs a "reason" (it is shown to readers)');
  });

  test('an override with an unknown status', () => {
    const s = fixture();
    factsOf(s)[0]!.override = { status: 'settled', reason: 'Because.' };
    expectOnly(
      s,
      FACTS,
      'fact "troops" override',
      /status "settled" is not one of disputed, consistent, single-source/,
    );
  });

  test('a weight outside 1–5, fractional or not a number', () => {
    for (const bad of [0, 6, 2.5, '4', null, true]) {
      const s = fixture();
      factsOf(s)[0]!.weight = bad;
      expectOnly(
        s,
        FACTS,
        'fact "troops"',
        `"weight" must be a whole number from 1 (a background detail) to 5 (the story's headline figure), or left out to weigh the fact by its kind; found ${JSON.stringify(bad)}`,
      );
    }
  });

  test('a weight from 1 to 5 is accepted and kept', () => {
    const s = fixture();
    factsOf(s)[1]!.weight = 1;
    const result = validateStory(s);
    expect(result.errors).toEqual([]);
    expect(result.stories[0]!.facts.map((f) => f.weight)).toEqual([null, 1]);
  });

  test('a stored prefix that does not match the text', () => {
    const s = fixture();
    factsOf(s)[1]!.claims[0]!.prefix = 'Mali, the MINISTER ';
    expectOnly(
      s,
      FACTS,
      'fact "statement-day" claim 1 (alpha)',
      'prefix does not match the text around the quote (the text has "early 4,000 troops are in Mali, ")',
    );
  });

  test('a stored suffix that does not match the text', () => {
    const s = fixture();
    factsOf(s)[1]!.claims[0]!.suffix = '!';
    expectOnly(
      s,
      FACTS,
      'fact "statement-day" claim 1 (alpha)',
      /^suffix does not match the text around the quote \(the text has "\.\\n\\nThe war began/,
    );
  });

  test('a prefix longer than 32 characters', () => {
    const s = fixture();
    factsOf(s)[1]!.claims[0]!.prefix = 'x'.repeat(33);
    expectOnly(s, FACTS, 'fact "statement-day" claim 1 (alpha)', 'prefix is 33 characters long; at most 32 allowed');
  });

  test('a quote that occurs twice needs a prefix or suffix, which then selects one', () => {
    const s = fixture();
    s.articles[1]!.text = 'France has 2,150 soldiers in Mali. Later: France has 2,150 soldiers in Mali.\n';
    factsOf(s)[0]!.claims[1]!.quote = 'France has 2,150 soldiers in Mali';
    expectOnly(
      s,
      FACTS,
      'fact "troops" claim 2 (beta)',
      'quote occurs 2 times in the article text; add a prefix or suffix that singles one out',
    );
    factsOf(s)[0]!.claims[1]!.prefix = 'Later: ';
    // With the quote singled out, the first "2,150" is no longer part of any claim: coverage says so.
    expect(errorsOf(s).map((e) => e.reason)).toEqual([expect.stringMatching(/^"2,150" is in no claim's figure/)]);
  });

  test('a figure that occurs twice in its quote needs figureOccurrence', () => {
    const s = fixture();
    s.articles[1]!.text = 'France has 2,150 soldiers in Mali, not 2,150 police.\n';
    factsOf(s)[0]!.claims[1]!.quote = 'France has 2,150 soldiers in Mali, not 2,150 police.';
    expectOnly(
      s,
      FACTS,
      'fact "troops" claim 2 (beta)',
      'figure "2,150" occurs 2 times in the quote; set "figureOccurrence"',
    );
    factsOf(s)[0]!.claims[1]!.figureOccurrence = 3;
    expectOnly(s, FACTS, 'fact "troops" claim 2 (beta)', 'figureOccurrence must be a whole number from 1 to 2');
  });

  test('a recorded value that the figure parser does not agree with', () => {
    const s = fixture();
    factsOf(s)[0]!.claims[0]!.value = [3700, 4000];
    expectOnly(
      s,
      FACTS,
      'fact "troops" claim 1 (alpha)',
      'parsed value of "Nearly 4,000" is [3600,4000] people but the file records [3700,4000] people',
    );
  });

  test('a recorded date that the figure parser does not agree with', () => {
    const s = fixture();
    factsOf(s)[1]!.claims[0]!.value = ['2013-02-06', '2013-02-06'];
    expectOnly(
      s,
      FACTS,
      'fact "statement-day" claim 1 (alpha)',
      'parsed value of "on Tuesday" is ["2013-02-05","2013-02-05"] but the file records ["2013-02-06","2013-02-06"]',
    );
  });

  test('a recorded date that is no calendar day ("0NaN-NaN-NaN") is refused with a clear message', () => {
    const s = fixture();
    factsOf(s)[1]!.claims[0]!.value = ['0NaN-NaN-NaN', '2013-02-05'];
    expectOnly(
      s,
      FACTS,
      'fact "statement-day" claim 1 (alpha)',
      '"value" must be two YYYY-MM-DD calendar days, not ["0NaN-NaN-NaN","2013-02-05"]',
    );
  });

  test('a figure the parser cannot read', () => {
    const s = fixture();
    factsOf(s)[0]!.claims[0]!.figure = 'troops';
    factsOf(s)[0]!.claims[0]!.hedges = [];
    const errors = errorsOf(s);
    expect(errors).toContainEqual({
      file: FACTS,
      item: 'fact "troops" claim 1 (alpha)',
      reason: expect.stringMatching(/^figure "troops" does not parse: /),
    });
  });

  test('hedges that differ from the ones in the figure', () => {
    const s = fixture();
    factsOf(s)[0]!.claims[0]!.hedges = [];
    expectOnly(
      s,
      FACTS,
      'fact "troops" claim 1 (alpha)',
      'hedges [] differ from the hedges in the figure "Nearly 4,000": ["nearly"]',
    );
  });

  test('a missing field in a claim', () => {
    const s = fixture();
    delete factsOf(s)[0]!.claims[1]!.attribution;
    expectOnly(s, FACTS, 'fact "troops" claim 2 (beta)', 'missing field "attribution" (write null when unknown)');
  });

  test('a missing field in a fact, and a misspelt one', () => {
    const s = fixture();
    delete factsOf(s)[0]!.unit;
    factsOf(s)[0]!.lable = 'typo';
    const errors = errorsOf(s).map((e) => `${e.item}: ${e.reason}`);
    expect(errors).toEqual(['fact "troops": unknown field "lable"', 'fact "troops": missing field "unit"']);
  });

  test('a status fact whose value is not a statement', () => {
    const s = fixture();
    factsOf(s)[0]!.kind = 'status';
    delete factsOf(s)[0]!.unit;
    expect(errorsOf(s).map((e) => `${e.item}: ${e.reason}`)).toEqual([
      `fact "troops" claim 1 (alpha): a status claim's "value" must be the reviewer's statement, a non-empty string`,
      `fact "troops" claim 2 (beta): a status claim's "value" must be the reviewer's statement, a non-empty string`,
    ]);
  });

  test('a missing field in an article, reported against its metadata file', () => {
    const s = fixture();
    delete (s.articles[0]!.meta as Record<string, unknown>).publisher;
    expectOnly(s, 'data/stories/demo/articles/alpha.json', 'article "alpha"', 'missing field "publisher"');
  });

  test('an invented-looking time is refused: published must be an ISO day or a zoned date-time', () => {
    const s = fixture();
    (s.articles[0]!.meta as Record<string, unknown>).published = '6 Feb 2013';
    expectOnly(
      s,
      'data/stories/demo/articles/alpha.json',
      'article "alpha"',
      '"published" must be an ISO day or date-time with a zone, not "6 Feb 2013"',
    );
  });

  test('datedBy is refused beside a known publication day, and needs a reason', () => {
    const s = fixture();
    (s.articles[0]!.meta as Record<string, unknown>).datedBy = { date: '2013-02-05' };
    expect(errorsOf(s).map((e) => `${e.item}: ${e.reason}`)).toEqual([
      'article "alpha" datedBy: missing field "reason"',
      'article "alpha": "datedBy" is only for an article whose publication day is unknown',
    ]);
  });

  test('without a publication day, relative dates are read from datedBy', () => {
    const s = fixture();
    Object.assign(s.articles[0]!.meta as Record<string, unknown>, {
      published: null,
      datedBy: { date: '2013-02-12', reason: 'Test.' },
    });
    expectOnly(
      s,
      FACTS,
      'fact "statement-day" claim 1 (alpha)',
      'parsed value of "on Tuesday" is ["2013-02-12","2013-02-12"] but the file records ["2013-02-05","2013-02-05"]',
    );
    delete (s.articles[0]!.meta as Record<string, unknown>).datedBy;
    expect(errorsOf(s).map((e) => e.reason)).toContain(
      'article "alpha" has neither "published" nor "datedBy" to read the figure against',
    );
  });

  test('an article text with single line breaks between paragraphs', () => {
    const s = fixture();
    s.articles[1]!.text = 'France has 2,150 soldiers in Mali.\nMore text.\n';
    expectOnly(
      s,
      'data/stories/demo/articles/beta.txt',
      'article "beta"',
      'a single line break at 34: paragraphs are separated by a blank line',
    );
  });

  test('story.json naming an article that has no files, and a file it does not list', () => {
    const s = fixture();
    (s.story as { articles: string[] }).articles = ['alpha', 'gamma'];
    const errors = errorsOf(s).map((e) => `${e.file}: ${e.reason}`);
    expect(errors).toContain('data/stories/demo/story.json: unknown article id "gamma": no articles/gamma.json');
    expect(errors).toContain('data/stories/demo/story.json: articles/beta.json is not listed in "articles"');
  });

  test('a not-claim that excuses nothing, or has no reason', () => {
    const s = fixture();
    (s.notClaims as Record<string, unknown>[]).push({ article: 'beta', quote: 'soldiers in Mali', reason: 'Nothing.' });
    (s.notClaims as Record<string, unknown>[]).push({ article: 'beta', quote: 'France has' });
    expect(errorsOf(s)).toEqual([
      {
        file: 'data/stories/demo/not-claims.json',
        item: 'not-claim 2 (beta)',
        reason: '"soldiers in Mali" holds no number, date or duration to excuse',
      },
      { file: 'data/stories/demo/not-claims.json', item: 'not-claim 3 (beta)', reason: 'missing field "reason"' },
    ]);
  });

  test('a number left out of every claim and not-claim fails coverage, naming article and context', () => {
    const s = fixture();
    s.notClaims = [];
    expectOnly(
      s,
      'data/stories/demo/articles/alpha.txt',
      'article "alpha" at 78',
      '"last month" is in no claim\'s figure and no not-claim (…inister said on Tuesday. The war began last month.…)',
    );
  });

  test('every error is collected and reported in one run', () => {
    const s = fixture();
    factsOf(s)[0]!.claims[0]!.quote = 'not in the text';
    factsOf(s)[0]!.override = { status: 'consistent' };
    factsOf(s)[1]!.claims[0]!.article = 'nobody';
    delete (s.articles[1]!.meta as Record<string, unknown>).language;
    const errors = errorsOf(s).map(formatError);
    expect(errors).toEqual([
      'data/stories/demo/articles/beta.json: article "beta": missing field "language"',
      'data/stories/demo/facts.json: fact "troops" override: an override needs a "reason" (it is shown to readers)',
      'data/stories/demo/facts.json: fact "troops" claim 1 (alpha): quote is not verbatim in the article text: ' +
        '"not in the text"',
      'data/stories/demo/facts.json: fact "statement-day" claim 1 (nobody): unknown article id "nobody"',
    ]);
  });

  test('malformed files: facts that are neither a list nor an object holding one, a missing not-claims file', () => {
    const s = fixture();
    s.facts = { troops: {} };
    s.notClaims = undefined;
    expect(errorsOf(s).map(formatError)).toEqual([
      'data/stories/demo/facts.json: facts: unknown field "troops"',
      'data/stories/demo/facts.json: facts: missing field "facts"',
      'data/stories/demo/not-claims.json: not-claims: file is missing',
    ]);
    s.facts = 'troops';
    expect(errorsOf(s).map(formatError)[0]).toBe('data/stories/demo/facts.json: facts: facts.json must be an array');
  });

  test('facts and not-claims may be objects that name their schema', () => {
    const s = fixture();
    s.facts = { $schema: '../../schema/facts.schema.json', facts: s.facts };
    s.notClaims = { $schema: '../../schema/not-claims.schema.json', notClaims: s.notClaims };
    expect(errorsOf(s)).toEqual([]);
  });

  test('a draft fact is refused, named, until a reviewer removes "draft"', () => {
    const s = fixture();
    (factsOf(s)[1] as Record<string, unknown>).draft = true;
    expectOnly(s, FACTS, 'fact "statement-day"', /^a draft fact \(from npm run draft-story\)/);
  });
});

describe('validateStories', () => {
  test('story ids and article ids must be unique across stories', () => {
    const a = fixture();
    const b = fixture();
    b.dir = 'data/stories/other';
    (b.story as { id: string }).id = 'other';
    const errors = validateStories([a, b]).errors.map(formatError);
    expect(errors).toEqual([
      'data/stories/other/articles/alpha.json: article "alpha": duplicate article id (also in data/stories/demo)',
      'data/stories/other/articles/beta.json: article "beta": duplicate article id (also in data/stories/demo)',
    ]);
  });

  test('a story id must match its folder', () => {
    const s = fixture();
    (s.story as { id: string }).id = 'demo-2';
    expectOnly(s, 'data/stories/demo/story.json', 'story', 'id "demo-2" differs from its folder name "demo"');
  });
});
