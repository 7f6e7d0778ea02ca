// Whose a drafted figure is and what it is of: the person an age is given for, in apposition ("Clarence Washington,
// 35,") or after it ("4-year-old Olivia"); what happened on a day; who said what. Two ages of different people, days
// of different happenings, statements of different speakers or about different people are never one fact.
import { describe, expect, test } from 'vitest';
import { draftFacts } from '../../../lib/claims/draft-facts';
import { otherStatements, ownerOf } from '../../../lib/claims/draft-owners';
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

describe('what happened on a day, and who said what', () => {
  const draft = (a: string, b: string) =>
    draftFacts([
      { id: 'ledger', text: a, published: '2021-05-02' },
      { id: 'courier', text: b, published: '2021-05-02' },
    ]);
  const together = (facts: ReturnType<typeof draftFacts>, kind: string) =>
    facts.some((f) => f.kind === kind && new Set(f.claims.map((c) => c.article)).size === 2);

  test('the day of an arrest and the day of the shooting are two facts; a death told two ways is one', () => {
    expect(
      together(
        draft(
          'Police said the boy was shot on Saturday afternoon outside a home on Birch Street in Dunmore.',
          'Police said a neighbor was arrested on Saturday night outside a home on Birch Street in Dunmore.',
        ),
        'date',
      ),
    ).toBe(false);
    expect(
      together(
        draft(
          'Police said the boy was shot and killed on Saturday afternoon on Birch Street in Dunmore.',
          'Police said the boy died on Saturday afternoon on Birch Street in Dunmore.',
        ),
        'date',
      ),
    ).toBe(true);
  });

  test('one sentence gives no fact twice with two values: the dead and the wounded, two charges, are two facts', () => {
    const values = (facts: ReturnType<typeof draftFacts>) =>
      facts.map((f) => [...new Set(f.claims.map((c) => c.claim.figure.text.toLowerCase()))].sort());
    const toll = draft(
      'One person was killed and three were wounded in a shooting at a party in Dunmore on Friday, police said.',
      'A gunman killed one person and wounded three other people at a party in Dunmore on Friday, police said.',
    );
    expect(values(toll)).not.toContainEqual(['one', 'three']);
    expect(together(toll, 'count')).toBe(true);
    const charges = draft(
      'Jessie was charged with two counts of first-degree murder, the sheriff said.',
      'Jessie faces two counts of first-degree murder and one count of tampering with evidence.',
    );
    expect(values(charges)).toContainEqual(['two']);
    expect(values(charges)).not.toContainEqual(['one', 'two']);
  });

  test('two speakers, or one speaker’s statements about two people, are other statements', () => {
    const said = extractClaims(
      'A man was hurt on Sunday. Sheriff Tom Krzykowski said the father acted alone. Krzykowski said the father ' +
        'acted alone. The Herald Tribune reported that the father acted alone.',
      { published: '2021-05-02' },
    ).filter((c) => c.kind === 'attribution');
    const [sheriff, surname, paper] = said;
    expect(said.map((c) => c.subject)).toEqual(['Sheriff Tom Krzykowski', 'Sheriff Tom Krzykowski', 'Herald Tribune']);
    expect(otherStatements(sheriff!, paper!)).toBe(true);
    expect(otherStatements(sheriff!, surname!)).toBe(false);
    // The police's statements, one about each hunter; the speaker is no one the statement is about.
    const about = (people: string[]) => ({ ...sheriff!, subject: 'Police', names: { ...sheriff!.names, people } });
    expect(otherStatements(about(['Police', 'Peter Noack']), about(['Police', 'Cheyanne Green']))).toBe(true);
    expect(otherStatements(about(['Police', 'Peter Noack']), about(['Police', 'Noack']))).toBe(false);
    expect(otherStatements(about(['Police']), about(['Police', 'Cheyanne Green']))).toBe(false);
  });
});
