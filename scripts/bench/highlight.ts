// Benchmark: anchoring and painting an article's figures on the stored publisher pages and on a 100,000-node page.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Window as HappyWindow } from 'happy-dom';
import { createHighlighter, type HighlighterOptions } from '../../lib/highlight/highlighter';
import { GENERATED_DIR } from '../../lib/story/generated-layout';
import { readGeneratedStories } from '../../lib/story/read-generated';
import type { RuntimeFact } from '../../lib/story/runtime-types';
import { collectGarbage } from './support/collect-garbage';
import type { BenchResult } from './types';

const REPO = join(import.meta.dirname, '../..');
const SITES = join(REPO, 'tests/fixtures/sites');
const INDEX = join(REPO, GENERATED_DIR, 'catalog.json');
const SEEDS = '/work/shared/seeds';
const SEED_FILES: Record<string, string> = {
  'cnn-r1': '000_996d9f502adc0b34.txt',
  'cnn-r2': '001_32104ac63b478835.txt',
  afp: '002_2f9ef944ed3450e1.txt',
  globalpost: '003_d9c45748f088204d.txt',
  france24: '004_ad19ff91a8c34f46.txt',
};
const WARMUP = 5;
const RUNS = 30;

/** Stand-in for the CSS Custom Highlight API, which happy-dom lacks; it records ranges as the real one would. */
class BenchHighlight {
  ranges = new Set<AbstractRange>();
  priority = 0;
  get size(): number {
    return this.ranges.size;
  }
  add(r: AbstractRange): void {
    this.ranges.add(r);
  }
  clear(): void {
    this.ranges.clear();
  }
}

function pageWindow(bodyHtml: string): HappyWindow {
  const win = new HappyWindow({ url: 'https://example.org/' });
  Object.defineProperty(win, 'CSS', { value: { highlights: new Map() }, configurable: true });
  Object.defineProperty(win, 'Highlight', { value: BenchHighlight, configurable: true });
  win.document.body.innerHTML = bodyHtml;
  return win;
}

/** The facts to mark: the built index when present, else every number in the seed text as a disputed figure. */
function factsFor(articleId: string): RuntimeFact[] {
  if (existsSync(INDEX)) {
    const story = readGeneratedStories(join(REPO, GENERATED_DIR)).find((s) =>
      s.articles.some((a) => a.id === articleId),
    );
    // Every fact, disputed or not, so the benchmark anchors all of the article's figures.
    if (story) return story.facts.map((f) => ({ ...f, status: 'disputed' as const }));
  }
  const text = readFileSync(join(SEEDS, SEED_FILES[articleId]!), 'utf8');
  const facts: RuntimeFact[] = [];
  for (const m of text.matchAll(/\d[\d,]*/g)) {
    const at = m.index;
    const lineStart = text.lastIndexOf('\n', at) + 1;
    const lineEnd = text.indexOf('\n', at) === -1 ? text.length : text.indexOf('\n', at);
    const start = Math.max(lineStart, at - 30);
    const end = Math.min(lineEnd, at + m[0].length + 30);
    facts.push({
      id: `n${facts.length}`,
      label: m[0],
      kind: 'count',
      status: 'disputed',
      computedStatus: 'disputed',
      override: null,
      flags: { changedBetweenRevisions: [], selfContradictions: [] },
      claims: [
        {
          article: articleId,
          figureText: m[0],
          figure: { start: at - start, end: at - start + m[0].length },
          quote: {
            exact: text.slice(start, end),
            prefix: text.slice(Math.max(0, start - 32), start),
            suffix: text.slice(end, end + 32),
          },
          value: { kind: 'statement', value: m[0] },
          display: m[0],
          attribution: null,
          hedges: [],
        },
      ],
    });
  }
  return facts;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

/** Median milliseconds of `paint()` (text map, anchoring, registering) for one page and root. */
function timePaint(
  win: HappyWindow,
  root: Element,
  facts: RuntimeFact[],
  articleId: string,
  runs = RUNS,
): { ms: number; painted: number; wanted: number } {
  const doc = win.document as unknown as Document;
  const host = doc.createElement('div').attachShadow({ mode: 'open' });
  const h = createHighlighter({
    win: win as unknown as HighlighterOptions['win'],
    root,
    facts,
    articleId,
    cardHost: host,
    onOpenFact: () => {},
  });
  const times: number[] = [];
  // Every page's figure starts from a collected heap: otherwise the garbage of the pages measured before it (a
  // happy-dom window per page) is collected during its runs, and the page measured ninth looks five times slower.
  collectGarbage();
  let last = { painted: 0, missing: [] as string[] };
  for (let i = 0; i < WARMUP + runs; i++) {
    const t0 = performance.now();
    last = h.paint();
    if (i >= WARMUP) times.push(performance.now() - t0);
  }
  h.destroy();
  return { ms: median(times), painted: last.painted, wanted: last.painted + last.missing.length };
}

/** The same facts with one character inserted at the start of every quote, so only the approximate match finds them. */
function edited(facts: RuntimeFact[]): RuntimeFact[] {
  return facts.map((f) => ({
    ...f,
    claims: f.claims.map((c) => ({
      ...c,
      quote: { ...c.quote, exact: `x${c.quote.exact}` },
      figure: { start: c.figure.start + 1, end: c.figure.end + 1 },
    })),
  }));
}

function bodyOf(file: string): string {
  return /<body[^>]*>([\s\S]*)<\/body>/.exec(readFileSync(join(SITES, file), 'utf8'))![1]!;
}

/** A page of about `nodes` nodes of teasers and links, with the article's page body in the middle. */
function bigPage(articleBody: string, nodes: number): string {
  // Each teaser is 5 nodes: div, span, its text, a, its text.
  const teaser = (i: number) => `<div><span>Teaser ${i} about another story</span><a href="/s/${i}">read</a></div>`;
  const half = Math.floor(nodes / 10);
  const parts: string[] = [];
  for (let i = 0; i < half; i++) parts.push(teaser(i));
  parts.push(articleBody);
  for (let i = half; i < 2 * half; i++) parts.push(teaser(i));
  return parts.join('');
}

function countNodes(root: Node): number {
  let n = 0;
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    n++;
    for (let c = node.firstChild; c !== null; c = c.nextSibling) stack.push(c);
  }
  return n;
}

/** Runs the highlighter benchmarks. */
export default async function benchHighlight(): Promise<BenchResult[]> {
  const entries = JSON.parse(readFileSync(join(SITES, 'sites.json'), 'utf8')) as {
    file: string;
    article: string | null;
    kind: string;
  }[];
  // The publishers' own pages and archive captures; republished copies may trim paragraphs, and dynamic pages
  // write their article from a script, so both are left out.
  const pages = [
    ...new Map(
      entries
        .filter((e) => e.article !== null && e.kind !== 'republished' && e.kind !== 'dynamic')
        .map((e) => [e.file, e.article!]),
    ).entries(),
  ];
  let worst = 0;
  let worstFuzzy = 0;
  let painted = 0;
  let wanted = 0;
  for (const [file, article] of pages) {
    for (const fuzzy of [false, true]) {
      const win = pageWindow(bodyOf(file));
      const doc = win.document as unknown as Document;
      const root = doc.querySelector('article') ?? doc.body;
      const facts = factsFor(article);
      const r = timePaint(win, root, fuzzy ? edited(facts) : facts, article);
      await win.happyDOM.close();
      if (fuzzy) {
        worstFuzzy = Math.max(worstFuzzy, r.ms);
        continue;
      }
      worst = Math.max(worst, r.ms);
      painted += r.painted;
      wanted += r.wanted;
    }
  }

  const pri = bodyOf('www.pri.org/mali-real-war.html');
  const facts = factsFor('globalpost');
  const big = pageWindow(bigPage(pri, 100_000));
  const bigDoc = big.document as unknown as Document;
  const nodes = countNodes(bigDoc.body);
  const inArticle = timePaint(big, bigDoc.querySelector('article')!, facts, 'globalpost');
  await big.happyDOM.close();
  const big2 = pageWindow(bigPage(pri, 100_000));
  const wholeBody = timePaint(big2, big2.document.body as unknown as Element, facts, 'globalpost', 5);
  await big2.happyDOM.close();

  return [
    {
      name: 'anchor + paint all figures, story page (worst of pages, median)',
      value: round(worst),
      unit: 'ms',
      target: 5,
    },
    {
      name: 'same, every quote edited by one character (approximate match), worst page',
      value: round(worstFuzzy),
      unit: 'ms',
      target: 5,
    },
    {
      name: `figures found on the publishers' stored pages (${existsSync(INDEX) ? 'index claims' : 'seed numbers'})`,
      value: round((100 * painted) / Math.max(1, wanted)),
      unit: '%',
    },
    {
      name: `anchor + paint, article inside a ${nodes}-node page (median)`,
      value: round(inArticle.ms),
      unit: 'ms',
      target: 50,
    },
    { name: `anchor + paint, root = body of the ${nodes}-node page (median)`, value: round(wholeBody.ms), unit: 'ms' },
  ];
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const r of await benchHighlight()) {
    console.log(
      `${r.name}: ${r.value} ${r.unit}${r.target === undefined ? '' : ` (target ${r.unit === '%' ? '' : '< '}${r.target} ${r.unit})`}`,
    );
  }
}
