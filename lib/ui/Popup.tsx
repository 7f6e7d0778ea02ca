// The toolbar popup's view: whether this page is a known article, a way to check it, the sidebar and highlighting.
import type { JSX } from 'preact';
import type { SidebarState, TabState } from '../messages';
import { ComparisonSection, type ComparisonSectionProps } from './ComparisonSection';
import { StoriesLink } from './StoriesLink';
import { Switch } from './Switch';

/** What the popup knows about the active tab. */
export type PopupView = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'tab'; state: TabState };

/** Props of the popup view; every action is a callback so the view never touches the browser. */
export interface PopupProps {
  view: PopupView;
  /** A check of this page is under way. */
  checking: boolean;
  highlightsOn: boolean;
  onToggleHighlights(on: boolean): void;
  /** Checks the page now (the reader's click grants access to it). */
  onCheck(): void;
  onSidebar(action: 'open' | 'close'): void;
  onOpenOptions(): void;
  /** The page's site, once the page has been checked: whether Parallax checks it by itself, or only on a click. */
  site?: SiteAccess | null;
  /** Asks for the site's optional permission (inside the click), so its pages are checked automatically. */
  onAlwaysCheck?(): void;
  /** Where the list of the stories Parallax knows is, and how to open it (a new tab); no link without them. */
  storiesHref?: string;
  onOpenStories?(): void;
  /** The reader's comparison of reports, and what its buttons do; no section without it. */
  comparison?: ComparisonSectionProps;
}

/** The site of the page in the active tab and whether its pages are checked without a click. */
export interface SiteAccess {
  /** The site's name as the reader knows it ("example.com"). */
  host: string;
  automatic: boolean;
  /** The reader has just allowed it from this popup. */
  justAllowed?: boolean;
}

function revisionText(state: TabState): string {
  return state.match?.revision ? `, revision ${state.match.revision}` : '';
}

function sidebarOpen(sidebar: SidebarState | null | undefined): boolean {
  return sidebar === 'open';
}

/** The message (spoken when it changes) and the actions that fit it. */
function content(props: PopupProps): { message: JSX.Element; actions: JSX.Element | null } {
  const { view, checking } = props;
  if (view.kind === 'loading') return { message: <p>Looking at this page…</p>, actions: null };
  if (view.kind === 'error') {
    return { message: <p>Parallax could not look at this page: {view.message}</p>, actions: null };
  }
  const { state } = view;
  if (state.unavailable) {
    return {
      message: <p>Parallax can’t check this page: browser pages and add-on stores are closed to extensions.</p>,
      actions: null,
    };
  }
  const checkButton = (label: string) => (
    <button type="button" class="px-button px-button-primary" disabled={checking} onClick={props.onCheck}>
      {checking ? 'Checking…' : label}
    </button>
  );
  if (!state.checked) {
    return { message: <p>Parallax hasn’t checked this page yet.</p>, actions: checkButton('Check this page') };
  }
  const open = sidebarOpen(state.sidebar);
  const sidebarButton = (
    <button type="button" class="px-button" onClick={() => props.onSidebar(open ? 'close' : 'open')}>
      {open ? 'Close the sidebar' : 'Open the sidebar'}
    </button>
  );
  // An automatic comparison (the reader's own, or an event match) marks the figures that differ.
  const automaticActions = (
    <>
      {sidebarButton}
      <Switch label="Highlight figures that differ" checked={props.highlightsOn} onChange={props.onToggleHighlights} />
    </>
  );
  if (state.comparison) {
    // The reader's own comparison, kept or just made: automatic, whatever else the page is.
    return {
      message: (
        <>
          <p>This page is a report in your comparison{state.comparison.kept ? ', which you kept' : ''}:</p>
          <p class="px-article">
            <strong>{state.comparison.title}</strong>
          </p>
          <p class="px-muted">
            Automatic: Parallax’s engine compared the figures of the {state.comparison.reports} reports you added; no
            one has reviewed them.
          </p>
        </>
      ),
      actions: automaticActions,
    };
  }
  if (!state.match && state.event) {
    const n = state.event.articles;
    const automatic = state.event.automatic === true;
    return {
      message: (
        <>
          <p>
            {automatic
              ? 'This page reports the event of your comparison:'
              : 'This page reports a story Parallax knows:'}
          </p>
          <p class="px-article">
            <strong>{state.event.title}</strong>
          </p>
          <p class="px-muted">
            Parallax has not reviewed this article. The sidebar compares its figures automatically with the{' '}
            {automatic
              ? `${n} reports of your comparison`
              : `${n === 1 ? 'reviewed article' : `${n} reviewed articles`} of the story`}
            .
          </p>
        </>
      ),
      actions: automaticActions,
    };
  }
  if (!state.match) {
    return {
      message: <p>Parallax doesn’t know this article.</p>,
      actions: (
        <>
          <StoriesLink href={props.storiesHref} onOpen={props.onOpenStories} />
          {checkButton('Check this page again')}
        </>
      ),
    };
  }
  return {
    message: (
      <>
        <p>Parallax knows this article:</p>
        {/* Where the index has no headline, the article is named by its publisher alone. */}
        {state.headline ? (
          <p class="px-article">
            <strong>{state.headline}</strong>
            <span class="px-muted">
              {' '}
              — {state.publisher ?? 'unknown publisher'}
              {revisionText(state)}
            </span>
          </p>
        ) : (
          <p class="px-article">
            <strong>{state.publisher ?? 'Unknown publisher'}</strong>
            <span class="px-muted">{revisionText(state)}</span>
          </p>
        )}
      </>
    ),
    actions: (
      <>
        {sidebarButton}
        <Switch label="Highlight disputed figures" checked={props.highlightsOn} onChange={props.onToggleHighlights} />
      </>
    ),
  };
}

/** After a check: the offer to check the page's site without a click, or word that it now is. */
function SiteOffer({ view, site, onAlwaysCheck }: PopupProps) {
  if (view.kind !== 'tab' || !view.state.checked || view.state.unavailable || !site || !onAlwaysCheck) return null;
  if (site.justAllowed) {
    return (
      <p class="px-stack px-muted" role="status">
        Parallax now checks pages on {site.host} as you open them. Settings lists the sites you allowed.
      </p>
    );
  }
  if (site.automatic) return null;
  return (
    <div class="px-stack px-site">
      <button type="button" class="px-button" onClick={onAlwaysCheck}>
        Always check pages on {site.host}
      </button>
      <p class="px-muted px-hint">
        Parallax looks at each page of this site in your browser; nothing is sent anywhere.
      </p>
    </div>
  );
}

/** The popup: a heading, what Parallax knows about this page, and a way to the settings. */
export function Popup(props: PopupProps) {
  const { message, actions } = content(props);
  return (
    <main class="px-page px-popup">
      <h1>Parallax</h1>
      <div class="px-stack" role="status">
        {message}
      </div>
      {actions ? <div class="px-stack">{actions}</div> : null}
      <SiteOffer {...props} />
      {props.comparison && props.view.kind === 'tab' ? <ComparisonSection {...props.comparison} /> : null}
      <button type="button" class="px-button px-link-button" onClick={props.onOpenOptions}>
        Settings
      </button>
    </main>
  );
}
