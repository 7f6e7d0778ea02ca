// Styles of the extension's own pages (the popup and the options page), in light and dark.
import { themeCss } from './theme-css';

/** The stylesheet text for the popup and the options page. */
export const PAGES_CSS = `
${themeCss(':root')}
*, *::before, *::after { box-sizing: border-box; }
html { background: var(--px-bg); color: var(--px-fg); }
body { margin: 0; font: medium/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; }
h1 { font-size: 1.25em; margin: 0; }
h2 { font-size: 1.05em; margin: 0 0 0.5em; }
p { margin: 0; }
.px-page { display: flex; flex-direction: column; gap: 0.9em; padding: 1em; overflow-wrap: anywhere; }
.px-popup { width: 22em; max-width: 100%; }
.px-options { max-width: 40em; margin: 0 auto; padding: 1.5em 1em; }
.px-options section {
  border-top: 1px solid var(--px-line);
  padding-top: 0.9em;
  display: flex;
  flex-direction: column;
  gap: 0.75em;
}
.px-stack { display: flex; flex-direction: column; gap: 0.5em; align-items: stretch; }
.px-stack > .px-button { text-align: center; }
.px-link-button { align-self: flex-start; }
.px-choice {
  border: 1px solid var(--px-line);
  border-radius: 0.375em;
  padding: 0.4em 0.75em 0.6em;
  margin: 0;
  display: flex;
  flex-wrap: wrap;
  gap: 0.35em 1.25em;
}
.px-choice legend { padding: 0 0.25em; font-weight: 600; }
.px-choice label { display: inline-flex; align-items: center; gap: 0.4em; cursor: pointer; }
.px-choice input { margin: 0; accent-color: var(--px-accent); }
.px-status-line { min-height: 1.5em; color: var(--px-muted); }
h3 { font-size: 1em; margin: 0; }
.px-muted { color: var(--px-muted); }
.px-row { display: flex; flex-wrap: wrap; gap: 0.5em; }
.px-file { display: flex; flex-direction: column; gap: 0.35em; font-weight: 600; }
.px-file input { font-weight: normal; }
.px-problem { border-left: 3px solid var(--px-accent); padding-left: 0.6em; }
.px-hint { font-size: 0.85em; margin: 0; }
.px-site-list { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 0.5em; }
.px-site-list li { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 0.5em; }
.px-pack-list { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 0.75em; }
.px-pack {
  border: 1px solid var(--px-line);
  border-radius: 0.375em;
  padding: 0.6em 0.75em;
  display: flex;
  flex-direction: column;
  gap: 0.4em;
}
`;
