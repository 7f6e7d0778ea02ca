// The sidebar: the story, the reader's article, and each fact as every outlet reported it; collapses to a slim tab.
import type { VNode } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { RuntimeStory } from '../index/runtime-types';
import type { Settings } from '../settings/settings';
import { CoverageTable } from './CoverageTable';
import { FactCard } from './FactCard';
import { StoryHeader } from './StoryHeader';
import { Switch } from './Switch';
import { disputedCount, sortFacts } from './sidebar-model';

/** A request to bring one fact into view; `seq` changes on every request so the same fact can be asked twice. */
export interface FocusRequest {
  factId: string;
  seq: number;
}

/** Everything the sidebar needs; the caller owns state that outlives a render (collapse, highlights, settings). */
export interface SidebarProps {
  story: RuntimeStory;
  /** The article the reader is on (RuntimeArticle.id). */
  articleId: string;
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
  /** Draw only this many facts for now (the list says it is busy); omitted: all of them. */
  factLimit?: number;
}

type Filter = 'all' | 'disputed';

/** The sidebar as a `complementary` landmark labelled "Parallax". */
export function Sidebar(props: SidebarProps) {
  const { story, articleId, collapsed, focusRequest } = props;
  const [filter, setFilter] = useState<Filter>('all');
  const [showCoverage, setShowCoverage] = useState(false);
  const [focusedFact, setFocusedFact] = useState<string | null>(null);
  const root = useRef<HTMLElement>(null);
  // What to focus once the next render lands: the tab after collapsing, the collapse button after expanding.
  const pendingFocus = useRef<'tab' | 'collapse' | { fact: string } | null>(null);

  const facts = sortFacts(story.facts);
  const disputed = disputedCount(story);
  const shown = filter === 'disputed' ? facts.filter((f) => f.status === 'disputed') : facts;
  const limited = props.factLimit !== undefined && shown.length > props.factLimit;
  const listed = limited ? shown.slice(0, props.factLimit) : shown;
  // The same card element for the same fact across renders, so drawing the next batch of facts (or any other
  // re-render) does not diff the cards already drawn: Preact skips an element it has seen before.
  const cards = useMemo(() => new Map<string, VNode>(), [story, articleId, props.onShowFact]);
  const card = (fact: RuntimeStory['facts'][number]) => {
    const key = `${fact.id}\u0000${focusedFact === fact.id}`;
    let element = cards.get(key);
    if (!element) {
      element = (
        <FactCard
          key={fact.id}
          story={story}
          fact={fact}
          articleId={articleId}
          onShowFact={props.onShowFact}
          focused={focusedFact === fact.id}
        />
      );
      cards.set(key, element);
    }
    return element;
  };

  function setCollapsed(next: boolean, focusAfter: boolean): void {
    if (focusAfter) pendingFocus.current = next ? 'tab' : 'collapse';
    props.onCollapsedChange(next);
  }

  useEffect(() => {
    if (!focusRequest) return;
    const fact = story.facts.find((f) => f.id === focusRequest.factId);
    if (!fact) return;
    if (filter === 'disputed' && fact.status !== 'disputed') setFilter('all');
    pendingFocus.current = { fact: fact.id };
    setFocusedFact(fact.id);
    if (collapsed) setCollapsed(false, false);
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
      const card = Array.from(el.querySelectorAll<HTMLElement>('[data-fact]')).find((n) => n.dataset.fact === target.fact);
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
  }

  const side = props.settings.sidebarSide;
  if (collapsed) {
    return (
      <aside class="px-root px-collapsed" data-side={side} aria-label="Parallax" ref={root}>
        <button type="button" class="px-tab" aria-expanded="false" onClick={() => setCollapsed(false, true)}>
          <span class="px-tab-arrow" aria-hidden="true">
            {side === 'left' ? '›' : '‹'}
          </span>
          <span class="px-tab-name">Parallax</span>
          <span class="px-tab-count">
            <strong>{disputed}</strong> disputed<span class="px-sr"> {disputed === 1 ? 'figure' : 'figures'}. Open</span>
          </span>
        </button>
      </aside>
    );
  }

  return (
    <aside class="px-root" data-side={side} aria-label="Parallax" ref={root} onKeyDown={onKeyDown}>
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
        <StoryHeader story={story} articleId={articleId} revision={props.revision} />
        <div class="px-controls">
          <Switch
            label="Highlight disputed figures in the page"
            checked={props.highlightsOn}
            onChange={props.onToggleHighlights}
          />
          <fieldset class="px-filter">
            <legend>Show</legend>
            <label>
              <input type="radio" name="px-filter" checked={filter === 'all'} onChange={() => setFilter('all')} />
              All facts ({facts.length})
            </label>
            <label>
              <input
                type="radio"
                name="px-filter"
                checked={filter === 'disputed'}
                onChange={() => setFilter('disputed')}
              />
              Disputed only ({disputed})
            </label>
          </fieldset>
        </div>
        <section aria-labelledby="px-facts-heading">
          <h3 id="px-facts-heading">Facts</h3>
          {shown.length === 0 ? <p class="px-muted">No disputed figures in this story.</p> : null}
          <ul class="px-facts" aria-busy={limited ? 'true' : undefined}>
            {listed.map(card)}
          </ul>
        </section>
        <section aria-labelledby="px-coverage-heading" class="px-coverage">
          <h3 id="px-coverage-heading">Who reports what</h3>
          <button
            type="button"
            class="px-button"
            aria-expanded={showCoverage}
            aria-controls="px-coverage-table"
            onClick={() => setShowCoverage(!showCoverage)}
          >
            {showCoverage ? 'Hide the coverage table' : 'Show the coverage table'}
          </button>
          <div id="px-coverage-table" hidden={!showCoverage}>
            {showCoverage ? <CoverageTable story={story} facts={shown} articleId={articleId} /> : null}
          </div>
        </section>
      </div>
    </aside>
  );
}
