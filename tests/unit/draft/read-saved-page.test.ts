// A saved page read for drafting: its article text and metadata, and nothing (not an error) from a page without any.
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { readSavedPage } from '../../../lib/draft/read-saved-page';

const read = (html: string) => readSavedPage(parseHTML(html).document as unknown as Document);

describe('readSavedPage', () => {
  test('reads the article text, headline and language of a page', () => {
    const paragraph = (n: number) =>
      `<p>Paragraph ${n} of the report says that the ministry counted the damage in the region, street by street and week by week, before it wrote to the council.</p>`;
    const page = read(
      `<!doctype html><html lang="en"><head><title>Floods in the valley</title>` +
        `<meta property="og:title" content="Floods in the valley"></head>` +
        `<body><article>${[1, 2, 3, 4, 5].map(paragraph).join('')}</article></body></html>`,
    );
    expect(page.headline).toBe('Floods in the valley');
    expect(page.language).toBe('en');
    expect(page.text).toContain('Paragraph 1 of the report');
    expect(page.text).toContain('Paragraph 5 of the report');
  });

  test('an empty file or bare text is a page with no article and no metadata', () => {
    for (const html of ['', 'words without markup']) {
      expect(read(html)).toEqual({
        text: '',
        headline: null,
        publisher: null,
        published: null,
        updated: null,
        url: null,
        language: null,
      });
    }
  });
});
