// The reader's comparison: comparing five reports of one event of 1,500 words or more each, as the background does
// on "Compare" (drafting, the data build's checks with drafts allowed, the cut to what the engine is sure of); and
// the size of the toolbar popup that offers it. The reports are our own texts of one event: each of the reviewed
// Mali story's five articles followed by other outlets' reports of it (tests/fixtures/reports) until it is 1,500
// words long, so each is a long report dense with the event's figures.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { compareReports } from '../../lib/compare/compare-reports';
import type { Report } from '../../lib/compare/report';
import type { BenchOutput, BenchResult } from './types';

const ROOT = join(import.meta.dirname, '..', '..');
const STORY = join(ROOT, 'data/stories/mali-offensive-2013');
const REPORTS = join(ROOT, 'tests/fixtures/reports');
const WORDS = 1500;
const RUNS = 7;

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** Five reports of one event, each at least 1,500 words. */
export function fiveReports(): Report[] {
  const articles = (JSON.parse(readFileSync(join(STORY, 'story.json'), 'utf8')) as { articles: string[] }).articles;
  const others = readdirSync(REPORTS)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .filter((f) => (JSON.parse(readFileSync(join(REPORTS, f), 'utf8')) as { kind?: string }).kind === 'report')
    .map((f) => readFileSync(join(REPORTS, f.replace(/\.json$/, '.txt')), 'utf8').trim());
  let next = 0;
  return articles.slice(0, 5).map((id, i) => {
    const meta = JSON.parse(readFileSync(join(STORY, 'articles', `${id}.json`), 'utf8')) as {
      publisher: string;
      headline: string | null;
      published: string | null;
    };
    const parts = [readFileSync(join(STORY, 'articles', `${id}.txt`), 'utf8').trim()];
    while (words(parts.join('\n\n')) < WORDS) parts.push(others[next++ % others.length]!);
    const url = `https://www.outlet${i + 1}.example/report`;
    return {
      id: `outlet${i + 1}-example`,
      url,
      urls: [url],
      outlet: `outlet${i + 1}.example`,
      headline: meta.headline ?? meta.publisher,
      published: meta.published?.slice(0, 10) ?? null,
      text: parts.join('\n\n'),
      added: Date.UTC(2013, 1, 6, 12, i),
    };
  });
}

/** The files a built page loads: the scripts and stylesheets its HTML names, and every chunk they import. */
export function pageFiles(dir: string, htmlFile: string): { loaded: string[]; later: string[] } {
  const html = readFileSync(join(dir, htmlFile), 'utf8');
  const named = [...html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  const loaded = new Set<string>();
  const later = new Set<string>();
  const visit = (file: string, into: Set<string>) => {
    if (loaded.has(file) || into.has(file)) return;
    into.add(file);
    if (!file.endsWith('.js')) return;
    const code = readFileSync(join(dir, file), 'utf8');
    const base = file.slice(0, file.lastIndexOf('/') + 1);
    // Static imports load with the page; a dynamic import() only when the code that asks for it runs.
    for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*["'`]\.\/([^"'`]+)["'`]/g)) visit(base + m[1], into);
    for (const m of code.matchAll(/\bimport\(\s*["'`]\.\/([^"'`]+)["'`]\s*\)/g)) visit(base + m[1], later);
  };
  for (const file of named) visit(file, loaded);
  return { loaded: [...loaded], later: [...later].filter((f) => !loaded.has(f)) };
}

function popupSize(): BenchResult[] {
  const dir = join(ROOT, '.output/chrome-mv3');
  if (!existsSync(join(dir, 'popup.html'))) {
    process.stderr.write('bench: no built popup: run `npm run build` for its size\n');
    return [];
  }
  // Every script and stylesheet the popup page loads when it opens (its styles are text in its script), minified as
  // built; what it could load later by import() is counted apart.
  const { loaded, later } = pageFiles(dir, 'popup.html');
  const bytes = (files: string[]) => files.reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
  const gzipped = gzipSync(Buffer.concat(loaded.map((f) => readFileSync(join(dir, f))))).length;
  return [
    {
      name: `popup, every script and style it loads (chrome-mv3, minified, ${loaded.length} files)`,
      value: bytes(loaded) / 1024,
      unit: 'KB',
      target: 30,
    },
    { name: 'popup, the same gzipped together', value: gzipped / 1024, unit: 'KB' },
    {
      name: `popup, what it may load later by import() (${later.length} files)`,
      value: bytes(later) / 1024,
      unit: 'KB',
    },
  ];
}

/** Runs the comparison figures; `compare.fiveReportsMs` is the median of the runs after a first, cold one. */
export default async function (): Promise<BenchOutput> {
  const reports = fiveReports();
  const made = new Date(Date.UTC(2013, 1, 6, 13));
  // Wall time, and the process's CPU time over the same run: on a machine shared with other work the wall time
  // counts the waits for a core too, which the CPU time does not.
  const time = () => {
    const cpu = process.cpuUsage();
    const start = performance.now();
    const result = compareReports(reports, made);
    const ms = performance.now() - start;
    const used = process.cpuUsage(cpu);
    if (!result.ok) throw new Error(result.problem);
    return { ms, cpuMs: (used.user + used.system) / 1000, facts: result.story.facts.length };
  };
  const first = time();
  const runs = Array.from({ length: RUNS }, time);
  const middle = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const median = middle(runs.map((r) => r.ms));
  const cpuMedian = middle(runs.map((r) => r.cpuMs));
  const shortest = Math.min(...reports.map((r) => words(r.text)));
  const popup = popupSize();
  return {
    figures: [
      {
        name: `compare five reports of one event (${shortest}+ words each: ${first.facts} facts shown), median of ${RUNS}`,
        value: median,
        unit: 'ms',
        target: 300,
      },
      { name: 'same, CPU time of the process (median)', value: cpuMedian, unit: 'ms' },
      { name: 'same, the first comparison after start (cold)', value: first.ms, unit: 'ms' },
      ...popup,
    ],
    compare: {
      fiveReportsMs: median,
      fiveReportsCpuMs: cpuMedian,
      fiveReportsFirstMs: first.ms,
      ...(popup.length > 0
        ? { popupKB: popup[0]!.value, popupGzipKB: popup[1]!.value, popupLaterKB: popup[2]!.value }
        : {}),
    },
  };
}
