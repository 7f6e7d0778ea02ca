// A late look reads a page again only when it has changed since the last reading: the look it compares must change
// with what a page's script does when it renders its article late, and stay the same when nothing changed.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { pageLook } from '../../../lib/extract/page-look';

const URL_A = 'https://www.example.com/news/story';
const page = () =>
  parseHTML(
    '<html><head><title>A story</title></head><body><main id="story"><p class="loading">Loading…</p></main></body></html>',
  ).document as unknown as Document;

describe('pageLook', () => {
  it('is the same for a page that has not changed', () => {
    const doc = page();
    expect(pageLook(doc, URL_A)).toBe(pageLook(doc, URL_A));
  });

  it('changes when the page adds its article, replaces its text, changes its title or its address', () => {
    const doc = page();
    const before = pageLook(doc, URL_A);
    const added = page();
    const p = added.createElement('p');
    p.textContent = 'The article arrives after load.';
    added.getElementById('story')!.append(p);
    expect(pageLook(added, URL_A)).not.toBe(before);

    const filled = page();
    filled.querySelector('.loading')!.textContent = 'The article text, filled into the placeholder.';
    expect(pageLook(filled, URL_A)).not.toBe(before);

    const retitled = page();
    retitled.title = 'Another story';
    expect(pageLook(retitled, URL_A)).not.toBe(before);

    expect(pageLook(doc, `${URL_A}-2`)).not.toBe(before);
  });

  it('reads a page with no body', () => {
    const { document } = parseHTML('<?xml version="1.0"?><feed></feed>');
    expect(() => pageLook(document as unknown as Document, URL_A)).not.toThrow();
  });
});
