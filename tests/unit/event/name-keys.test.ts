// A name is one key however an outlet writes it: a street's kind spelled out or abbreviated, its side of town
// given or left out; a contraction opening a sentence ("I'm") is no name.
import { describe, expect, test } from 'vitest';
import { readSentences } from '../../../lib/claims/extract-claims';
import { nameKey, textNames } from '../../../lib/event/names';

const keys = (text: string) => [...textNames(text, readSentences(text)).keys()];

describe('name keys', () => {
  test('a street abbreviated and spelled out is one key', () => {
    expect(nameKey('Rio Vista Dr.')).toBe('rio vista drive');
    expect(nameKey('Rio Vista Drive')).toBe('rio vista drive');
    expect(nameKey('Halsted Ave')).toBe('halsted avenue');
    expect(nameKey('Elm Rd')).toBe('elm road');
    expect(keys('The boy was shot at 333 Rio Vista Dr. in Madison on Tuesday.')).toContain('rio vista drive');
  });

  test('a street named with its side of town is also known without it', () => {
    const found = keys('Police were called to the 6700 block of South Aberdeen Street on Sunday.');
    expect(found).toEqual(expect.arrayContaining(['south aberdeen street', 'aberdeen street']));
    expect(keys('It happened in the 6700 block of S. Aberdeen St. in Englewood.')).toContain('aberdeen street');
  });

  test('a one-word name, a person and a saint are left as they are', () => {
    expect(nameKey('St')).toBe('st');
    expect(nameKey('St. Louis')).toBe('st. louis');
    const places = keys('A man from East New York was shot near West Haven Police Department headquarters.');
    expect(places).not.toContain('new york');
    expect(places).not.toContain('haven police department');
  });

  test('a name news copy tells as a person’s is a full person’s name; a place with the same verbs is not', () => {
    const people = (text: string) =>
      [...textNames(text, readSentences(text)).values()].filter((n) => n.fullPerson).map((n) => n.key);
    expect(people('Police believe William Zweck shot 18-year-old Kodi Pruner.')).toEqual(
      expect.arrayContaining(['william zweck', 'kodi pruner']),
    );
    expect(people('He was charged in the death of 15 year-old Senquez Jackson at a home.')).toEqual([
      'senquez jackson',
    ]);
    expect(people('Zion Willis was fatally shot on Friday.')).toEqual(['zion willis']);
    expect(people('The victim was identified as Ana Ruiz.')).toEqual(['ana ruiz']);
    expect(people('Police have identified the girl as Zion Willis of Canarsie.')).toEqual(['zion willis']);
    expect(people('Marcus Hale has been charged with murder.')).toEqual(['marcus hale']);
    // What only happens in a place, and a place the sentence puts someone in, stay places.
    expect(people('Two men were shot in Cedar Rapids on Friday.')).toEqual([]);
    expect(people('Cedar Rapids was quiet on Friday.')).toEqual([]);
  });

  test('a contraction opening a sentence is no name', () => {
    const found = keys('“I’m trying to stay strong,” said Alicia Shannon. We’re all in shock. Don’t go out.');
    expect(found).toContain('alicia shannon');
    expect(found.some((k) => /['\u2019]/.test(k))).toBe(false);
  });

  test('a place is also known without what it is, when a name of two words remains', () => {
    expect(keys('Shots were fired at Coastland Center Mall on Monday.')).toEqual(
      expect.arrayContaining(['coastland center mall', 'coastland center']),
    );
    expect(keys('Police were called to Charter Village Apartments.')).toContain('charter village');
    expect(keys('Police were called to Hillcrest Mall.')).not.toContain('hillcrest');
  });

  test('a headline in title case gives no name the text does not also give', () => {
    const text =
      'Man Charged In Shooting Death Of Elm Street Teen\n\n' +
      'A man was charged on Monday in the killing of a 16-year-old on Elm Street, police said.';
    const names = textNames(text, readSentences(text));
    expect([...names.keys()].filter((k) => /charged|shooting|death/.test(k))).toEqual([]);
    // A name the text gives too keeps its place at the top.
    expect(names.get('elm street')?.lead).toBe(true);
    // The same words in sentence case are read as they always were.
    expect(keys('Man charged in shooting death of Elm Street teen\n\nHe was arrested.')).toContain('elm street');
  });
});
