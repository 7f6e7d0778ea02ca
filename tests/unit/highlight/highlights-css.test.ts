// The page-side highlight styles: names, properties ::highlight honours, shape differences and contrast.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { HIGHLIGHT_NAMES } from '../../../lib/highlight/registry';

const css = readFileSync(new URL('../../../public/highlights.css', import.meta.url), 'utf8').replace(
  /\/\*[\s\S]*?\*\//g,
  '',
);

/** The ::highlight rules of one context: top level (media '') or inside one @media block. */
function rules(media: string): Map<string, Record<string, string>> {
  let scope = css;
  if (media !== '') {
    const at = css.indexOf(`@media ${media}`);
    expect(at, `@media ${media}`).toBeGreaterThanOrEqual(0);
    let depth = 0;
    let i = css.indexOf('{', at);
    const start = i + 1;
    for (; i < css.length; i++) {
      if (css[i] === '{') depth++;
      if (css[i] === '}' && --depth === 0) break;
    }
    scope = css.slice(start, i);
  } else {
    scope = css.replace(/@media[^{]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}/g, '');
  }
  const out = new Map<string, Record<string, string>>();
  for (const m of scope.matchAll(/::highlight\(([\w-]+)\)\s*\{([^}]*)\}/g)) {
    const decls: Record<string, string> = {};
    for (const d of m[2]!.split(';')) {
      const [prop, ...value] = d.split(':');
      if (prop?.trim()) decls[prop.trim()] = value.join(':').trim();
    }
    out.set(m[1]!, decls);
  }
  return out;
}

function luminance(hex: string): number {
  const n = hex.replace('#', '');
  const [r, g, b] = [0, 2, 4]
    .map((i) => parseInt(n.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const ALLOWED = /^(color|background-color|text-shadow|text-decoration(-line|-style|-color|-thickness)?)$/;
const PAGES = { white: '#ffffff', nearBlack: '#121212' };

describe('public/highlights.css', () => {
  for (const media of ['', '(prefers-color-scheme: dark)', '(forced-colors: active)']) {
    test(`styles every highlight name with properties ::highlight honours ${media || '(default)'}`, () => {
      const r = rules(media);
      expect([...r.keys()].sort()).toEqual(Object.values(HIGHLIGHT_NAMES).sort());
      for (const decls of r.values()) for (const prop of Object.keys(decls)) expect(prop).toMatch(ALLOWED);
      const disputed = r.get(HIGHLIGHT_NAMES.disputed)!;
      const agreed = r.get(HIGHLIGHT_NAMES.agreed)!;
      // Told apart by shape, not only by hue: a different underline style, and a heavier line on disputed figures.
      expect(disputed['text-decoration-style']).toMatch(/^(wavy|double)$/);
      expect(agreed['text-decoration-style']).not.toBe(disputed['text-decoration-style']);
      expect(parseFloat(disputed['text-decoration-thickness']!)).toBeGreaterThan(
        parseFloat(agreed['text-decoration-thickness']!),
      );
      // An automatic mark (a page matched by its story) is never taken for a reviewed one: a third underline style.
      const automatic = r.get(HIGHLIGHT_NAMES.automatic)!;
      expect(automatic['text-decoration-style']).not.toBe(disputed['text-decoration-style']);
      expect(automatic['text-decoration-style']).not.toBe(agreed['text-decoration-style']);
      if (media !== '(forced-colors: active)')
        expect(automatic['background-color']).not.toBe(disputed['background-color']);
    });
  }

  for (const media of ['', '(prefers-color-scheme: dark)']) {
    test(`marks are readable and visible on white and near-black pages ${media || '(default)'}`, () => {
      for (const [name, d] of rules(media)) {
        const bg = d['background-color']!;
        expect(contrast(d.color!, bg), `${name} text`).toBeGreaterThanOrEqual(4.5);
        expect(contrast(d['text-decoration-color']!, bg), `${name} underline`).toBeGreaterThanOrEqual(3);
        if (name === HIGHLIGHT_NAMES.agreed) continue;
        for (const page of Object.values(PAGES)) {
          // Either the mark's background or its underline must stand out from the page itself.
          const seen = Math.max(contrast(bg, page), contrast(d['text-decoration-color']!, page));
          expect(seen, `${name} on ${page}`).toBeGreaterThanOrEqual(3);
        }
      }
    });
  }
});
