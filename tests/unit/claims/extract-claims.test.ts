// extractClaims on news copy: every figure with its exact span, its kind and value, what it counts or dates, the
// names around it, who it is attributed to, and its hedges.
import { describe, expect, test } from 'vitest';
import { extractClaims } from '../../../lib/claims/extract-claims';
import { claimAt } from './helpers';

const PUB = '2013-02-06';
const read = (text: string, published: string | null = PUB) => extractClaims(text, { published });
const value = (text: string, figure: string, published: string | null = PUB) => {
  const c = claimAt(read(text, published), figure);
  return c.value;
};

describe('figures and their spans', () => {
  test('every figure of a paragraph, with spans that are the text itself', () => {
    const text =
      'Mali said 11 of its troops were killed and 60 wounded after the battle at Konna last month but it has not ' +
      'since released a new death toll.';
    const claims = read(text);
    expect(claims.map((c) => c.figure.text)).toEqual(['11', '60', 'last month']);
    for (const c of claims) expect(text.slice(c.figure.start, c.figure.end)).toBe(c.figure.text);
    expect(claims.map((c) => c.kind)).toEqual(['count', 'count', 'date']);
  });

  test('hedges and ranges belong to the figure', () => {
    const text =
      'Nearly 4,000 French troops are there, some 1,800 Chadian soldiers, between 2,000 and 3,000 fighters, "two ' +
      'or three" soldiers, and up to 1,200 Nigerians.';
    expect(read(text).map((c) => c.figure.text)).toEqual([
      'Nearly 4,000',
      'some 1,800',
      'between 2,000 and 3,000',
      'two or three',
      'up to 1,200',
    ]);
  });

  test('dates keep the words that make them: prepositions, weekdays with their part of the day, deadlines', () => {
    const text =
      'France said on Tuesday night it will begin withdrawing its troops from March, and elections are promised by ' +
      'July 31.';
    expect(read(text).map((c) => c.figure.text)).toEqual(['on Tuesday night', 'from March', 'by July 31']);
  });

  test('a dateline dates the text and is no claim; a rank and a time of day are no figures', () => {
    const text =
      'PARIS, Feb 6 (Sahel Wire) - Two rebel leaders, one the number three in Ansar Dine, were arrested at 4:22pm.';
    expect(read(text).map((c) => c.figure.text)).toEqual(['Two', 'one']);
  });
});

describe('the quantity grammar other outlets write', () => {
  const cases: [string, string, { lo: number | string; hi: number | string }][] = [
    ['About 4,000 soldiers', 'About 4,000', { lo: 3600, hi: 4400 }],
    ['around 4,000 soldiers', 'around 4,000', { lo: 3600, hi: 4400 }],
    ['roughly 4,000 soldiers', 'roughly 4,000', { lo: 3600, hi: 4400 }],
    ['close to 4,000 soldiers', 'close to 4,000', { lo: 3600, hi: 4400 }],
    ['more than 4,000 soldiers', 'more than 4,000', { lo: 4001, hi: Number.MAX_SAFE_INTEGER }],
    ['at least 4,000 soldiers', 'at least 4,000', { lo: 4000, hi: Number.MAX_SAFE_INTEGER }],
    ['as many as 4,000 soldiers', 'as many as 4,000', { lo: 0, hi: 4000 }],
    ['between 3,000 and 4,000 soldiers', 'between 3,000 and 4,000', { lo: 3000, hi: 4000 }],
    ['3,000 to 4,000 soldiers', '3,000 to 4,000', { lo: 3000, hi: 4000 }],
    ['dozens of fighters', 'dozens', { lo: 24, hi: 99 }],
    ['scores of fighters', 'scores', { lo: 40, hi: 199 }],
    ['a dozen soldiers', 'a dozen', { lo: 12, hi: 12 }],
    ['a 4,000-strong force', '4,000-strong', { lo: 4000, hi: 4000 }],
    ['4000 soldiers', '4000', { lo: 4000, hi: 4000 }],
    ['4 000 soldiers', '4 000', { lo: 4000, hi: 4000 }],
    ['1.5 million people', '1.5 million', { lo: 1_500_000, hi: 1_500_000 }],
    ['four thousand soldiers', 'four thousand', { lo: 4000, hi: 4000 }],
    ['began a month ago', 'a month ago', { lo: '2012-12-22', hi: '2013-01-15' }],
    ['fell in late January', 'in late January', { lo: '2013-01-21', hi: '2013-01-31' }],
    ['leave by the end of March', 'by the end of March', { lo: '2013-02-06', hi: '2013-03-31' }],
    ['could leave early next month', 'early next month', { lo: '2013-03-01', hi: '2013-03-10' }],
    ['taken in nearly a month of fighting', 'in nearly a month', { lo: 27, hi: 31 }],
  ];
  test.each(cases)('%s', (text, figure, expected) => {
    const v = value(text, figure);
    expect(v && v.kind !== 'statement' ? { lo: v.lo, hi: v.hi } : v).toEqual(expected);
  });

  test('a figure the parser cannot read is reported unreadable, with its span, never thrown', () => {
    const c = claimAt(
      read('Clashes went on for months, and the troops will leave "Tuesday" or soon.', null),
      'Tuesday',
    );
    expect(c.value).toBeNull();
    expect(c.unreadable).toMatch(/quoted speaker|publication date/);
  });

  test("a relative day inside a quotation is the speaker's, and not read against the text's date", () => {
    const c = claimAt(
      read('"The president confirmed this morning that the troops will leave," she said.'),
      'this morning',
    );
    expect(c.value).toBeNull();
    expect(c.unreadable).toMatch(/quoted speaker/);
  });

  test('an undated text still reads figures that name their year', () => {
    expect(value('France lost more than 80 soldiers there between 2001 and 2012.', '2012', null)).toEqual({
      kind: 'date',
      lo: '2012-01-01',
      hi: '2012-12-31',
    });
  });
});

describe('what a figure counts or dates', () => {
  test('the noun phrase after it, with its modifiers and the demonyms that say whose', () => {
    const c = claimAt(
      read(
        'With France eager to shed some of the military burden and 8,000 pledged African troops being deployed at ' +
          'a slow trickle, observers have said.',
      ),
      '8,000',
    );
    expect(c.concept).toMatchObject({
      text: 'pledged African troops',
      head: 'troops',
      modifiers: ['pledged', 'african'],
    });
    expect(c.concept.proper).toContain('african');
  });

  test('a figure without a noun borrows the one it points back to', () => {
    const claims = read('Mali said 11 of its troops were killed and 60 wounded after the battle at Konna.');
    expect(claimAt(claims, '60').concept.head).toBe('troops');
    // "its" points back to Mali: whose the troops are.
    expect(claimAt(claims, '11').concept.proper).toContain('mali');
    expect(claimAt(claims, '60').concept.proper).toContain('mali');
  });

  test('"of which" and a list\'s colon', () => {
    expect(
      claimAt(
        read(
          'It will hand over to a UN-backed African force of some 8,000 troops, of which around 3,800 have already ' +
            'been deployed.',
        ),
        'around 3,800',
      ).concept.head,
    ).toBe('troops');
    expect(
      claimAt(read('4,000: French troops in Mali, according to the defence ministry.'), '4,000').concept.text,
    ).toBe('French troops');
  });

  test('an owner that "has" the counted', () => {
    expect(
      claimAt(read('France has close to 4,000 troops in the country.'), 'close to 4,000').concept.proper,
    ).toContain('france');
  });

  test('a date of a statement is told from the date of an event', () => {
    const claims = read('France said Tuesday it will begin withdrawing its troops from March.', '2013-02-05');
    expect(claimAt(claims, 'Tuesday').datesStatement).toBe(true);
    expect(claimAt(claims, 'from March').datesStatement).toBe(false);
  });
});

describe('names and attribution', () => {
  const text =
    'French Foreign Minister Laurent Fabius said France would leave. Later, the French foreign minister told Metro the plan stood.\n\nThe defence minister, Jean-Yves Le Drian, gave no exact number when he spoke on Tuesday night. Hundreds were killed, he said.';
  const claims = read(text);

  test('people with their titles, places and groups', () => {
    const first = claims.find((c) => c.kind === 'attribution')!;
    expect(first.names.people).toContain('Laurent Fabius');
    expect(
      read('The MNLA said it had retaken Menaka, near the Niger border.').find((c) => c.kind === 'status')?.names,
    ).toMatchObject({ groups: ['MNLA'], places: ['Menaka', 'Niger'] });
  });

  test('speakers by name, by title and by pronoun resolve to the person', () => {
    const speakers = claims.filter((c) => c.kind === 'attribution').map((c) => [c.figure.text, c.speaker]);
    expect(speakers).toEqual([
      ['French Foreign Minister Laurent Fabius', 'Laurent Fabius'],
      ['the French foreign minister', 'Laurent Fabius'],
      ['Jean-Yves Le Drian', 'Jean-Yves Le Drian'],
      ['he said', 'Jean-Yves Le Drian'],
    ]);
  });

  test("a figure carries its sentence's attribution in the text's own words", () => {
    expect(claimAt(claims, 'Hundreds').attribution).toBe('he said');
  });

  test('a ministry is no person, and "says its 4,000 troops" is no speaker', () => {
    expect(
      read('The defence ministry said the rebels died in air strikes.').filter((c) => c.kind === 'attribution'),
    ).toEqual([]);
    expect(
      read('France, for its part, says its 4,000 troops have killed hundreds.').filter((c) => c.kind === 'attribution'),
    ).toEqual([]);
  });
});

describe('money and shares are what they are amounts of, with their decimals', () => {
  test('"would cost it $350 million" is an amount of the cost, not of a noun borrowed from elsewhere', () => {
    const claims = read('The strike by 4,000 workers would cost it $350 million, the company said.');
    const money = claimAt(claims, '$350 million');
    expect(money.concept.text).toBe('cost');
    expect(money.quantity).toMatchObject({ value: 350_000_000, unit: 'USD', kind: 'money' });
    expect(money.value).toEqual({ kind: 'quantity', lo: 350_000_000, hi: 350_000_000, unit: 'USD' });
  });

  test('"60% of them children" is a share of children, not a count of 60 people', () => {
    const claims = read('The attack killed 25 people, 60% of them children.');
    const share = claimAt(claims, '60%');
    expect(share.concept.text).toBe('children');
    expect(share.value).toEqual({ kind: 'quantity', lo: 60, hi: 60, unit: 'percent' });
    expect(claimAt(claims, '25').concept.text).toBe('people');
  });

  test('"fell 1.2%" keeps its decimal, so 4.1% and 4.9% stay apart', () => {
    const claims = read('Shares fell 1.2% on Tuesday; unemployment was 4.1% in one survey and 4.9% in another.');
    expect(claimAt(claims, '1.2%').value).toEqual({ kind: 'quantity', lo: 1.2, hi: 1.2, unit: 'percent' });
    expect(claimAt(claims, '1.2%').quantity?.change).toBe('down');
    expect(claimAt(claims, '4.1%').value).not.toEqual(claimAt(claims, '4.9%').value);
  });

  test('index names and clock times are no claims', () => {
    const claims = read('The FTSE 100 fell 1.2%. At 10:15 p.m. on Friday, 12 people were killed.');
    expect(claims.map((c) => c.figure.text)).toEqual(['1.2%', 'on Friday', '12']);
  });
});
