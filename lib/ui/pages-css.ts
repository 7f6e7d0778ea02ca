// Styles of the extension's own pages (the popup, and the options, welcome and export pages), in light and dark.
// The popup loads only these rules: what the pages opened in a tab add is in tab-pages-css.ts, so the popup stays small.
import { themeCss } from './theme-css';

/** The stylesheet text every page of the extension starts with (the popup's whole stylesheet). */
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
.px-stack { display: flex; flex-direction: column; gap: 0.5em; align-items: stretch; }
.px-stack > .px-button { text-align: center; }
.px-link-button { align-self: flex-start; }
.px-hint { font-size: 0.85em; margin: 0; }
.px-site-list { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 0.5em; }
.px-site-list li { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 0.5em; }
`;
