// An article saved as plain text (.txt, paragraphs separated by blank lines): which files are read so, the text as
// `npm run draft-story` keeps it (its line breaks made regular), and the metadata of a .json beside it (the data
// format's articles/<id>.json: publisher, headline, address, dates, and its `datedBy` day), which `detect` and
// `compare` read too.
import { existsSync, readFileSync } from 'node:fs';
import type { SavedPage } from '../../lib/draft/read-saved-page';

/** Whether a file is read as plain text rather than as a saved HTML page. */
export function isPlainTextFile(path: string): boolean {
  return /\.txt$/i.test(path);
}

/** The text with "\n" line breaks, no run of more than one blank line, and no space around it. */
export function plainText(raw: string): string {
  return raw
    .replace(/\r\n?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The metadata in the .json beside a .txt, or nothing when there is none or it cannot be read. */
export function siblingMeta(path: string): Partial<SavedPage> {
  const json = path.replace(/\.txt$/i, '.json');
  if (json === path || !existsSync(json)) return {};
  try {
    const m = JSON.parse(readFileSync(json, 'utf8')) as Record<string, unknown>;
    const text = (k: string) => (typeof m[k] === 'string' ? (m[k] as string) : null);
    const datedBy = (m.datedBy as { date?: unknown } | undefined)?.date;
    return {
      publisher: text('publisher'),
      headline: text('headline'),
      url: text('url'),
      language: text('language'),
      updated: text('updated'),
      published: text('published') ?? (typeof datedBy === 'string' ? datedBy : null),
    };
  } catch {
    return {};
  }
}
