// Styles the pages opened in a tab (options, welcome, export) add after PAGES_CSS; the popup loads none of them.

/** What the pages opened in a tab (options, welcome, export) add after PAGES_CSS: the popup uses none of it. */
export const TAB_PAGES_CSS = `
.px-options { max-width: 40em; margin: 0 auto; padding: 1.5em 1em; }
.px-options section {
  border-top: 1px solid var(--px-line);
  padding-top: 0.9em;
  display: flex;
  flex-direction: column;
  gap: 0.75em;
}
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
.px-row { display: flex; flex-wrap: wrap; gap: 0.5em; }
.px-file { display: flex; flex-direction: column; gap: 0.35em; font-weight: 600; }
.px-file input { font-weight: normal; }
.px-problem { border-left: 3px solid var(--px-accent); padding-left: 0.6em; }
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
