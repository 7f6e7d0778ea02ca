// tenseAround: whether a date phrase speaks of the past or of what is coming, from the verb that governs it; and the
// days readFigures gives the weekdays and yearless months it places by that tense.
import { describe, expect, test } from 'vitest';
import { tenseAround } from '../../../lib/claims/figure-tense';
import { readFigures } from '../../../lib/claims/read-figures';
import { tokenise } from '../../../lib/claims/tokens';

// The tense around the first occurrence of `phrase` in `text`.
function tense(text: string, phrase: string) {
  const tokens = tokenise(text);
  const at = text.indexOf(phrase);
  const first = tokens.findIndex((t) => t.start >= at);
  const last = tokens.findLastIndex((t) => t.end <= at + phrase.length);
  return tenseAround(tokens, first, last);
}

describe('tenseAround', () => {
  test.each([
    ['The company said Monday it will cap prices.', 'Monday', 'past'],
    ['Two men were charged on Tuesday and will face court.', 'Tuesday', 'past'],
    ['The Leafs visit the Bruins on Wednesday.', 'Wednesday', 'future'],
    ['The warning remains in effect through Wednesday.', 'Wednesday', 'future'],
    ['Prices have risen since October.', 'October', 'past'],
    ['A boy has died after being shot on Tuesday afternoon.', 'Tuesday', 'past'],
    ['The vote is to be held on Friday.', 'Friday', 'future'],
    ['Markets stayed closed until Friday.', 'Friday', 'future'],
    ['On Sunday morning, the family did not show up.', 'Sunday', 'past'],
    ['On Sunday morning, the family will travel north.', 'Sunday', 'future'],
    ['Snow on Friday.', 'Friday', null],
  ] as const)('%s → %s', (text, phrase, expected) => {
    expect(tense(text, phrase)).toBe(expected);
  });
});

describe('dates placed by their tense', () => {
  // A Wednesday.
  const PUB = '2013-02-06';
  const date = (text: string, figure: string) =>
    readFigures(text, { published: PUB, country: null }).find((f) => f.text === figure);
  test.each<[string, string, string, string]>([
    ['He was released from custody this Friday.', 'this Friday', '2013-02-01', '='],
    ['The Leafs visit the Bruins on Saturday.', 'Saturday', '2013-02-09', '='],
    ['The company said Monday it will cap prices.', 'Monday', '2013-02-04', '='],
    ['A boy has died after being shot on Tuesday afternoon.', 'Tuesday afternoon', '2013-02-05', '='],
    ['The film has made $186.5 million since its release Dec. 22.', 'Dec. 22', '2012-12-22', '='],
    ['The summit will be held in December.', 'December', '2013-12', '='],
    ['The decision should be settled no later than Friday.', 'Friday', '2013-02-08', '<'],
  ])('%s → %s', (text, figure, value, change) => {
    expect(date(text, figure)).toMatchObject({ value, change, kind: 'date' });
  });
});
