// Builds TextQuoteSelector claims from an article's text, the way the index does, for anchoring tests.
import { Window } from 'happy-dom';
import type { RuntimeClaim } from '../../../lib/story/runtime-types';

/** A claim quoting `exact` (its `nth` occurrence in `text`) with 32 characters of context and `figure` inside it. */
export function quoteOf(
  text: string,
  exact: string,
  figure: string,
  nth = 0,
  figureNth = 0,
): Pick<RuntimeClaim, 'quote' | 'figure' | 'figureText'> {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(exact, at + 1);
    if (at === -1) throw new Error(`quote not in text: ${exact}`);
  }
  let start = -1;
  for (let i = 0; i <= figureNth; i++) {
    start = exact.indexOf(figure, start + 1);
    if (start === -1) throw new Error(`figure not in quote: ${figure}`);
  }
  return {
    quote: {
      exact,
      prefix: text.slice(Math.max(0, at - 32), at),
      suffix: text.slice(at + exact.length, at + exact.length + 32),
    },
    figure: { start, end: start + figure.length },
    figureText: figure,
  };
}

/** A fresh happy-dom document whose body is `html`. */
export function pageOf(html: string): Document {
  const win = new Window({ url: 'https://example.org/story' });
  win.document.body.innerHTML = html;
  return win.document as unknown as Document;
}
