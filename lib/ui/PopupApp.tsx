// The popup's behaviour: ask about the active tab, check it at once if it has not been checked, and act on clicks.
import { useEffect, useState } from 'preact/hooks';
import type { ComparisonReply, ComparisonRequest, ComparisonState, SidebarState, TabState } from '../messages';
import type { SettingsStore } from '../settings/settings-store';
import type { ComparisonAction } from './ComparisonSection';
import { Popup, type PopupView } from './Popup';

/** What the popup needs from the browser; the entrypoint builds it from `browser`, tests from fakes. */
export interface PopupApi {
  /** The active tab's id, or null when there is none. */
  activeTabId(): Promise<number | null>;
  tabState(tabId: number): Promise<TabState>;
  checkTab(tabId: number): Promise<TabState>;
  /** Asks the tab's content script to open or close the sidebar; its new state, or null when it has none. */
  sidebar(tabId: number, action: 'open' | 'close'): Promise<SidebarState | null>;
  settings: SettingsStore;
  openOptions(): void;
  /** The site of the tab's page and whether Parallax checks it without a click; null for a page with no site. */
  siteAccess?(tabId: number): Promise<{ host: string; pattern: string; automatic: boolean } | null>;
  /** Asks the browser for access to one site (the reader's click grants the request); whether it was granted. */
  allowSite?(pattern: string): Promise<boolean>;
  /** The address of the stories list, and opening it in a tab. */
  storiesUrl?: string;
  openStories?(): void;
  /** The reader's comparison of reports (no section without it). */
  comparison?: ComparisonApi;
}

/** What the popup's comparison section needs from the browser. */
export interface ComparisonApi {
  /** Sends one request to the background's comparison. */
  request(message: ComparisonRequest): Promise<ComparisonReply>;
  /** Asks for access to these sites (inside the reader's click); whether it was granted. */
  allowSites(patterns: string[]): Promise<boolean>;
  /** Opens the page that saves the comparison as a story pack. */
  openExport(): void;
}

const NO_TAB: TabState = { checked: false, match: null, headline: null, publisher: null, unavailable: true };

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The popup wired to an API: opening it checks the page (one click on the toolbar button is enough). */
export function PopupApp({ api }: { api: PopupApi }) {
  const [view, setView] = useState<PopupView>({ kind: 'loading' });
  const [tabId, setTabId] = useState<number | null>(null);
  const [checking, setChecking] = useState(false);
  const [highlightsOn, setHighlightsOn] = useState(true);
  const [site, setSite] = useState<{ host: string; pattern: string; automatic: boolean; justAllowed?: boolean } | null>(
    null,
  );
  const [comparison, setComparison] = useState<ComparisonState | null>(null);
  const [compareMessage, setCompareMessage] = useState('');
  const [comparing, setComparing] = useState(false);

  async function compare(message: ComparisonRequest, after?: (reply: ComparisonReply) => Promise<void>): Promise<void> {
    if (!api.comparison) return;
    setComparing(true);
    try {
      const reply = await api.comparison.request(message);
      setComparison(reply.state);
      setCompareMessage(reply.message);
      await after?.(reply);
    } catch (error) {
      setCompareMessage(`Parallax could not do that: ${errorText(error)}`);
    } finally {
      setComparing(false);
    }
  }

  function onCompareAction(action: ComparisonAction): void {
    const comparisonApi = api.comparison;
    if (!comparisonApi) return;
    if (action === 'export') return void comparisonApi.openExport();
    if (typeof action === 'object') return void compare({ type: 'compare-remove', tabId, report: action.remove });
    if (action === 'clear') return void compare({ type: 'compare-clear', tabId });
    if (action === 'keep') {
      // Site access is asked for first, inside the click (the browser grants it only there); keeping does not wait
      // for the answer: without access, the reports are checked on the toolbar click.
      const sites = comparison?.sites ?? [];
      const granted = sites.length > 0 ? comparisonApi.allowSites(sites).catch(() => false) : Promise.resolve(false);
      return void compare({ type: 'compare-keep', tabId }, async (reply) => {
        if (reply.ok && (await granted)) setCompareMessage(`${reply.message} Its sites are checked as you open them.`);
      });
    }
    if (tabId === null) return;
    if (action === 'add') return void compare({ type: 'compare-add', tabId });
    void compare({ type: 'compare-show', tabId }, async () => {
      setView({ kind: 'tab', state: await api.tabState(tabId) });
    });
  }

  async function readSite(id: number): Promise<void> {
    setSite((await api.siteAccess?.(id).catch(() => null)) ?? null);
  }

  async function check(id: number): Promise<void> {
    setChecking(true);
    try {
      setView({ kind: 'tab', state: await api.checkTab(id) });
      await readSite(id);
    } catch (error) {
      setView({ kind: 'error', message: errorText(error) });
    } finally {
      setChecking(false);
    }
  }

  useEffect(() => {
    let live = true;
    void api.settings.load().then((s) => live && setHighlightsOn(s.highlights));
    const unwatch = api.settings.watch((s) => setHighlightsOn(s.highlights));
    void (async () => {
      try {
        const id = await api.activeTabId();
        if (!live) return;
        void compare({ type: 'compare-state', tabId: id });
        if (id === null) return setView({ kind: 'tab', state: NO_TAB });
        setTabId(id);
        const state = await api.tabState(id);
        if (!live) return;
        setView({ kind: 'tab', state });
        if (!state.checked && !state.unavailable) await check(id);
        else if (live) await readSite(id);
      } catch (error) {
        if (live) setView({ kind: 'error', message: errorText(error) });
      }
    })();
    return () => {
      live = false;
      unwatch();
    };
    // Runs once per popup opening.
  }, []);

  return (
    <Popup
      view={view}
      checking={checking}
      highlightsOn={highlightsOn}
      onToggleHighlights={(on) => {
        setHighlightsOn(on);
        void api.settings.save({ highlights: on });
      }}
      onCheck={() => tabId !== null && void check(tabId)}
      onSidebar={(action) => {
        if (tabId === null || view.kind !== 'tab') return;
        const state = view.state;
        void api.sidebar(tabId, action).then(
          (sidebar) => setView({ kind: 'tab', state: { ...state, sidebar } }),
          (error: unknown) => setView({ kind: 'error', message: errorText(error) }),
        );
      }}
      onOpenOptions={api.openOptions}
      site={site}
      onAlwaysCheck={
        api.allowSite
          ? () => {
              if (!site || !api.allowSite) return;
              // The request comes first in the click handler: the browser grants it only inside the reader's gesture.
              void api.allowSite(site.pattern).then(
                (granted) => granted && setSite({ ...site, automatic: true, justAllowed: true }),
                (error: unknown) => setView({ kind: 'error', message: errorText(error) }),
              );
            }
          : undefined
      }
      storiesHref={api.storiesUrl}
      onOpenStories={api.openStories}
      comparison={
        api.comparison
          ? { state: comparison, message: compareMessage, busy: comparing, onAction: onCompareAction }
          : undefined
      }
    />
  );
}
