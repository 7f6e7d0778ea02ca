// A corpus of real news grouped by event, one article per line ({"id","event","published","url","outlet",
// "headline","text"}), read and checked: a malformed line is an error naming it.
import { readFileSync } from 'node:fs';

/** One article of the corpus. */
export interface CorpusArticle {
  id: string;
  /** The event it reports, or null (an article of no indexed event: a negative). */
  event: string | null;
  /** ISO day, or null. */
  published: string | null;
  url: string | null;
  outlet: string | null;
  headline: string | null;
  /** Paragraphs separated by a blank line. */
  text: string;
}

/** A line that is not a corpus article, with its number. */
export class CorpusError extends Error {
  override name = 'CorpusError';
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);

/** Reads a corpus file; throws a CorpusError naming the first malformed line. */
export function readCorpus(path: string): CorpusArticle[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new CorpusError(`cannot read ${path}: ${(error as Error).message}`);
  }
  const seen = new Set<string>();
  return text.split('\n').flatMap((line, i) => {
    if (line.trim() === '') return [];
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch (error) {
      throw new CorpusError(`${path}:${i + 1}: not JSON (${(error as Error).message})`);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
      throw new CorpusError(`${path}:${i + 1}: an article is a JSON object, one per line`);
    const raw = parsed as Record<string, unknown>;
    const id = str(raw.id);
    const body = str(raw.text);
    if (!id || !body) throw new CorpusError(`${path}:${i + 1}: an article needs an "id" and a "text"`);
    if (seen.has(id)) throw new CorpusError(`${path}:${i + 1}: the id "${id}" is given twice`);
    seen.add(id);
    const published = str(raw.published)?.slice(0, 10) ?? null;
    return [
      {
        id,
        event: raw.event === null || raw.event === undefined ? null : String(raw.event),
        published: published && /^\d{4}-\d{2}-\d{2}$/.test(published) ? published : null,
        url: str(raw.url),
        outlet: str(raw.outlet),
        headline: str(raw.headline),
        text: body,
      },
    ];
  });
}

/**
 * Articles of each event in drafting order: by publication day, undated last, ties by id. Events without an id
 * (null) are not listed.
 */
export function byEvent(articles: readonly CorpusArticle[]): Map<string, CorpusArticle[]> {
  const events = new Map<string, CorpusArticle[]>();
  for (const a of articles) if (a.event !== null) events.set(a.event, [...(events.get(a.event) ?? []), a]);
  for (const list of events.values()) {
    list.sort((a, b) =>
      (a.published ?? '9999') < (b.published ?? '9999')
        ? -1
        : (a.published ?? '9999') > (b.published ?? '9999')
          ? 1
          : a.id < b.id
            ? -1
            : a.id > b.id
              ? 1
              : 0,
    );
  }
  return events;
}
