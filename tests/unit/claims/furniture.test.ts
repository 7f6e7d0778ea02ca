// A photo gallery's counters, buttons and credits run into a page's text are no figures and no names.
import { describe, expect, test } from 'vitest';
import { extractClaims } from '../../../lib/claims/extract-claims';
import { furnitureSpans } from '../../../lib/claims/furniture';

// Written for the test, in the shape scraped gallery pages take.
const TEXT =
  'Boy, 4, hurt in garage shooting Photo: Lakeside Video Image 1 of / 6 Caption Close Image 1 of 6 A boy, 4, was ' +
  'wounded in a garage on Elm Row on Monday, deputies said. Photo: Dana Coyle Image 6 of 6 Boy hurt 1 / 6 Back to ' +
  'Gallery Neighbours heard three shots and saw two men run.';

describe('gallery furniture', () => {
  test('no claim is read from a slide counter', () => {
    const values = extractClaims(TEXT, { published: '2016-05-02' })
      .filter((c) => c.kind === 'count')
      .map((c) => c.figure.text);
    expect(values).toEqual(expect.arrayContaining(['three', 'two']));
    expect(values.some((v) => /^[16]$/.test(v))).toBe(false);
  });

  test('the spans cover the counters, buttons and credits, and none of the story’s words', () => {
    const spans = furnitureSpans(TEXT);
    const covered = (at: number) => spans.some(([s, e]) => at >= s && at < e);
    for (const m of TEXT.matchAll(/Image \d|Caption Close|Back to Gallery|Lakeside Video|Dana Coyle/g))
      for (let at = m.index; at < m.index + m[0].length; at++) expect(covered(at), m[0]).toBe(true);
    const story = TEXT.indexOf('A boy, 4, was wounded in a garage on Elm Row');
    for (let at = story; at < story + 44; at++) expect(covered(at)).toBe(false);
    expect(furnitureSpans('Three people were hurt, 2 of 3 seriously.')).toEqual([]);
  });

  test('a rights line dates the page, not the story', () => {
    const dates = extractClaims('Police said the shooting happened in 2015. Copyright 2016 Lakeside TV.', {
      published: '2016-01-04',
    })
      .filter((c) => c.kind === 'date')
      .map((c) => c.figure.text);
    expect(dates).toEqual(['in 2015']);
  });
});

describe('an embedded video’s stamp', () => {
  // Written for the test: a video caption as a station's page runs it into the story's text.
  const CAPTION =
    'A father of two was shot and killed at a mall on Friday. Our reporter has the story. ' +
    '(Published Saturday, May 7, 2016)\n\nPolice said the gunman fired three shots on Friday.';

  test('its day is the video’s, not a day of the story: no claim is read there', () => {
    const dates = extractClaims(CAPTION, { published: '2016-05-08' })
      .filter((c) => c.kind === 'date')
      .map((c) => c.figure.text);
    expect(dates).toContain('on Friday');
    expect(dates.some((d) => /May 7|Saturday/.test(d))).toBe(false);
    expect(furnitureSpans(CAPTION).map(([s, e]) => CAPTION.slice(s, e))).toEqual(['(Published Saturday, May 7, 2016)']);
  });
});
