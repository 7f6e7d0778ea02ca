// What a page says about itself that event recognition weighs: its headline and the day it was published, from
// its metadata (its JSON-LD article, Open Graph, article meta tags, a <time> element in the article). Read-only.
// One self-contained function: the background runs it in a page (scripting.executeScript) only once the page's
// words have made it a candidate report of a known story, so the content script injected on every checked page
// never carries it.

/** A page's headline and publication day (ISO `YYYY-MM-DD`), or null for each it does not give. */
export interface PageMeta {
  headline: string | null;
  published: string | null;
}

/** Reads the headline and publication day of a page; nothing outside this function is referred to. */
export function readPageMeta(doc: Document = document): PageMeta {
  const str = (value: unknown): string | null =>
    typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
  // The calendar day a date or date-time names as written ("2013-02-06T09:00:00Z" → "2013-02-06").
  const day = (value: string | null): string | null => {
    const m = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim()) : null;
    return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
  };
  const meta = (selector: string) => doc.querySelector(selector)?.getAttribute('content')?.trim() || null;
  // The page's own article in JSON-LD (a NewsArticle, Article, ReportageNewsArticle…), if any.
  let ld: Record<string, unknown> | null = null;
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length && !ld; i++) {
    let data: unknown;
    try {
      data = JSON.parse(scripts[i]?.textContent ?? '');
    } catch {
      continue;
    }
    const graph = (data as { '@graph'?: unknown } | null)?.['@graph'];
    for (const node of [data, ...(Array.isArray(graph) ? graph : [])].flat()) {
      const type = (node as Record<string, unknown> | null)?.['@type'];
      if ((Array.isArray(type) ? type : [type]).some((t) => typeof t === 'string' && /Article$/.test(t))) {
        ld = node as Record<string, unknown>;
        break;
      }
    }
  }
  const h1 = doc.querySelector('article h1, main h1, h1')?.textContent?.replace(/\s+/g, ' ').trim() || null;
  const headline = str(ld?.headline) ?? meta('meta[property="og:title"]') ?? h1;
  const published =
    day(str(ld?.datePublished)) ??
    day(meta('meta[property="article:published_time"]')) ??
    day(meta('meta[name="date"]')) ??
    day(meta('meta[itemprop="datePublished"]')) ??
    day(doc.querySelector('article time[datetime], main time[datetime]')?.getAttribute('datetime') ?? null);
  return { headline: headline && headline.length <= 300 ? headline : null, published };
}
