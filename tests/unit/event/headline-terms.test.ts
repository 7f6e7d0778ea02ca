// A headline's words as lookup terms leave out the outlet's name and tagline that pages put after the headline: every
// headline of an outlet shares them, whatever happened.
import { describe, expect, test } from 'vitest';
import { readSentences } from '../../../lib/claims/extract-claims';
import { headlineTerms, outletSpans, ownHeadline } from '../../../lib/event/headline-terms';
import { textNames } from '../../../lib/event/names';
import { readPageText } from '../../../lib/event/page-text';
import { storySignature } from '../../../lib/event/signature';

// Headlines written for the tests, at addresses of made-up outlets.
const AT = 'https://www.wkxo.example/story/1234/man-wounded';

describe('the headline without its outlet', () => {
  test('a last part naming the site, or saying what the outlet covers, is cut', () => {
    expect(ownHeadline('Man wounded on Dogwood Lane - WKXO Channel 9', AT)).toBe('Man wounded on Dogwood Lane');
    expect(ownHeadline('Man wounded on Dogwood Lane | Brackwater News, Weather & Sports', AT)).toBe(
      'Man wounded on Dogwood Lane',
    );
  });

  test('so is a place after the outlet’s name', () => {
    expect(ownHeadline('Man wounded on Dogwood Lane - WKXO 9 News - Brackwater, Ohio', AT)).toBe(
      'Man wounded on Dogwood Lane',
    );
  });

  test('a part that is the headline’s own stays, and so does a first part that names the outlet', () => {
    expect(ownHeadline('Brackwater shooting - police name the victim', AT)).toBe(
      'Brackwater shooting - police name the victim',
    );
    expect(ownHeadline('WKXO exclusive: the family speaks', AT)).toBe('WKXO exclusive: the family speaks');
  });

  test('two outlets’ headlines of two events share no word of their taglines', () => {
    const one = headlineTerms('Man wounded on Dogwood Lane - WKXO News, Weather and Sports', AT);
    const other = headlineTerms(
      'Girl, 4, dies in Alderby - Valley News, Weather, Sports',
      'https://www.valleynews.example/a',
    );
    expect(one.filter((t) => other.includes(t))).toEqual([]);
  });
});

describe("the outlet's name after a headline is furniture", () => {
  const headline = 'Man wounded on Dogwood Lane after an argument over a parked car - WKXO 9 News - Brackwater Gazette';
  const body = 'A man was wounded on Dogwood Lane on Saturday night, police said.';

  test('its span starts at the part that names the site', () => {
    expect(outletSpans(headline, AT)).toEqual([[headline.indexOf(' - WKXO'), headline.length]]);
    expect(outletSpans('Man wounded on Dogwood Lane', AT)).toEqual([]);
    expect(outletSpans(null, AT)).toEqual([]);
  });

  test('a page gives none of its names, nor any figure of it', () => {
    const read = readPageText({ text: body, headline, published: '2016-03-05', url: AT });
    expect([...read.names.keys()]).toContain('dogwood lane');
    expect([...read.names.keys()].filter((k) => /brackwater|gazette|wkxo/.test(k))).toEqual([]);
    expect(read.claims().map((c) => c.figure.text)).not.toContain('9');
    // Read without the address, the same headline's last part is a name like any other.
    const text = `${headline}\n\n${body}`;
    expect([...textNames(text, readSentences(text)).keys()]).toContain('brackwater gazette');
  });

  test("nor does a story's signature", () => {
    const names = storySignature({
      id: 'wkxo-dogwood-lane',
      title: 'A man wounded on Dogwood Lane',
      dates: { start: '2016-03-05', end: '2016-03-05' },
      articles: [{ id: 'a', headline, text: body, url: AT, published: '2016-03-05' }],
      facts: [],
    } as never).names.map((n) => n.name);
    expect(names).toContain('dogwood lane');
    expect(names.filter((n) => /brackwater|gazette|wkxo/.test(n))).toEqual([]);
  });
});
