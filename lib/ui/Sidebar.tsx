// The sidebar: a shell (landmark, bar, collapse to a tab, focus) around small sections, top to bottom: the story,
// the summary of this article's disputed figures (on a page matched by its story: a notice that it is not reviewed
// and the page's own figures, compared automatically), the controls, then the facts as cards or as a table. As a
// bottom sheet, whose first half-screen is all a reader sees, the summary comes before the story.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { PageFigure } from '../event/page-figures';
import type { EventMatch } from '../event/recognise-event';
import type { RuntimeStory } from '../story/runtime-types';
import type { Settings } from '../settings/settings';
import { CollapsedTab } from './CollapsedTab';
import { ComparisonNotice } from './ComparisonNotice';
import { CoverageTable } from './CoverageTable';
import { DisputeSummary } from './DisputeSummary';
import { EventNotice } from './EventNotice';
import { FactControls, type FactFilter, type FactLayout } from './FactControls';
import { FactList } from './FactList';
import { PageFigures } from './PageFigures';
import { StoryHeader } from './StoryHeader';
import type { SidebarLayout } from './sheet-geometry';
import { UnmatchedFigures } from './UnmatchedFigures';
import { disputedCount, factView } from './sidebar-model';
import { useDrawnFacts } from './use-drawn-facts';
import { useListedFacts } from './use-listed-facts';

/** A request to bring one fact into view; `seq` changes on every request so the same fact can be asked twice. */
export interface FocusRequest {
  factId: string;
  seq: number;
}

/** Everything the sidebar needs; the caller owns state that outlives a render (collapse, highlights, settings). */
export interface SidebarProps {
  story: RuntimeStory;
  /** The article the reader is on (RuntimeArticle.id); null on a page that is none of the story's articles. */
  articleId: string | null;
  /** The page's own address: names the site a wire report is republished on. Absent in previews and tests. */
  pageUrl?: string;
  /**
   * Ids of the facts this page reports; by default those `articleId` makes a claim about. A page matched by its
   * event rather than as an indexed article passes the facts aligned with its own figures.
   */
  reportedFacts?: ReadonlySet<string>;
  /**
   * On a page matched by its story rather than as one of its reviewed articles: the match and the page's own figures,
   * shown as an automatic comparison (`articleId` is then null).
   */
  event?: { match: EventMatch; figures: readonly PageFigure[] };
  /**
   * Beside a report of the reader's own comparison (`story` is automatic, `articleId` the report): whether they kept
   * it. The sidebar then says it is automatic and lists the figures only this report gives.
   */
  comparison?: { kept: boolean };
  /**
   * The revision the page was recognised as (Match.revision): null for a revised article means the page could
   * not tell its revisions apart, and the sidebar says so. Omitted: the article's own revision.
   */
  revision?: number | null;
  settings: Settings;
  /** Persists a settings change (e.g. the remembered collapse). */
  onSettingsChange(patch: Partial<Settings>): void;
  highlightsOn: boolean;
  onToggleHighlights(on: boolean): void;
  /** Scrolls the page to the fact's figure; returns false when the figure is not in the page. */
  onShowFact(factId: string): boolean;
  collapsed: boolean;
  /** Called when the reader collapses or expands the sidebar (button, tab or Escape); the caller remembers it. */
  onCollapsedChange(collapsed: boolean): void;
  /** Closes the sidebar for this page; the close button is shown only when given. */
  onClose?(): void;
  focusRequest?: FocusRequest | null;
  /** A panel beside the page (default) or a bottom sheet over it (narrow windows). */
  layout?: SidebarLayout;
  /**
   * How many facts the first frame lists (default: what fits in it); the others join as the reader nears the end of
   * the list. A view that needs the whole list at once passes Infinity.
   */
  firstListed?: number;
}

type PendingFocus = 'tab' | 'collapse' | { fact: string } | null;

/** The sidebar as a `complementary` landmark labelled "Parallax". */
export function Sidebar(props: SidebarProps) {
  const { story, articleId, collapsed, focusRequest } = props;
  const [filter, setFilter] = useState<FactFilter>('all');
  const [layout, setLayout] = useState<FactLayout>('cards');
  const [focusedFact, setFocusedFact] = useState<string | null>(null);
  const root = useRef<HTMLElement>(null);
  // What to focus once the next render lands: the tab after collapsing, the collapse button after expanding, a fact.
  const pendingFocus = useRef<PendingFocus>(null);

  const view = useMemo(() => factView(story, articleId, props.reportedFacts), [story, articleId, props.reportedFacts]);
  const ids = useMemo(() => view.facts.map((f) => f.id), [view]);
  const disputed = useMemo(() => disputedCount(story), [story]);
  const shown = filter === 'disputed' ? view.facts.filter((f) => f.status === 'disputed') : view.facts;
  const factsSection = useRef<HTMLElement>(null);
  const cards = useDrawnFacts(factsSection, ids);
  // How many of the shown facts are listed: a few more whenever the reader nears the end of the list, all of them
  // as soon as a fact is asked for (a summary link, a mark in the page) or the reader moves by keyboard. Counted
  // over every fact the list may show (a filter shows fewer), so turning a filter off later finds them listed.
  const listEnd = useRef<HTMLParagraphElement>(null);
  const listed = useListedFacts(listEnd, ids.length, props.firstListed);
  const unlisted = shown.length - listed.count;
  // The same element while its inputs stay, so drawing more cards does not compute the story's header again.
  const header = useMemo(
    () => <StoryHeader story={story} articleId={articleId} revision={props.revision} pageUrl={props.pageUrl} />,
    [story, articleId, props.revision, props.pageUrl],
  );

  function setCollapsed(next: boolean, focusAfter: boolean): void {
    if (focusAfter) pendingFocus.current = next ? 'tab' : 'collapse';
    props.onCollapsedChange(next);
  }

  /** Shows a fact's card (cards view, no filter hiding it, expanded) and moves focus to its heading. */
  function openFact(factId: string): void {
    const fact = story.facts.find((f) => f.id === factId);
    if (!fact) return;
    if (filter === 'disputed' && fact.status !== 'disputed') setFilter('all');
    setLayout('cards');
    listed.listAll();
    cards.draw([fact.id]);
    pendingFocus.current = { fact: fact.id };
    setFocusedFact(fact.id);
    if (collapsed) setCollapsed(false, false);
  }

  /** The list's own button: every fact listed, focus on the first that was not (the button itself is gone). */
  function listOthers(firstNew: string): void {
    listed.listAll();
    pendingFocus.current = { fact: firstNew };
  }

  useEffect(() => {
    if (focusRequest) openFact(focusRequest.factId);
    // Only a new request should move focus, so the effect keys on the request alone.
  }, [focusRequest?.seq, focusRequest?.factId]);

  useEffect(() => {
    const target = pendingFocus.current;
    const el = root.current;
    if (!target || !el) return;
    let node: HTMLElement | null = null;
    if (target === 'tab') node = el.querySelector('.px-tab');
    else if (target === 'collapse') node = el.querySelector('.px-collapse');
    else {
      const card = Array.from(el.querySelectorAll<HTMLElement>('li[data-fact]')).find(
        (n) => n.dataset.fact === target.fact,
      );
      node = card?.querySelector('.px-fact-label') ?? null;
    }
    if (!node) return;
    pendingFocus.current = null;
    if (typeof node.scrollIntoView === 'function') node.scrollIntoView({ block: 'start' });
    node.focus();
  });

  function onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && !collapsed) {
      event.stopPropagation();
      setCollapsed(true, true);
    }
    // Moving by keyboard, the reader must be able to reach every card's links: list them all and draw them, a few
    // per task.
    if (event.key === 'Tab') {
      listed.listAll();
      cards.drawAll();
    }
  }

  /** Focus entering a brief card (a screen reader's focus, a click on its button) draws it in full. */
  function onFocusIn(event: FocusEvent): void {
    const card = (event.target as Element | null)?.closest?.('li[data-fact]') as HTMLElement | null | undefined;
    if (card?.dataset.fact) cards.draw([card.dataset.fact]);
  }

  const side = props.settings.sidebarSide;
  const sheet = props.layout === 'sheet';
  if (collapsed) {
    return (
      <aside
        class="px-root px-collapsed"
        data-side={side}
        data-origin={story.automatic ? 'automatic' : undefined}
        aria-label="Parallax"
        ref={root}
      >
        <CollapsedTab side={side} disputed={disputed} onExpand={() => setCollapsed(false, true)} />
      </aside>
    );
  }

  return (
    <aside
      class="px-root"
      data-side={side}
      data-origin={story.automatic ? 'automatic' : undefined}
      aria-label="Parallax"
      ref={root}
      onKeyDown={onKeyDown}
    >
      <div class="px-bar">
        <span class="px-brand">Parallax</span>
        <button
          type="button"
          class="px-button px-collapse"
          aria-expanded="true"
          aria-controls="px-body"
          onClick={() => setCollapsed(true, true)}
        >
          Collapse<span class="px-sr"> (Escape)</span>
        </button>
        {props.onClose ? (
          <button type="button" class="px-button" onClick={() => props.onClose?.()}>
            Close<span class="px-sr"> Parallax for this page</span>
          </button>
        ) : null}
      </div>
      <div class="px-body" id="px-body">
        {props.event ? <EventNotice story={story} /> : null}
        {props.comparison ? (
          <ComparisonNotice story={story} articleId={articleId} kept={props.comparison.kept} />
        ) : null}
        {sheet ? null : header}
        {props.event ? (
          <PageFigures
            story={story}
            figures={props.event.figures}
            onShowFact={props.onShowFact}
            onOpenFact={openFact}
          />
        ) : (
          <DisputeSummary facts={view.disputedHere} articleId={articleId} onOpenFact={openFact} />
        )}
        {sheet ? header : null}
        <FactControls
          highlightsOn={props.highlightsOn}
          onToggleHighlights={props.onToggleHighlights}
          filter={filter}
          onFilterChange={setFilter}
          layout={layout}
          onLayoutChange={setLayout}
          total={view.facts.length}
          disputed={disputed}
        />
        <section
          aria-labelledby="px-facts-heading"
          class="px-facts-section"
          data-layout={layout}
          ref={factsSection}
          onFocusIn={onFocusIn}
        >
          <h3 id="px-facts-heading">Facts</h3>
          {layout === 'cards' ? (
            <>
              <FactList
                story={story}
                facts={shown.slice(0, listed.count)}
                busy={listed.filling}
                articleId={articleId}
                onShowFact={props.onShowFact}
                focusedFact={focusedFact}
                drawn={cards.drawn}
                quotesDrawn={cards.quotesDrawn}
              />
              {unlisted > 0 ? (
                <p class="px-list-more" ref={listEnd}>
                  <button type="button" class="px-button" onClick={() => listOthers(shown[listed.count]!.id)}>
                    {unlisted === 1 ? 'List the last fact' : `List the other ${unlisted} facts`}
                  </button>
                </p>
              ) : null}
            </>
          ) : (
            <CoverageTable story={story} facts={shown} articleId={articleId} />
          )}
        </section>
        {props.comparison ? <UnmatchedFigures story={story} articleId={articleId} /> : null}
      </div>
    </aside>
  );
}
