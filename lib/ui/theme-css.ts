// Colours, focus rings and shared controls (buttons, the switch) for the sidebar, popup and options page.

/** Colour tokens for light and dark schemes, scoped to `scope` (":host" in the sidebar, ":root" on pages). */
export function themeCss(scope: string): string {
  return `
${scope} {
  color-scheme: light dark;
  --px-bg: #ffffff; --px-fg: #1b1b1f; --px-muted: #545760; --px-line: #c9cbd1; --px-soft: #f3f4f6;
  --px-accent: #1a56c4; --px-focus: #1a56c4; --px-on-accent: #ffffff;
  --px-disputed: #a3232b; --px-disputed-bg: #fdecec; --px-agree: #1d6b36; --px-single: #4a4d55;
  --px-mark-bg: #ffe58a; --px-mark-fg: #1b1b1f; --px-own-bg: #eef3fd;
  --px-auto: #5b2a86; --px-auto-bg: #f5f0fc;
}
@media (prefers-color-scheme: dark) {
  ${scope} {
    --px-bg: #1b1c20; --px-fg: #eceef2; --px-muted: #b4b8c2; --px-line: #4a4d57; --px-soft: #26282e;
    --px-accent: #8db4ff; --px-focus: #8db4ff; --px-on-accent: #10131a;
    --px-disputed: #ff9d97; --px-disputed-bg: #3a2224; --px-agree: #8fdba5; --px-single: #c3c6ce;
    --px-mark-bg: #f2d262; --px-mark-fg: #15161a; --px-own-bg: #232c3d;
    --px-auto: #d2b8ff; --px-auto-bg: #2a2236;
  }
}
.px-sr {
  position: absolute !important; width: 1px !important; height: 1px !important; overflow: hidden !important;
  clip-path: inset(50%) !important; white-space: nowrap !important; margin: -1px !important; padding: 0 !important;
}
.px-muted { color: var(--px-muted); }
.px-button {
  font: inherit; font-size: 0.9em; color: var(--px-fg); background: var(--px-soft);
  border: 1px solid var(--px-line); border-radius: 0.375em; padding: 0.3em 0.7em; cursor: pointer;
  line-height: 1.4; text-align: start;
}
.px-button:hover { border-color: var(--px-muted); }
.px-button-primary { background: var(--px-accent); color: var(--px-on-accent); border-color: var(--px-accent); }
:focus { outline: none; }
:focus-visible, .px-button:focus-visible, a:focus-visible, input:focus-visible {
  outline: 0.1875em solid var(--px-focus); outline-offset: 0.125em;
}
.px-switch {
  display: flex; align-items: center; gap: 0.6em; width: 100%; font: inherit; color: inherit; text-align: start;
  background: none; border: 0; padding: 0.25em 0; cursor: pointer;
}
.px-switch[disabled] { cursor: default; opacity: 0.7; }
.px-switch-track {
  flex: none; position: relative; width: 2.25em; height: 1.25em; border-radius: 1em;
  border: 0.125em solid var(--px-muted); background: var(--px-bg); box-sizing: border-box;
}
.px-switch-thumb {
  position: absolute; top: 0.125em; left: 0.125em; width: 0.75em; height: 0.75em; border-radius: 50%;
  background: var(--px-muted);
}
.px-switch[aria-checked="true"] .px-switch-track { background: var(--px-accent); border-color: var(--px-accent); }
.px-switch[aria-checked="true"] .px-switch-thumb { left: auto; right: 0.125em; background: var(--px-on-accent); }
.px-switch-text { flex: 1; display: flex; flex-direction: column; }
.px-switch-hint { font-size: 0.9em; color: var(--px-muted); }
.px-switch-state { flex: none; font-size: 0.9em; font-weight: 700; color: var(--px-muted); }
`;
}
