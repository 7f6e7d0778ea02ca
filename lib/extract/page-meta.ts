// What a page says about itself that event recognition weighs: its headline and the day it was published, from
// its metadata (its JSON-LD article, Open Graph, article meta tags, a <time> element in the article). Read-only.
import { articleNode, type JsonLdNode, jsonLdNodes } from './json-ld';

/** A page's headline and publication day (ISO `YYYY-MM-DD`), or null for each it does not give. */
export interface PageMeta {
  headline: string | null;
  published: string | null;
}

// Longer than this, a "headline" is something else (a whole teaser, a page's text in a title attribute).
const MAX_HEADLINE = 300;

/** Reads the headline and publication day of a page, from its JSON-LD nodes when they have been read already. */
export function readPageMeta(doc: Document, nodes: readonly JsonLdNode[] = jsonLdNodes(doc)): PageMeta {
  const str = (value: unknown): string | null =>
    typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
  // The calendar day a date or date-time names as written ("2013-02-06T09:00:00Z" → "2013-02-06").
  const day = (value: string | null): string | null => {
    const m = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim()) : null;
    return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
  };
  const meta = (selector: string) => doc.querySelector(selector)?.getAttribute('content')?.trim() || null;
  const ld = articleNode(nodes);
  const h1 = doc.querySelector('article h1, main h1, h1')?.textContent?.replace(/\s+/g, ' ').trim() || null;
  const headline = str(ld?.headline) ?? meta('meta[property="og:title"]') ?? h1;
  const published =
    day(str(ld?.datePublished)) ??
    day(meta('meta[property="article:published_time"]')) ??
    day(meta('meta[name="date"]')) ??
    day(meta('meta[itemprop="datePublished"]')) ??
    day(doc.querySelector('article time[datetime], main time[datetime]')?.getAttribute('datetime') ?? null);
  return { headline: headline && headline.length <= MAX_HEADLINE ? headline : null, published };
}
