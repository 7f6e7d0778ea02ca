// Whose a drafted age is: the person named beside it, in apposition ("Clarence Washington, 35,") or after it
// ("4-year-old Olivia"). Two ages of different people are never one fact, however alike their sentences.
import { describe, expect, test } from 'vitest';
import { draftFacts } from '../../../lib/claims/draft-facts';
import { ownerOf } from '../../../lib/claims/draft-owners';
import { extractClaims } from '../../../lib/claims/extract-claims';

// Sentences written for the tests.
const owners = (text: string) =>
  extractClaims(text, { published: '2021-05-02' })
    .filter((c) => c.kind === 'count' || c.kind === 'duration')
    .map((c) => [c.figure.text, ownerOf(c)]);

describe('the person an age is given for', () => {
  test('a name before it and a comma, a semicolon or the sentence’s end after it', () => {
    expect(owners('Police named the dead as Tomas Ferrante, 20; Ilse Vandenberg, 21; and Marek Solberg, 34.')).toEqual([
      ['20', 'tomas ferrante'],
      ['21', 'ilse vandenberg'],
      ['34', 'marek solberg'],
    ]);
    expect(owners('The victims were Ilse Vandenberg, 21, and Tomas Ferrante, 20, both of Dunmore.')).toEqual([
      ['21', 'ilse vandenberg'],
      ['20', 'tomas ferrante'],
    ]);
  });

  test('a name after a hyphenated age, perhaps past a word of kin; a count after a name is nobody’s age', () => {
    expect(owners('Her 8-year-old cousin Tristan Howard was unhurt.')).toEqual([['8-year-old', 'tristan howard']]);
    expect(owners('Dunmore Police, 12 officers in all, searched the house.')).toEqual([['12', null]]);
  });
});

describe('ages of a list of people, in two outlets’ orders', () => {
  test('each person’s age is a fact of its own, both outlets’ figures in it', () => {
    const facts = draftFacts([
      {
        id: 'ledger',
        text: 'Police said the dead were Tomas Ferrante, 20; Ilse Vandenberg, 21; and Marek Solberg, 34.',
        published: '2021-05-02',
      },
      {
        id: 'courier',
        text: 'Police said the victims are Ilse Vandenberg, 21, Marek Solberg, 34, and Tomas Ferrante, 20.',
        published: '2021-05-02',
      },
    ]);
    const groupOf = (article: string, figure: string) =>
      facts.find((f) => f.claims.some((c) => c.article === article && c.claim.figure.text === figure));
    for (const figure of ['20', '21', '34']) {
      const fact = groupOf('ledger', figure);
      expect(fact, figure).toBeDefined();
      expect(fact!.claims.map((c) => [c.article, c.claim.figure.text]).sort()).toEqual([
        ['courier', figure],
        ['ledger', figure],
      ]);
    }
  });
});
