// A fact's figures drawn on one scale: a row per outlet, an exact figure a point, a hedged one a bar over its
// interval, the reader's article marked, gaps between figures that cannot both be true shaded. The drawing is
// hidden from assistive technology; its caption says the same thing in words.
import type { LineMark, NumberLineModel } from './number-line-model';
import { percentAt } from './line-scale';

/** Props: the model of one fact's line (lib/ui/number-line-model.ts). */
export interface NumberLineProps {
  model: NumberLineModel;
}

const pct = (n: number) => `${n.toFixed(2)}%`;
// A bar narrower than this would vanish; it stays visible as a sliver.
const MIN_BAR = 0.8;

function Mark({ model, mark, own }: { model: NumberLineModel; mark: LineMark; own: boolean }) {
  const cls = own ? ' px-line-own' : '';
  if (mark.exact) {
    const at = model.scale === 'time' ? (mark.lo + mark.hi) / 2 : mark.lo;
    return <circle class={`px-line-point${cls}`} cx={pct(percentAt(model, at))} cy="50%" r={own ? 6 : 5} />;
  }
  const from = percentAt(model, mark.lo);
  const to = mark.open ? 100 : percentAt(model, mark.hi);
  return (
    <rect
      class={`px-line-bar${cls}${mark.open ? ' px-line-open' : ''}`}
      x={pct(from)}
      width={pct(Math.max(to - from, MIN_BAR))}
      y="22%"
      height="56%"
      rx="3"
    />
  );
}

function Axis({ model }: { model: NumberLineModel }) {
  return (
    <svg class="px-line-axis" focusable="false" aria-hidden="true">
      <line class="px-line-axis-base" x1="0" x2="100%" y1="1" y2="1" />
      {model.ticks.map((t) => {
        const at = percentAt(model, t.at);
        // Labels at the ends are anchored inwards so none is cut off.
        const anchor = at < 10 ? 'start' : at > 90 ? 'end' : 'middle';
        return (
          <g key={t.at}>
            <line class="px-line-axis-tick" x1={pct(at)} x2={pct(at)} y1="1" y2="6" />
            <text x={pct(at)} y="1.45em" text-anchor={anchor}>
              {t.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

function Key({ model }: { model: NumberLineModel }) {
  const marks = model.rows.flatMap((r) => r.marks);
  const items: [string, string][] = [];
  if (marks.some((m) => m.exact)) items.push(['point', model.scale === 'time' ? 'one day' : 'one figure']);
  if (marks.some((m) => !m.exact)) items.push(['bar', 'the range the words allow']);
  const own = model.rows.find((r) => r.isOwn);
  if (own) items.push([own.marks.every((m) => m.exact) ? 'own-point' : 'own', 'this article']);
  if (model.gaps.length > 0) items.push(['gap', 'gap: these figures cannot all be true']);
  return (
    <p class="px-line-key">
      {items.map(([kind, text]) => (
        <span class="px-line-key-item" key={kind}>
          <svg class={`px-line-swatch px-line-swatch-${kind}`} viewBox="0 0 14 10" focusable="false" aria-hidden="true">
            {kind === 'point' || kind === 'own-point' ? (
              <circle cx="7" cy="5" r="4" />
            ) : kind === 'gap' ? (
              <rect x="3" y="0" width="8" height="10" />
            ) : (
              <rect x="0" y="2" width="14" height="6" rx="2" />
            )}
          </svg>
          {text}
        </span>
      ))}
    </p>
  );
}

/** Tick lines and the gaps of a dispute, drawn behind each row's marks so they never cross the row's words. */
function Grid({ model }: { model: NumberLineModel }) {
  return (
    <g class="px-line-grid">
      {model.ticks.map((t) => {
        const at = pct(percentAt(model, t.at));
        return <line key={t.at} class="px-line-grid-line" x1={at} x2={at} y1="0" y2="100%" />;
      })}
      {model.gaps.map((g) => {
        const from = percentAt(model, g.from);
        const to = percentAt(model, g.to);
        // A wide gap is shaded between dashed edges; figures that only touch (two different days) get one divider.
        const edges = to - from > 0.5 ? [from, to] : [(from + to) / 2];
        return (
          <g key={`${g.from}-${g.to}`}>
            {edges.length === 2 ? (
              <rect class="px-line-gap" x={pct(from)} width={pct(to - from)} y="0" height="100%" />
            ) : null}
            {edges.map((x) => (
              <line key={x} class="px-line-gap-edge" x1={pct(x)} x2={pct(x)} y1="0" y2="100%" />
            ))}
          </g>
        );
      })}
    </g>
  );
}

/** A number line or time line with its text alternative as the figure's caption. */
export function NumberLine({ model }: NumberLineProps) {
  return (
    <figure class="px-line" data-scale={model.scale}>
      <div aria-hidden="true">
        <div class="px-line-plot">
          {model.rows.map((row) => (
            <div class={row.isOwn ? 'px-line-row px-line-row-own' : 'px-line-row'} key={row.articleId}>
              <p class="px-line-who">
                <span class="px-line-outlet">{row.outlet}</span>
                {row.isOwn ? <span class="px-line-here">this article</span> : null}
                <span class="px-line-figures">{row.marks.flatMap((m) => m.figures).join(' · ')}</span>
              </p>
              <svg class="px-line-track" focusable="false" aria-hidden="true">
                <Grid model={model} />
                <line class="px-line-track-base" x1="0" x2="100%" y1="50%" y2="50%" />
                {row.marks.map((mark, i) => (
                  <Mark key={i} model={model} mark={mark} own={row.isOwn} />
                ))}
              </svg>
            </div>
          ))}
        </div>
        <Axis model={model} />
        <Key model={model} />
      </div>
      <figcaption class="px-sr">{model.summary}</figcaption>
    </figure>
  );
}
