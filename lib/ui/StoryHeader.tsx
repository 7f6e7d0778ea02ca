// The story at the top of the sidebar: what happened, when, which article the reader is on, what its revisions changed.
import type { RuntimeStory } from '../story/runtime-types';
import {
  formatDate,
  formatDateRange,
  otherRevisions,
  outletLabel,
  pageSite,
  revisionChanges,
  wireNote,
} from './sidebar-model';

/**
 * Props: the story, the article the reader is on, the revision it was recognised as (null: unknown) and the page's
 * own address (naming a republishing site).
 */
export interface StoryHeaderProps {
  story: RuntimeStory;
  articleId: string | null;
  revision?: number | null;
  pageUrl?: string;
}

/** Title, summary, dates, "You are reading", and the changes between this article's revisions. */
export function StoryHeader({ story, articleId, revision, pageUrl }: StoryHeaderProps) {
  const own = story.articles.find((a) => a.id === articleId) ?? null;
  const note = own ? wireNote(own, pageSite(pageUrl)) : null;
  // The page's text is common to several revisions: say so rather than name one.
  const revisionUnknown = own?.revision != null && revision === null;
  const label = own && revisionUnknown ? `${own.publisher}, revision unknown` : own && outletLabel(own);
  const others = otherRevisions(story, articleId);
  const changes = revisionChanges(story, articleId);
  const date = own ? formatDate(own.updated ?? own.published) : null;
  return (
    // A <div>, not a <header>: some tools take a header inside a shadow root for the page's banner, and a page
    // with its own banner (a web archive's toolbar) would then have two.
    <div class="px-story">
      <h2 class="px-title">{story.title}</h2>
      <p class="px-dates">{formatDateRange(story.dates.start, story.dates.end)}</p>
      {/* What happened is one click away: the first screen belongs to this article's disputed figures. */}
      <details class="px-about">
        <summary>What happened</summary>
        <p class="px-summary">{story.summary}</p>
      </details>
      {own ? (
        <p class="px-reading">
          <span class="px-muted">You are reading: </span>
          <strong>{[label, date].filter(Boolean).join(', ')}</strong>
          {note ? <span class="px-muted"> ({note})</span> : null}
        </p>
      ) : null}
      {own && revisionUnknown ? (
        <p class="px-muted px-revision-unknown">
          This page shows only text that its revisions share, so which one it is cannot be told. Figures are shown as
          revision {own.revision?.number}, the latest, reports them.
        </p>
      ) : null}
      {others.length > 0 ? (
        <section class="px-revisions" aria-labelledby="px-revisions-heading">
          <h3 id="px-revisions-heading">Other revisions of this article</h3>
          <p>
            {others
              .map((a) => `revision ${a.revision?.number}`)
              .join(', ')
              .replace(/^r/, 'R')}{' '}
            also exist
            {others.length === 1 ? 's' : ''}.{changes.length === 0 ? ' No reported figure changed between them.' : ''}
          </p>
          {changes.length > 0 ? (
            <ul>
              {changes.map(({ fact, steps }) => (
                <li key={fact.id}>
                  <strong>{fact.label}:</strong>{' '}
                  {steps.map((s, i) => (
                    <span key={s.article.id}>
                      {i > 0 ? ' → ' : ''}
                      {s.figures.length ? s.figures.join(' and ') : 'not reported'}
                      <span class="px-muted"> (revision {s.revision})</span>
                    </span>
                  ))}
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
