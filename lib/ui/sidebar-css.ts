// The sidebar's styles, as a string placed inside its shadow root (vitest turns imported .css into empty strings,
// so the styles live in a module that works the same in the build and in tests).
import { NUMBER_LINE_CSS } from './number-line-css';
import { themeCss } from './theme-css';

/** Every rule the sidebar needs; nothing leaks out of the shadow root, and inherited page styles are reset. */
export const SIDEBAR_CSS = `
/* The host's box (size, place, display) belongs to the page-level host rules. Only inherited properties are
   forced here: for !important rules the shadow tree wins over the page, so page rules on the host element
   cannot change what the sidebar inherits, while the host's layout stays the page-level rules' to set. */
:host { all: initial; display: block; }
:host {
  font: medium/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif !important;
  color: #1b1b1f !important; text-align: start !important; direction: ltr !important;
  visibility: visible !important; cursor: auto !important; letter-spacing: normal !important;
  word-spacing: normal !important; text-transform: none !important; text-indent: 0 !important;
  white-space: normal !important; text-shadow: none !important; writing-mode: horizontal-tb !important;
}
${themeCss('.px-mount')}
.px-mount {
  height: 100%; font: medium/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
  color: var(--px-fg); letter-spacing: normal; word-spacing: normal; text-transform: none; text-indent: 0;
  white-space: normal; font-style: normal; font-weight: 400; text-shadow: none; visibility: visible;
  text-align: start; direction: ltr; writing-mode: horizontal-tb;
}
*, *::before, *::after { box-sizing: border-box; }
.px-root {
  height: 100%; overflow-y: auto; overscroll-behavior: contain; background: var(--px-bg); color: var(--px-fg);
  border-inline-start: 1px solid var(--px-line); overflow-wrap: anywhere; font-size: 0.9375em;
}
.px-root[data-side="left"] { border-inline-start: 0; border-inline-end: 1px solid var(--px-line); }
h2, h3, h4, p, ul, figure, fieldset { margin: 0; padding: 0; }
ul { list-style: none; }
a { color: var(--px-accent); }
mark.px-figure {
  background: var(--px-mark-bg);
  color: var(--px-mark-fg);
  font-weight: 700;
  padding: 0 0.1em;
  border-radius: 0.15em;
}
.px-bar {
  position: sticky; top: 0; z-index: 1; display: flex; flex-wrap: wrap; align-items: center; gap: 0.5em;
  padding: 0.5em 0.75em; background: var(--px-soft); border-bottom: 1px solid var(--px-line);
}
.px-brand { font-weight: 700; margin-inline-end: auto; }
.px-body { padding: 0.75em; display: flex; flex-direction: column; gap: 0.8em; }
.px-story { display: flex; flex-direction: column; gap: 0.35em; }
.px-title { font-size: 1.15em; line-height: 1.3; }
.px-dates { color: var(--px-muted); font-size: 0.9em; }
.px-about > summary { cursor: pointer; color: var(--px-muted); font-size: 0.9em; width: fit-content; }
.px-about > p { margin-top: 0.25em; }
.px-reading { padding: 0.4em 0.6em; background: var(--px-own-bg); border-radius: 0.375em; }
.px-revisions { border: 1px solid var(--px-line); border-radius: 0.375em; padding: 0.5em 0.6em; }
.px-revisions h3 { margin-bottom: 0.25em; }
.px-revisions ul { margin-top: 0.25em; display: flex; flex-direction: column; gap: 0.25em; }
.px-lead { border: 1px solid var(--px-line); border-radius: 0.5em; padding: 0.55em 0.7em; }
.px-lead-disputed {
  border-color: var(--px-disputed);
  border-inline-start-width: 0.3em;
  background: var(--px-disputed-bg);
}
section.px-lead > h3 { font-size: 1em; line-height: 1.35; margin: 0; }
.px-lead-list {
  margin-top: 0.35em;
  display: flex;
  flex-direction: column;
  gap: 0.2em;
  list-style: disc;
  padding-inline-start: 1.2em;
}
.px-lead-link { font-weight: 700; }
.px-lead-here { font-size: 0.9em; }
.px-event {
  border: 1px solid var(--px-auto);
  border-inline-start-width: 0.3em;
  border-radius: 0.5em;
  padding: 0.55em 0.7em;
  background: var(--px-auto-bg);
}
section.px-event > h3 { font-size: 1em; margin: 0 0 0.25em; }
.px-event-articles {
  margin-top: 0.3em;
  display: flex;
  flex-direction: column;
  gap: 0.15em;
  list-style: disc;
  padding-inline-start: 1.2em;
  font-size: 0.9em;
}
.px-auto { border: 1px dashed var(--px-auto); border-radius: 0.5em; padding: 0.55em 0.7em; }
section.px-auto > h3 { margin-bottom: 0.25em; }
.px-auto-note { font-size: 0.9em; color: var(--px-muted); margin-bottom: 0.5em; }
.px-tag-auto { border-color: var(--px-auto); color: var(--px-auto); }
.px-auto-differs-note { font-size: 0.9em; font-weight: 700; color: var(--px-auto); }
.px-auto-list { display: flex; flex-direction: column; gap: 0.6em; }
.px-auto-item {
  display: flex;
  flex-direction: column;
  gap: 0.3em;
  padding: 0.45em 0.55em;
  border-radius: 0.375em;
  background: var(--px-auto-bg);
}
.px-auto-item mark.px-figure {
  background: transparent;
  color: inherit;
  text-decoration: underline dashed var(--px-auto) 0.125em;
  text-underline-offset: 0.2em;
}
.px-auto-differs { border-inline-start: 0.25em dashed var(--px-auto); }
.px-auto-outlets { font-size: 0.9em; display: flex; flex-direction: column; gap: 0.1em; }
.px-relation { font-size: 0.9em; color: var(--px-muted); }
.px-relation-differs { color: var(--px-auto); font-weight: 700; }
.px-controls { display: flex; flex-direction: column; gap: 0.5em; }
.px-choices {
  display: flex;
  flex-direction: column;
  gap: 0.35em;
  border: 1px solid var(--px-line);
  border-radius: 0.375em;
  padding: 0.4em 0.6em;
}
.px-filter { border: 0; padding: 0; display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.25em 0.9em; }
.px-filter legend {
  float: inline-start;
  font-size: 0.9em;
  color: var(--px-muted);
  padding: 0;
  margin-inline-end: 0.1em;
}
.px-filter label { display: inline-flex; align-items: center; gap: 0.35em; cursor: pointer; }
.px-filter input { margin: 0; accent-color: var(--px-accent); }
section > h3 { font-size: 1em; margin-bottom: 0.5em; }
.px-facts { display: flex; flex-direction: column; gap: 0.75em; }
.px-list-more { margin-top: 0.75em; }
.px-fact { border: 1px solid var(--px-line); border-radius: 0.5em; padding: 0.6em 0.7em; }
.px-brief { font-size: 0.9em; }
.px-fact > article { display: flex; flex-direction: column; gap: 0.45em; }
.px-fact-disputed { border-inline-start: 0.3em solid var(--px-disputed); }
.px-fact-focused { box-shadow: 0 0 0 0.1875em var(--px-focus); }
.px-fact-label { font-size: 1em; line-height: 1.35; }
.px-status { font-size: 0.9em; }
.px-shape { width: 1em; height: 1em; vertical-align: -0.15em; margin-inline-end: 0.3em; }
.px-status-disputed { color: var(--px-disputed); }
.px-status-consistent { color: var(--px-agree); }
.px-status-single-source { color: var(--px-single); }
.px-override {
  font-size: 0.9em;
  color: var(--px-muted);
  border-inline-start: 0.2em solid var(--px-line);
  padding-inline-start: 0.5em;
}
.px-show { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5em; font-size: 0.9em; }
.px-show .px-button { font-size: 1em; }
.px-show-status { color: var(--px-muted); }
.px-rows { display: flex; flex-direction: column; gap: 0.5em; }
.px-row {
  padding: 0.45em 0.55em;
  border-radius: 0.375em;
  background: var(--px-soft);
  display: flex;
  flex-direction: column;
  gap: 0.25em;
}
.px-row-own { background: var(--px-own-bg); outline: 1px solid var(--px-accent); }
.px-outlet { display: flex; flex-wrap: wrap; align-items: center; gap: 0.3em 0.45em; font-weight: 700; }
.px-tag {
  font-size: 0.8em;
  font-weight: 700;
  padding: 0 0.45em;
  border-radius: 1em;
  border: 1px solid var(--px-muted);
  color: var(--px-fg);
}
.px-tag-own { border-color: var(--px-accent); color: var(--px-accent); }
.px-tag-warn { border-color: var(--px-disputed); color: var(--px-disputed); }
.px-quote { quotes: "“" "”" "‘" "’"; }
.px-attribution { font-size: 0.8em; color: var(--px-muted); }
.px-link { font-size: 0.9em; align-self: flex-start; }
.px-table-wrap { overflow-x: auto; max-width: 100%; }
.px-table { border-collapse: collapse; font-size: 0.8em; min-width: 100%; overflow-wrap: normal; }
.px-table th[scope="row"] { min-width: 8em; }
.px-table caption { text-align: start; font-weight: 700; padding-bottom: 0.35em; }
.px-table th, .px-table td {
  border: 1px solid var(--px-line);
  padding: 0.25em 0.35em;
  text-align: start;
  vertical-align: top;
}
.px-table thead th { background: var(--px-soft); }
.px-table .px-col-own { background: var(--px-own-bg); }
.px-table-status { display: block; font-weight: 400; }
.px-table-status .px-shape { width: 0.9em; height: 0.9em; }
.px-table-disputed > th { border-inline-start: 0.25em solid var(--px-disputed); }
.px-cell {
  font: inherit; color: var(--px-accent); background: none; border: 0; padding: 0; cursor: pointer;
  text-align: start; text-decoration: underline; text-underline-offset: 0.15em;
}
.px-cell[aria-expanded="true"] { font-weight: 700; }
.px-table-quote > td { background: var(--px-soft); }
.px-table-quote-who { font-weight: 700; }
.px-collapsed { overflow: hidden; }
.px-tab {
  display: flex; flex-direction: column; align-items: center; gap: 0.5em; width: 100%; min-height: 8em;
  padding: 0.6em 0; font: inherit; color: var(--px-fg); background: var(--px-soft); border: 0;
  border-bottom: 1px solid var(--px-line); cursor: pointer;
}
.px-tab-name, .px-tab-count { writing-mode: vertical-rl; font-size: 0.9em; }
.px-tab-name { font-weight: 700; }
.px-tab-arrow { font-size: 1.25em; line-height: 1; }
.px-tab-count strong { color: var(--px-disputed); }
${NUMBER_LINE_CSS}`;
