// Styles of the number lines, from the theme's colour tokens so they follow light and dark; sizes in em so they
// grow with the reader's text size and zoom, and system colours when the reader forces their own.

/** Rules for NumberLine.tsx, placed in the sidebar's shadow root with the rest of its styles. */
export const NUMBER_LINE_CSS = `
.px-line { margin: 0.1em 0 0; }
.px-line-plot { position: relative; }
.px-line-grid-line { stroke: var(--px-line); stroke-width: 1; }
.px-line-gap { fill: var(--px-disputed-bg); }
.px-line-gap-edge { stroke: var(--px-disputed); stroke-width: 2; stroke-dasharray: 4 3; }
.px-line-row { padding: 0.2em 0 0; }
.px-line-who {
  display: flex; flex-wrap: wrap; align-items: baseline; gap: 0 0.45em;
  font-size: 0.8em; line-height: 1.3;
}
.px-line-outlet { font-weight: 700; }
.px-line-here { font-weight: 700; color: var(--px-accent); }
.px-line-figures { color: var(--px-muted); }
.px-line-track { display: block; width: 100%; height: 1.2em; overflow: visible; }
.px-line-track-base { stroke: var(--px-muted); stroke-width: 1; }
.px-line-point { fill: var(--px-fg); stroke: var(--px-bg); stroke-width: 1.5; }
.px-line-bar { fill: var(--px-fg); fill-opacity: 0.3; stroke: var(--px-fg); stroke-width: 1.5; }
.px-line-open { stroke-dasharray: 6 3; }
.px-line-point.px-line-own { fill: var(--px-accent); stroke: var(--px-bg); stroke-width: 2; }
.px-line-bar.px-line-own { fill: var(--px-accent); fill-opacity: 0.45; stroke: var(--px-accent); stroke-width: 2; }
.px-line-axis { display: block; width: 100%; height: 1.6em; overflow: visible; font-size: 0.8em; }
.px-line-axis-base, .px-line-axis-tick { stroke: var(--px-muted); stroke-width: 1; }
.px-line-axis text { fill: var(--px-muted); font: inherit; }
.px-line-key {
  display: flex;
  flex-wrap: wrap;
  gap: 0.15em 0.9em;
  font-size: 0.8em;
  color: var(--px-muted);
  margin-top: 0.1em;
}
.px-line-key-item { display: inline-flex; align-items: center; gap: 0.3em; }
.px-line-swatch { width: 1.2em; height: 0.9em; overflow: visible; }
.px-line-swatch-point circle { fill: var(--px-fg); }
.px-line-swatch-bar rect { fill: var(--px-fg); fill-opacity: 0.3; stroke: var(--px-fg); stroke-width: 1.5; }
.px-line-swatch-own-point circle { fill: var(--px-accent); }
.px-line-swatch-own rect { fill: var(--px-accent); fill-opacity: 0.45; stroke: var(--px-accent); stroke-width: 1.5; }
.px-line-swatch-gap rect {
  fill: var(--px-disputed-bg);
  stroke: var(--px-disputed);
  stroke-width: 1.5;
  stroke-dasharray: 3 2;
}
@media (forced-colors: active) {
  .px-line-point, .px-line-swatch-point circle { fill: CanvasText; stroke: Canvas; }
  .px-line-bar, .px-line-swatch-bar rect { fill: Canvas; stroke: CanvasText; }
  .px-line-point.px-line-own, .px-line-bar.px-line-own, .px-line-swatch-own-point circle { fill: var(--px-accent); }
.px-line-swatch-own rect { fill: Highlight; stroke: CanvasText; }
  .px-line-gap, .px-line-swatch-gap rect { fill: Canvas; stroke: CanvasText; }
  .px-line-gap-edge, .px-line-grid-line, .px-line-track-base, .px-line-axis-base, .px-line-axis-tick {
    stroke: CanvasText;
  }
  .px-line-axis text { fill: CanvasText; }
}
`;
