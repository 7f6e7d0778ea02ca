// The day a page's own text gives for itself when its metadata has none: stamp lines, stamps in brackets, datelines.
import { describe, expect, test } from 'vitest';
import { textDate } from '../../../lib/event/page-date';

// Texts written for the tests.
const BODY =
  'A man was wounded by gunfire outside a home on Birch Street, police said. He was taken to hospital.\n\n' +
  'Officers searched the area but made no arrest. The investigation continues, a police spokesman said.';

describe('the day a page gives for itself', () => {
  test('a stamp line at its top or foot, and a wire dateline with its year', () => {
    expect(textDate(`Updated 5:24 AM EST, Wed February 6, 2013\n\n${BODY}`).day).toBe('2013-02-06');
    expect(textDate(`${BODY}\n\n(Posted on: February 13, 2014)`).day).toBe('2014-02-13');
    expect(textDate(`PARIS, Feb 6, 2013 (Harbour Wire) - ${BODY}`).day).toBe('2013-02-06');
  });

  test('a stamp in brackets at the end of a longer paragraph', () => {
    const caption =
      'Relatives gathered outside the house on Birch Street on Sunday night as officers went in and out of it ' +
      'and neighbours watched from their porches across the road. (Published Monday, Aug. 4, 2014)';
    expect(textDate(`${caption}\n\n${BODY}`).day).toBe('2014-08-04');
  });

  test('a dateline whose date is in brackets after the place', () => {
    expect(textDate(`DUNMORE COUNTY, Ind. (Aug. 28, 2015) – ${BODY}`).day).toBe('2015-08-28');
    expect(textDate(`Harlow Bay, Ky. (November 28, 2016) - ${BODY}`).day).toBe('2016-11-28');
  });

  test('a day the story tells of, a caption’s date or a month and day alone date nothing', () => {
    expect(textDate(`The shooting happened on Friday, Nov. 6, 2015, police said.\n\n${BODY}`)).toEqual({
      day: null,
      monthDay: null,
    });
    expect(textDate(`Officers at the scene (Photo: Ada Lind, March 3, 2016) - ${BODY}`).day).toBeNull();
    expect(textDate(`PARIS, Feb 6 (Harbour Wire) - ${BODY}`)).toEqual({ day: null, monthDay: { month: 2, day: 6 } });
  });
});
