// Styles of the stories list (welcome and options pages) and of the welcome page, added after PAGES_CSS.

/** Rules for the stories list and its pack removal. */
export const STORIES_CSS = `
.px-stories, .px-story-articles { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; }
.px-stories { gap: 1em; }
.px-story-entry { border: 1px solid var(--px-line); border-radius: 0.5em; padding: 0.75em 0.9em; }
.px-story-articles { gap: 0.6em; border-top: 1px solid var(--px-line); padding-top: 0.6em; }
.px-story-article { display: flex; flex-direction: column; gap: 0.15em; }
.px-story-headline { font-style: italic; }
.px-story-links { align-items: center; column-gap: 1.25em; }
.px-story-links a { display: inline-flex; align-items: center; min-height: 2.75em; }
.px-disputed-count { color: var(--px-disputed); }
.px-tag-auto {
  font-size: 0.8em; font-weight: 600; padding: 0 0.45em; border-radius: 1em;
  border: 1px dashed var(--px-auto); color: var(--px-auto);
}
.px-confirm {
  border: 1px solid var(--px-disputed);
  border-radius: 0.375em;
  padding: 0.6em 0.75em;
  display: flex;
  flex-direction: column;
  gap: 0.5em;
}
.px-button-danger { color: var(--px-disputed); border-color: var(--px-disputed); font-weight: 600; }
.px-button { min-height: 2.75em; }
a { color: var(--px-accent); }
`;

/** Rules for the welcome page. */
export const WELCOME_CSS = `
.px-welcome { max-width: 46em; margin: 0 auto; padding: 1.5em 1em 3em; gap: 1.25em; }
.px-welcome h1 { font-size: 1.6em; }
.px-welcome-lead { font-size: 1.1em; }
.px-welcome-picture { margin: 0; display: flex; flex-direction: column; gap: 0.4em; }
.px-welcome-picture img { max-width: 100%; height: auto; border: 1px solid var(--px-line); border-radius: 0.5em; }
.px-welcome-picture figcaption { color: var(--px-muted); font-size: 0.9em; }
.px-welcome-steps { margin: 0; padding-inline-start: 1.25em; display: flex; flex-direction: column; gap: 0.35em; }
.px-welcome section, .px-welcome .px-stories-section { display: flex; flex-direction: column; gap: 0.75em; }
`;
