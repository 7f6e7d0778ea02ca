// Styles of the reader's own comparison in the sidebar: everything in the automatic style (violet, dashed lines),
// never the reviewed colours, so a reader never takes the engine's grouping for a reviewer's.

/** Rules for a sidebar showing an automatic story (`data-origin="automatic"` on its root) and its own sections. */
export const COMPARISON_CSS = `
.px-root[data-origin="automatic"] {
  --px-disputed: var(--px-auto); --px-disputed-bg: var(--px-auto-bg); --px-own-bg: var(--px-auto-bg);
}
.px-root[data-origin="automatic"] .px-fact,
.px-root[data-origin="automatic"] .px-lead,
.px-root[data-origin="automatic"] .px-row-own { border-style: dashed; }
.px-root[data-origin="automatic"] .px-row-own { outline-style: dashed; outline-color: var(--px-auto); }
.px-comparison > h3 { display: flex; flex-wrap: wrap; align-items: center; gap: 0.4em; }
.px-comparison > p { margin-top: 0.3em; font-size: 0.9em; }
.px-unmatched .px-auto-item mark.px-figure { text-decoration-style: dotted; }
`;
