// Reading the numbers of an article: every figure of a 1,500-word news text with readFigures (what `npm run figures`
// prints), and every claim of it with extractClaims (figures, what they count, names, speakers), in Node. The text is
// the reviewed story's articles joined until 1,500 words: real copy, with as many figures as news has.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractClaims } from '../../lib/claims/extract-claims';
import { readFigures } from '../../lib/claims/read-figures';
import type { BenchResult } from './types';

const ROOT = join(import.meta.dirname, '..', '..');
const WORDS = 1500;

function median(fn: () => void, runs: number): number {
  for (let i = 0; i < 5; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** A news text of `WORDS` words from the reviewed story's articles, paragraphs kept. */
export function benchArticle(): string {
  const dir = join(ROOT, 'data/stories/mali-offensive-2013/articles');
  const paragraphs = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split(/\n\s*\n/));
  const out: string[] = [];
  let words = 0;
  for (const p of paragraphs) {
    const w = p.split(/\s+/).filter(Boolean);
    if (words + w.length > WORDS) {
      out.push(w.slice(0, WORDS - words).join(' '));
      break;
    }
    out.push(p.trim());
    words += w.length;
  }
  return out.join('\n\n');
}

/** Runs the figure-reading figures. */
export default async function (): Promise<BenchResult[]> {
  const text = benchArticle();
  const figures = readFigures(text, { published: '2013-02-06' }).length;
  return [
    {
      name: `reading a ${WORDS}-word article's figures (readFigures, ${figures} figures), median`,
      value: median(() => readFigures(text, { published: '2013-02-06' }), 40),
      unit: 'ms',
      target: 10,
    },
    {
      name: `extracting a ${WORDS}-word article's claims (extractClaims), median`,
      value: median(() => extractClaims(text, { published: '2013-02-06' }), 20),
      unit: 'ms',
    },
  ];
}
