// The options page's list of sites Parallax checks without a click because the reader allowed each one (from the
// popup's "Always check pages on SITE", or for a story pack), each of which can be taken back.
import { useEffect, useState } from 'preact/hooks';

/** What the section needs from the browser. */
export interface SitesApi {
  /** Match patterns of the sites allowed one by one, sorted ("*://*.example.com/*"). */
  list(): Promise<string[]>;
  /** Gives back one site's access; resolves to whether it was removed. */
  remove(pattern: string): Promise<boolean>;
  /** Calls back when access changes elsewhere (the popup, the browser's settings); unsubscribes. */
  watch?(callback: () => void): () => void;
}

/** "example.com" for "*://*.example.com/*". */
export function siteName(pattern: string): string {
  return pattern.replace(/^\*:\/\/(\*\.)?/, '').replace(/\/\*$/, '');
}

/** The allowed sites, each with a button that stops automatic checking there. */
export function SitesSection({ api }: { api: SitesApi }) {
  const [sites, setSites] = useState<string[] | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    let live = true;
    const load = () =>
      void api.list().then(
        (list) => live && setSites(list),
        (error: unknown) => live && setStatus(`Could not read the sites: ${String(error)}`),
      );
    load();
    const unwatch = api.watch?.(load);
    return () => {
      live = false;
      unwatch?.();
    };
    // Runs once per page.
  }, []);

  async function stop(pattern: string): Promise<void> {
    try {
      const removed = await api.remove(pattern);
      setStatus(
        removed
          ? `Parallax no longer checks ${siteName(pattern)} by itself; its toolbar button still does.`
          : `Not changed: access to ${siteName(pattern)} could not be removed.`,
      );
      setSites(await api.list());
    } catch (error) {
      setStatus(`Could not change site access: ${String(error)}`);
    }
  }

  return (
    <section aria-labelledby="px-sites">
      <h2 id="px-sites">Sites you allowed</h2>
      <p class="px-muted">
        Parallax checks pages on these sites as you open them, as it does on the news sites it knows. After its toolbar
        button has checked a page, the popup can add that page’s site here.
      </p>
      {sites === null ? (
        <p>Loading…</p>
      ) : sites.length === 0 ? (
        <p>No site yet.</p>
      ) : (
        <ul class="px-site-list">
          {sites.map((pattern) => (
            <li key={pattern}>
              <span>{siteName(pattern)}</span>
              <button type="button" class="px-button" onClick={() => void stop(pattern)}>
                Stop checking<span class="px-sr"> {siteName(pattern)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <p class="px-status-line" role="status">
        {status}
      </p>
    </section>
  );
}
