// The small card shown by a marked figure: what the fact is and how the other outlets gave it.
import type { CardContent } from './targets';

/** Props of the card: its content and what the button does. */
export interface FigureCardProps {
  content: CardContent;
  onOpen(factId: string): void;
}

// What the card's first line says for each kind of mark.
const STATUS: Record<CardContent['tone'], string> = {
  disputed: 'Outlets give different figures',
  agreed: 'Outlets agree on this figure',
  automatic: 'Automatic comparison: reviewed outlets give other figures',
};

// On a report of the reader's own comparison, nothing is reviewed: the others are the reports they added.
const COMPARED_STATUS = 'Automatic comparison: other reports give other figures';

/** Most outlets a card lists before it points to the sidebar for the rest. */
const MAX_OUTLETS = 5;

/** The hover card for one marked figure, rendered into Parallax's shadow root. */
export function FigureCard({ content, onOpen }: FigureCardProps) {
  const shown = content.others.slice(0, MAX_OUTLETS);
  const more = content.others.length - shown.length;
  return (
    // biome-ignore lint/a11y/useSemanticElements: a card of text and one button, not a form: a fieldset would be wrong
    <div class="plx-card" role="group" aria-label={`Parallax: ${content.label}`}>
      <p class="plx-card-status" data-tone={content.tone}>
        {content.compared ? COMPARED_STATUS : STATUS[content.tone]}
      </p>
      {content.compared ? (
        <p class="plx-card-auto">Your comparison: Parallax’s engine matched these figures; no one has reviewed them.</p>
      ) : content.tone === 'automatic' ? (
        <p class="plx-card-auto">Parallax has not reviewed this page: its engine matched this figure to the fact.</p>
      ) : null}
      <p class="plx-card-label">{content.label}</p>
      <p class="plx-card-here">
        {content.tone === 'automatic' ? 'This page' : 'This article'}: <strong>{content.figure}</strong>
      </p>
      {shown.length > 0 ? (
        <ul class="plx-card-others" aria-label="Other outlets">
          {shown.map((o) => (
            <li key={o.outlet}>
              {o.outlet}: <strong>{o.figures.join(', ')}</strong>
            </li>
          ))}
          {more > 0 ? <li>and {more} more</li> : null}
        </ul>
      ) : null}
      <button type="button" class="plx-card-open" onClick={() => onOpen(content.factId)}>
        Show in Parallax
      </button>
      <p class="plx-card-keys">Escape closes this card.</p>
    </div>
  );
}

/** The card's styles, scoped by class so they sit safely next to the sidebar's in the same shadow root. */
export const FIGURE_CARD_CSS = `
.plx-card-pos { position: fixed; z-index: 2147483647; max-width: 320px; }
.plx-live { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.plx-card { box-sizing: border-box; margin: 0; padding: 10px 12px; border: 1px solid #5c5c5c; border-radius: 6px;
  background: #ffffff; color: #1a1a1a; font: 14px/1.4 system-ui, sans-serif; box-shadow: 0 2px 10px rgba(0,0,0,.25); }
.plx-card p { margin: 0 0 4px; }
.plx-card-status {
  font-size: 12px;
  font-weight: 600;
  text-transform: uppercase;
  letter-spacing: .03em;
  color: #6b3a00;
}
.plx-card-status[data-tone="automatic"] { color: #5b2a86; }
.plx-card p.plx-card-auto { font-size: 12px; color: #4a4a4a; }
.plx-card-label { font-weight: 600; }
.plx-card-others { margin: 4px 0 8px; padding-left: 18px; }
.plx-card-open { font: inherit; padding: 4px 10px; border: 1px solid #1a1a1a; border-radius: 4px;
  background: #1a1a1a; color: #ffffff; cursor: pointer; }
.plx-card-open:focus-visible { outline: 3px solid #1f5fbf; outline-offset: 2px; }
.plx-card p.plx-card-keys { margin: 6px 0 0; font-size: 12px; color: #4a4a4a; }
.plx-card-pos:not(:focus-within) .plx-card-keys { display: none; }
@media (prefers-color-scheme: dark) {
  .plx-card { background: #1e1e1e; color: #f2f2f2; border-color: #8a8a8a; }
  .plx-card-status { color: #ffc266; }
  .plx-card-status[data-tone="automatic"] { color: #d2b8ff; }
  .plx-card p.plx-card-auto { color: #c8c8c8; }
  .plx-card-open { background: #f2f2f2; color: #1a1a1a; border-color: #f2f2f2; }
  .plx-card-open:focus-visible { outline-color: #8ab4ff; }
  .plx-card p.plx-card-keys { color: #c8c8c8; }
}
`;
