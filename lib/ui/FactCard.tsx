// One fact: its status, any reviewer's override, its figures drawn on one line, a button to find it in the page,
// and each outlet's own words. Until the card is about to be seen (lib/ui/use-drawn-facts.ts) it is drawn brief:
// the same heading, status and button, and the figures in one line of text instead of the line and the quotes; the
// quotes below a drawn card's line wait the same way, the figures' line of text standing in for them.
import { useState } from 'preact/hooks';
import type { RuntimeFact, RuntimeStory } from '../story/runtime-types';
import { NumberLine } from './NumberLine';
import { numberLine } from './number-line-model';
import { QuoteText } from './QuoteText';
import { StatusBadge, STATUS_TEXT } from './StatusBadge';
import { factBrief, outletLabel, outletRows, supersededAt, type OutletRow } from './sidebar-model';
import { cardKey, DRAW_KEY, quotesKey } from './use-drawn-facts';

/** Props of one fact card. */
export interface FactCardProps {
  story: RuntimeStory;
  fact: RuntimeFact;
  articleId: string | null;
  /** Scrolls the page to the fact's figure; false when the figure is not in the page. */
  onShowFact(factId: string): boolean;
  /** Set while this card is the target of a highlight click, for a visible cue. */
  focused?: boolean;
  /** Drawn in full (number line, each outlet's quotes and links); otherwise brief. Default true. */
  detail?: boolean;
  /** With `detail`, whether each outlet's quotes and links are drawn yet. Default true. */
  quotesDrawn?: boolean;
}

/** The host name a link leads to, without "www.", so the reader knows where they are going. */
function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

function Row({ story, row }: { story: RuntimeStory; row: OutletRow }) {
  const { article } = row;
  const later = supersededAt(story, article);
  return (
    <li class={row.isOwn ? 'px-row px-row-own' : 'px-row'}>
      <p class="px-outlet">
        <span class="px-outlet-name">{outletLabel(article)}</span>
        {row.isOwn ? <span class="px-tag px-tag-own">this article</span> : null}
        {row.contradictsItself ? <span class="px-tag px-tag-warn">contradicts itself</span> : null}
        {row.changedBetweenRevisions ? <span class="px-tag">changed between revisions</span> : null}
      </p>
      {row.claims.map((claim, i) => (
        <div class="px-claim" key={i}>
          <p class="px-quote-line">
            <QuoteText claim={claim} />
          </p>
          {claim.attribution ? <p class="px-attribution">Attributed in the text: {claim.attribution}</p> : null}
        </div>
      ))}
      {article.url && !row.isOwn ? (
        <a class="px-link" href={article.url} target="_blank" rel="noopener noreferrer">
          Read on {siteOf(article.url)}
          <span class="px-sr"> ({outletLabel(article)}, opens in a new tab)</span>
        </a>
      ) : null}
      {article.url && !row.isOwn && later ? (
        <p class="px-attribution">That address now shows revision {later.revision?.number}.</p>
      ) : null}
    </li>
  );
}

/** A fact with a row per outlet, the reader's own article first. */
export function FactCard({
  story,
  fact,
  articleId,
  onShowFact,
  focused,
  detail = true,
  quotesDrawn = true,
}: FactCardProps) {
  const [missing, setMissing] = useState(false);
  const rows = outletRows(story, fact, articleId);
  const ownReports = rows.some((r) => r.isOwn);
  const headingId = `px-fact-${fact.id}`;
  const line = detail ? numberLine(story, fact, articleId) : null;
  return (
    <li
      class={`px-fact px-fact-${fact.status}${focused ? ' px-fact-focused' : ''}${detail ? '' : ' px-fact-brief'}`}
      data-fact={fact.id}
      data-drawn={detail ? '' : undefined}
      {...{ [DRAW_KEY]: detail ? undefined : cardKey(fact.id) }}
    >
      <article aria-labelledby={headingId}>
        <h4 class="px-fact-label" id={headingId} tabIndex={-1}>
          {fact.label}
        </h4>
        <StatusBadge status={fact.status} />
        {fact.override ? (
          <p class="px-override">
            A reviewer set this to “{STATUS_TEXT[fact.override.status].name}”
            {fact.computedStatus !== fact.override.status
              ? ` (computed: “${STATUS_TEXT[fact.computedStatus].name}”)`
              : ''}
            . Reason: {fact.override.reason}
          </p>
        ) : null}
        {line ? <NumberLine model={line} /> : null}
        {detail ? null : <p class="px-brief">{factBrief(fact, rows)}</p>}
        <div class="px-show">
          {ownReports ? (
            <>
              <button type="button" class="px-button" onClick={() => setMissing(!onShowFact(fact.id))}>
                Show in page<span class="px-sr">: {fact.label}</span>
              </button>
              <span class="px-show-status" role="status">
                {missing ? 'Not in this page.' : ''}
              </span>
            </>
          ) : (
            <p class="px-muted">This article does not report this.</p>
          )}
        </div>
        {detail && quotesDrawn ? (
          <ul class="px-rows" aria-label={`What each outlet reported: ${fact.label}`}>
            {rows.map((row) => (
              <Row story={story} row={row} key={row.article.id} />
            ))}
          </ul>
        ) : null}
        {detail && !quotesDrawn ? (
          <p class="px-brief" {...{ [DRAW_KEY]: quotesKey(fact.id) }}>
            {factBrief(fact, rows)}
          </p>
        ) : null}
      </article>
    </li>
  );
}
