// The cheap first look on every page of the matched hosts: a few DOM queries, no text extraction.

const ARTICLE_TYPES = /"@type"\s*:\s*(?:\[[^\]]*)?"(?:News|Reportage|Analysis|Opinion|Report|Scholarly|Tech)?Article"/;
// A page with a couple of long paragraphs may be an article behind a sign-in wall or in a reader view.
const LONG_PARAGRAPH_CHARS = 120;
const PARAGRAPHS_LOOKED_AT = 40;

/** Whether a page may be an article worth extracting (cheap DOM signals only). */
export function mayBeArticle(doc: Document): boolean {
  const ogType = doc.querySelector('meta[property="og:type"]')?.getAttribute('content');
  if (ogType && ogType.trim().toLowerCase() === 'article') return true;
  if (doc.querySelector('[itemprop="articleBody"]')) return true;
  // One or two <article> elements mark a story page; front pages wrap every card in one.
  const articles = doc.getElementsByTagName('article').length;
  if (articles > 0 && articles <= 2) return true;
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    if (ARTICLE_TYPES.test(scripts[i]?.textContent ?? '')) return true;
  }
  const ps = doc.getElementsByTagName('p');
  let long = 0;
  for (let i = 0; i < ps.length && i < PARAGRAPHS_LOOKED_AT; i++) {
    if ((ps[i]?.textContent ?? '').length >= LONG_PARAGRAPH_CHARS && ++long >= 2) return true;
  }
  return false;
}
