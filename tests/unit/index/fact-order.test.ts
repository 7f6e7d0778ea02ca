// The display order: what the page reports first, disputed first among those, then heavier facts, wider reports.
import { describe, expect, test } from 'vitest';
import {
  compareFacts,
  factsReportedBy,
  factWeight,
  isWeight,
  KIND_WEIGHT,
  orderFacts,
  orderReason,
  type OrderableFact,
} from '../../../lib/story/fact-order';

type Kind = OrderableFact['kind'];
type Status = OrderableFact['status'];

function fact(id: string, kind: Kind, status: Status, articles: string[], weight?: number | null): OrderableFact {
  return {
    id,
    label: id,
    kind,
    status,
    claims: articles.map((article) => ({ article })),
    ...(weight === undefined ? {} : { weight }),
  };
}

const ids = (facts: OrderableFact[]) => facts.map((f) => f.id);

describe('orderFacts', () => {
  // Shaped like the reviewed story: a statement day nobody on this page reports, the headline troop count.
  const facts = [
    fact('toll-day', 'date', 'disputed', ['cnn', 'globalpost', 'france24']),
    fact('troops', 'count', 'disputed', ['cnn', 'afp', 'globalpost']),
    fact('town-status', 'status', 'disputed', ['cnn', 'afp']),
    fact('speaker', 'attribution', 'disputed', ['afp', 'france24']),
    fact('killed', 'count', 'consistent', ['cnn', 'afp']),
    fact('chad-troops', 'count', 'single-source', ['afp']),
    fact('hostages', 'count', 'single-source', ['afp']),
    fact('leaving', 'date', 'consistent', ['afp', 'cnn'], 5),
  ];

  test('the facts this page reports come first, disputed first among them, then by weight', () => {
    const order = ids(orderFacts(facts, factsReportedBy(facts, 'afp')));
    expect(order).toEqual([
      'troops',
      'town-status',
      'speaker', // reported here and disputed: count 4, status 3, attribution 2
      'leaving',
      'killed', // reported here and agreed: a reviewer's 5 before a count's 4
      'chad-troops',
      'hostages', // reported here by one outlet: equal weight and reach, so by label
      'toll-day', // not reported here, last even though disputed
    ]);
  });

  test('a count of people comes before the day a statement was made', () => {
    const order = ids(orderFacts([facts[0]!, facts[1]!], factsReportedBy(facts, 'cnn')));
    expect(order).toEqual(['troops', 'toll-day']);
    expect(factWeight(facts[1]!)).toBeGreaterThan(factWeight(facts[0]!));
  });

  test('without a page, status and weight alone decide', () => {
    expect(ids(orderFacts(facts))).toEqual([
      'troops',
      'town-status',
      'toll-day',
      'speaker',
      'leaving',
      'killed',
      'chad-troops',
      'hostages',
    ]);
  });

  test('equal status and weight: the fact more articles report first, then label, then id', () => {
    const a = fact('a', 'count', 'consistent', ['x', 'y']);
    const b = fact('b', 'count', 'consistent', ['x', 'y', 'z']);
    const c = { ...fact('c', 'count', 'consistent', ['x', 'y']), label: 'a' };
    expect(ids(orderFacts([a, b, c]))).toEqual(['b', 'a', 'c']);
    // Revisions or repeated claims of one article count once.
    const repeated = fact('r', 'count', 'consistent', ['x', 'x', 'x', 'x']);
    expect(ids(orderFacts([repeated, a]))).toEqual(['a', 'r']);
  });

  test('is pure: the input is left as it was and the same input gives the same order', () => {
    const before = ids(facts);
    const once = ids(orderFacts(facts, new Set(['toll-day'])));
    expect(ids(facts)).toEqual(before);
    expect(ids(orderFacts([...facts].reverse(), new Set(['toll-day'])))).toEqual(once);
    expect(once[0]).toBe('toll-day');
  });

  test('a reported set from elsewhere (facts aligned on another page) works the same way', () => {
    const order = ids(orderFacts(facts, new Set(['killed', 'hostages'])));
    expect(order.slice(0, 2)).toEqual(['killed', 'hostages']);
  });

  test('a damaged weight or status in a loaded index cannot break the order', () => {
    const odd = [
      { ...fact('w', 'count', 'consistent', ['x']), weight: '9' as unknown as number },
      { ...fact('s', 'count', 'unknown' as Status, ['x']) },
      fact('ok', 'count', 'consistent', ['x']),
    ];
    expect(ids(orderFacts(odd))).toEqual(['ok', 'w', 's']);
    expect(factWeight(odd[0]!)).toBe(KIND_WEIGHT.count);
    expect(compareFacts(odd[1]!, odd[1]!)).toBe(0);
  });
});

describe('weights', () => {
  test('a reviewer may write a whole number from 1 to 5', () => {
    for (const ok of [1, 2, 3, 4, 5]) expect(isWeight(ok)).toBe(true);
    for (const bad of [0, 6, 2.5, -1, '3', null, undefined, Number.NaN]) expect(isWeight(bad)).toBe(false);
  });

  test('a reviewer’s weight replaces the kind’s', () => {
    expect(factWeight({ kind: 'date', weight: 5 })).toBe(5);
    expect(factWeight({ kind: 'date' })).toBe(KIND_WEIGHT.date);
    expect(factWeight({ kind: 'count', weight: null })).toBe(KIND_WEIGHT.count);
  });
});

describe('orderReason', () => {
  test('says why a fact sits where it does', () => {
    expect(orderReason(fact('troops', 'count', 'disputed', ['a', 'b']), new Set(['troops']))).toBe(
      'reported here, disputed, weight 4 (count), 2 articles',
    );
    expect(orderReason(fact('d', 'date', 'consistent', ['a'], 5), new Set())).toBe(
      'not reported here, consistent, weight 5 (reviewer), 1 article',
    );
    expect(orderReason(fact('d', 'date', 'consistent', ['a']))).toBe('consistent, weight 2 (date), 1 article');
  });
});
