// The report and near-miss corpus (tests/fixtures/reports/): each text with its reviewed figures located.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One expected figure as the corpus lists it. */
export interface ExpectedFigure {
  figure: string;
  occurrence?: number;
  fact: string | null;
  note?: string;
}

/** One corpus text. */
export interface ReportText {
  slug: string;
  kind: 'report' | 'near-miss';
  story: string | null;
  published: string | null;
  headline: string;
  url: string | null;
  text: string;
  expected: (ExpectedFigure & { start: number; end: number })[];
  differs: string[];
}

/** Reads every `<slug>.json` with its `<slug>.txt`; a figure that is not in its text is an error naming both. */
export function loadReports(dir: string): ReportText[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const slug = file.replace(/\.json$/, '');
      const meta = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Omit<
        ReportText,
        'slug' | 'text' | 'expected'
      > & { expected: ExpectedFigure[]; differs?: string[] };
      const text = readFileSync(join(dir, `${slug}.txt`), 'utf8');
      const expected = meta.expected.map((e) => ({ ...e, ...locate(text, e, slug) }));
      return { ...meta, slug, text, expected, differs: meta.differs ?? [], url: meta.url ?? null };
    });
}

function locate(text: string, e: ExpectedFigure, slug: string): { start: number; end: number } {
  let at = -1;
  for (let n = 0; n < (e.occurrence ?? 1); n++) {
    at = text.indexOf(e.figure, at + 1);
    if (at < 0)
      throw new Error(
        `tests/fixtures/reports/${slug}: figure "${e.figure}" (occurrence ${e.occurrence ?? 1}) is not in the text`,
      );
  }
  return { start: at, end: at + e.figure.length };
}
