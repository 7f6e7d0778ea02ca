// extractClaims and alignClaims are total: whatever the text (cut, shuffled, hostile, random), they return claims
// whose spans are the text's own words and never throw. The seeds make every run the same.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { alignClaims } from '../../../lib/claims/align-claims';
import { extractClaims } from '../../../lib/claims/extract-claims';
import { mali, REPO } from './helpers';

const TEXTS = ['afp', 'cnn-r2', 'france24'].map((id) =>
  readFileSync(join(REPO, 'data/stories/mali-offensive-2013/articles', `${id}.txt`), 'utf8'),
);

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const ALPHABET = 'abcXYZ 0123456789,.-–—:;"“”\'’()\n\t\u00a0\u202f€$%/#&*+=?!éüçß中文🙂';

function mutate(text: string, random: () => number): string {
  const words = text.split(/(\s+)/);
  const out: string[] = [];
  for (const w of words) {
    const r = random();
    if (r < 0.05) continue;
    if (r < 0.1) out.push(String(Math.floor(random() * 100000)));
    else if (r < 0.14) out.push(ALPHABET[Math.floor(random() * ALPHABET.length)]!);
    else if (r < 0.17) out.push(w.toUpperCase());
    else out.push(w);
  }
  return out.join('');
}

function noise(length: number, random: () => number): string {
  let s = '';
  for (let i = 0; i < length; i++) s += ALPHABET[Math.floor(random() * ALPHABET.length)]!;
  return s;
}

function checkTotal(text: string, published: string | null): number {
  const claims = extractClaims(text, { published });
  for (const c of claims) {
    expect(text.slice(c.figure.start, c.figure.end)).toBe(c.figure.text);
    expect(text.slice(c.sentence.start, c.sentence.end)).toBe(c.sentence.text);
    for (const r of c.readings)
      expect(r.value !== null || typeof r.unreadable === 'string' || c.kind === 'status').toBe(true);
  }
  const aligned = alignClaims(claims, mali, { published });
  expect(aligned).toHaveLength(claims.length);
  return claims.length;
}

test('mutated copy: never throws, every span is the text itself', () => {
  const random = rng(20130206);
  let claims = 0;
  for (let i = 0; i < 60; i++)
    claims += checkTotal(mutate(TEXTS[i % TEXTS.length]!, random), i % 3 === 0 ? null : '2013-02-06');
  // Mutated news copy is still full of figures: an extractor that found nothing would pass the loop above.
  expect(claims).toBeGreaterThan(600);
}, 60_000);

test('random characters, empty and degenerate texts', () => {
  const random = rng(7);
  for (let i = 0; i < 100; i++) checkTotal(noise(1 + Math.floor(random() * 400), random), '2013-02-06');
  for (const text of [
    '',
    ' ',
    '\n\n\n',
    '.',
    '4,000',
    'Tuesday',
    '"',
    '— — —',
    '1 2 3 4 5 6 7 8 9 0',
    'a'.repeat(10_000),
    '1,'.repeat(3000),
  ]) {
    checkTotal(text, '2013-02-06');
  }
}, 60_000);

test('figures cut at every position of a sentence', () => {
  const sentence =
    'Nearly 4,000 French troops are currently deployed in Mali, and "some 1,800" Chadian soldiers took Kidal on ' +
    'Tuesday night, 80 kilometres (50 miles) away, between 2 and 3 weeks ago.';
  for (let i = 0; i <= sentence.length; i++) {
    checkTotal(sentence.slice(0, i), '2013-02-06');
    checkTotal(sentence.slice(i), null);
  }
}, 60_000);
