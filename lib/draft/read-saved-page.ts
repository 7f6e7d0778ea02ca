// Reads a saved news page for drafting: the article text (Mozilla's Readability finds it) and the metadata a
// reviewer would otherwise type: headline, publisher, dates, address, language. Takes a Document; never changes it.
import { Readability } from '@mozilla/readability';
import { blockText } from '../extract/block-text';
import { articleNode, jsonLdNodes } from '../extract/json-ld';

/** What drafting takes from one saved page. */
export interface SavedPage {
  text: string;
  headline: string | null;
  publisher: string | null;
  published: string | null;
  updated: string | null;
  /** The page's own address: canonical link, og:url or JSON-LD url, in that order. */
  url: string | null;
  language: string | null;
}

type JsonObject = Record<string, unknown>;

/** Reads a saved page's article text and metadata (text is "" when Readability finds no article). */
export function readSavedPage(doc: Document): SavedPage {
  const ld = articleNode(jsonLdNodes(doc));
  const meta = (selector: string) => doc.querySelector(selector)?.getAttribute('content')?.trim() || null;
  // Readability rewrites the tree it is given: it reads a copy. A document without an element (an empty file) has no
  // article, and Readability refuses it.
  const article = doc.documentElement ? new Readability(doc.cloneNode(true) as Document).parse() : null;
  let text = '';
  if (article?.content) {
    const holder = doc.createElement('div');
    holder.innerHTML = article.content;
    text = blockText(holder);
  }
  return {
    text: text === '' ? '' : `${text}\n`,
    headline: str(ld?.headline) ?? meta('meta[property="og:title"]') ?? article?.title?.trim() ?? null,
    publisher:
      str((ld?.publisher as JsonObject | undefined)?.name) ??
      meta('meta[property="og:site_name"]') ??
      article?.siteName ??
      null,
    published: isoTime(str(ld?.datePublished) ?? meta('meta[property="article:published_time"]') ?? timeAttribute(doc)),
    updated: isoTime(str(ld?.dateModified) ?? meta('meta[property="article:modified_time"]')),
    url:
      doc.querySelector('link[rel~="canonical"]')?.getAttribute('href') ??
      meta('meta[property="og:url"]') ??
      str(ld?.url),
    language: doc.documentElement?.getAttribute('lang')?.trim() || null,
  };
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function timeAttribute(doc: Document): string | null {
  return doc.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime') ?? null;
}

// An ISO day or date-time with a zone, as the data format wants it; anything else is unknown.
function isoTime(value: string | null): string | null {
  if (!value) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})$/.exec(value);
  return m ? `${m[1]}${m[2]!.length === 5 ? `${m[2]!.slice(0, 3)}:${m[2]!.slice(3)}` : m[2]}` : null;
}
