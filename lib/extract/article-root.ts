// Finds the element that holds an article's body: the container whose paragraphs carry the most prose
// (in the manner of Readability's scoring, much simplified), widened to an enclosing <article> if it adds little.
import { isHidden, tagOf } from './block-text';

const MIN_PARAGRAPH_CHARS = 25;
// Prose in these is the page's, not the article's: a long comment thread must not outweigh a short story.
const NOT_ARTICLE = 'aside, nav, footer, form, [class*="comment"], [id*="comment"]';
const MIN_ROOT_CHARS = 140;

function linkChars(el: Element): number {
  let n = 0;
  const links = el.getElementsByTagName('a');
  for (let i = 0; i < links.length; i++) n += (links[i]?.textContent ?? '').length;
  return n;
}

/** Elements that read as paragraphs: <p>, and <div>s that hold text directly (<br>-separated prose). */
function paragraphs(doc: Document): Element[] {
  const found: Element[] = [...doc.getElementsByTagName('p')];
  const divs = doc.getElementsByTagName('div');
  for (let i = 0; i < divs.length; i++) {
    const div = divs[i] as Element;
    let direct = 0;
    for (let c = div.firstChild; c; c = c.nextSibling) if (c.nodeType === 3) direct += (c.nodeValue ?? '').trim().length;
    if (direct >= 60) found.push(div);
  }
  return found;
}

/** The element whose paragraphs carry the most prose, or null when no element carries enough. */
export function findProseContainer(doc: Document): Element | null {
  const scores = new Map<Element, number>();
  for (const p of paragraphs(doc)) {
    if (isHidden(p) || p.closest(NOT_ARTICLE)) continue;
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
