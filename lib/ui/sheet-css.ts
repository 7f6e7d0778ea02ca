// The sidebar's look as a bottom sheet (narrow windows, phones), inside its shadow root: a slim horizontal bar
// with the disputed count, a sheet with a grab handle, and controls at least 44 px tall for fingers. Only applies
// while the host carries data-layout="sheet"; the host's own box is set by the page-level rules.

/** Rules added to the sidebar's shadow root next to SIDEBAR_CSS. */
export const SHEET_CSS = `
:host([data-layout="sheet"]) .px-root {
  border-inline: 0; border-top: 1px solid var(--px-line); border-radius: 0.75em 0.75em 0 0;
  box-shadow: 0 -0.25em 1em rgba(0, 0, 0, 0.18);
}
:host([data-layout="sheet"]) .px-bar {
  touch-action: none; padding-top: 1em; border-radius: 0.75em 0.75em 0 0; cursor: grab;
}
:host([data-layout="sheet"]) .px-bar::before {
  content: ""; position: absolute; top: 0.35em; left: calc(50% - 1.25em); width: 2.5em; height: 0.3em;
  border-radius: 0.15em; background: var(--px-muted);
}
:host([data-layout="sheet"]) .px-collapsed { overflow: hidden; }
:host([data-layout="sheet"]) .px-tab {
  flex-direction: row; justify-content: center; gap: 0.75em; min-height: 44px; height: 100%; padding: 0 1em;
  border-bottom: 0; touch-action: none;
}
:host([data-layout="sheet"]) .px-tab-name, :host([data-layout="sheet"]) .px-tab-count {
  writing-mode: horizontal-tb;
  font-size: 1em;
}
:host([data-layout="sheet"]) .px-tab-arrow { transform: rotate(90deg); }
:host([data-layout="sheet"][data-side="left"]) .px-tab-arrow { transform: rotate(-90deg); }
:host([data-layout="sheet"]) .px-button,
:host([data-layout="sheet"]) .px-switch,
:host([data-layout="sheet"]) .px-cell,
:host([data-layout="sheet"]) .px-filter label,
:host([data-layout="sheet"]) .px-about > summary,
:host([data-layout="sheet"]) .plx-card-open { min-height: 44px; }
:host([data-layout="sheet"]) .px-button, :host([data-layout="sheet"]) .plx-card-open { min-width: 44px; }
:host([data-layout="sheet"]) .px-cell { display: inline-flex; align-items: center; }
:host([data-layout="sheet"]) .px-about > summary { display: flex; align-items: center; }
:host([data-layout="sheet"]) .px-link, :host([data-layout="sheet"]) .px-lead-link {
  display: inline-flex;
  align-items: center;
  min-height: 44px;
}
.px-mount.px-dragging { transition: none; }
.px-mount.px-settling { transition: transform 160ms ease-out; }
@media (prefers-reduced-motion: reduce) { .px-mount.px-settling { transition: none; } }
`;
