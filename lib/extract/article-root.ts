// Finds the element that holds an article's body: the container whose paragraphs carry the most prose
// (in the manner of Readability's scoring, much simplified), widened to an enclosing <article> if it adds little.
import { isHidden, tagOf } from './block-text';

const MIN_PARAGRAPH_CHARS = 25;
// Prose in these is the page's, not the article's: a long comment thread must not outweigh a short story.
// NOT_ARTICLE: <aside>, <nav>, <footer>, <form>, and elements with "comment" in their class or id.
const MIN_ROOT_CHARS = 140;

function linkChars(el: Element): number {
  let n = 0;
  const links = el.getElementsByTagName('a');
  for (let i = 0; i < links.length; i++) n += (links[i]?.textContent ?? '').length;
  return n;
}

const NOT_ARTICLE_TAGS = new Set(['aside', 'nav', 'footer', 'form']);

/** Whether an element is one of NOT_ARTICLE (by tag, or "comment" in its class or id). */
function notArticle(el: Element): boolean {
  return (
    NOT_ARTICLE_TAGS.has(tagOf(el)) ||
    (el.getAttribute('class') ?? '').includes('comment') ||
    (el.getAttribute('id') ?? '').includes('comment')
  );
}

/**
 * Elements that read as paragraphs outside NOT_ARTICLE: every <p>, then every <div> that holds text directly
 * (<br>-separated prose). One walk over the elements that skips NOT_ARTICLE subtrees whole, so a page's
 * thousands of comments or its site index cost one look each, not one per node inside them.
 */
function paragraphs(doc: Document): Element[] {
  const ps: Element[] = [];
  const divs: Element[] = [];
  const start = doc.documentElement;
  let el: Element | null = start;
  while (el) {
    const tag = tagOf(el);
    const skip: boolean = el !== start && notArticle(el);
    if (!skip && tag === 'p') ps.push(el);
    else if (!skip && tag === 'div') {
      let direct = 0;
      for (let c = el.firstChild; c; c = c.nextSibling)
        if (c.nodeType === 3) direct += (c.nodeValue ?? '').trim().length;
      if (direct >= 60) divs.push(el);
    }
    // Next element in document order, not descending into a skipped subtree (nor into a <p>: no <p> nests).
    let next: Element | null = skip || tag === 'p' ? null : el.firstElementChild;
    for (let up: Element | null = el; !next && up && up !== start; up = up.parentElement) next = up.nextElementSibling;
    el = next;
  }
  return [...ps, ...divs];
}

/** The element whose paragraphs carry the most prose, or null when no element carries enough. */
export function findProseContainer(doc: Document): Element | null {
  const scores = new Map<Element, number>();
  for (const p of paragraphs(doc)) {
    if (isHidden(p)) continue;
    const text = (p.textContent ?? '').trim();
    if (text.length < MIN_PARAGRAPH_CHARS) continue;
    // Teasers and link lists are mostly link text: they are not the article's prose.
    const prose = text.length - linkChars(p);
    if (prose < text.length / 2) continue;
    const parent = p.parentElement;
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + prose);
    const grand = parent.parentElement;
    if (grand) scores.set(grand, (scores.get(grand) ?? 0) + prose / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return best && bestScore >= MIN_ROOT_CHARS ? best : null;
}

/** The element that holds the article body (for anchoring quotes only inside it), or null. */
export function findArticleRoot(doc: Document): Element | null {
  let best = findProseContainer(doc);
  if (!best) return null;
  // An enclosing <article> (or articleBody) that adds a headline or highlights but not a page of extras.
  const bestChars = (best.textContent ?? '').length;
  for (let up = best.parentElement, depth = 0; up && depth < 4; up = up.parentElement, depth++) {
    const tag = tagOf(up);
    if (tag === 'body' || tag === 'html') break;
    if (tag === 'article' || up.getAttribute('itemprop') === 'articleBody') {
      if ((up.textContent ?? '').length <= bestChars * 1.6) best = up;
      break;
    }
  }
  return best;
}
