// A corpus article laid out as a saved news page, as a publisher serves it: the headline in its JSON-LD, Open Graph
// and <h1>, the publication day in its JSON-LD (unless the evaluation removes dates), the paragraphs as <p>.
import type { CorpusArticle } from './corpus';

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The page's HTML; `published` null leaves every date out of the metadata. */
export function savedPageHtml(article: CorpusArticle, published: string | null): string {
  const ld: Record<string, unknown> = { '@context': 'https://schema.org', '@type': 'NewsArticle' };
  if (article.headline) ld.headline = article.headline;
  if (published) ld.datePublished = published;
  // A JSON-LD block inside <script> must not close the element early.
  const json = JSON.stringify(ld).replace(/</g, '\\u003c');
  const paragraphs = article.text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>${escapeHtml(article.headline ?? '')}</title>
${article.headline ? `<meta property="og:title" content="${escapeHtml(article.headline)}">` : ''}
<meta property="og:type" content="article">
<script type="application/ld+json">${json}</script>
</head><body><article>
${article.headline ? `<h1>${escapeHtml(article.headline)}</h1>` : ''}
${paragraphs}
</article></body></html>
`;
}
