// The options page's behaviour: load settings and the real permission state, save on change, say so politely.
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../settings/settings';
import type { SettingsStore } from '../settings/settings-store';
import { Options } from './Options';
import { type PacksApi, PacksSection } from './PacksSection';
import { type SitesApi, SitesSection } from './SitesSection';
import { type StoriesApi, StoriesSection } from './StoriesSection';

/** The all-sites permission, as the options page sees it. */
export interface AllSitesPermission {
  contains(): Promise<boolean>;
  /** Must be called inside the reader's click; resolves to whether it was granted. */
  request(): Promise<boolean>;
  /** Resolves to whether it was removed. */
  remove(): Promise<boolean>;
  /** Calls back when the permission is granted or taken back elsewhere (the browser's own settings); unsubscribes. */
  watch?(callback: () => void): () => void;
}

/** What the options page needs from the browser. */
export interface OptionsApi {
  settings: SettingsStore;
  permission: AllSitesPermission;
  /** Story packs; the section is left out without it. */
  packs?: PacksApi;
  /** The sites allowed one by one; the section is left out without it. */
  sites?: SitesApi;
  /** The stories Parallax knows (bundled and from packs); the section is left out without it. */
  stories?: StoriesApi;
}

/** The options page wired to an API. */
export function OptionsApp({ api }: { api: OptionsApi }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [allSites, setAllSites] = useState(false);
  const [status, setStatus] = useState('');

  useEffect(() => {
    let live = true;
    void (async () => {
      const [loaded, granted] = await Promise.all([api.settings.load(), api.permission.contains()]);
      if (!live) return;
      setAllSites(granted);
      // The permission can be taken back in the browser's own settings: the real state wins.
      setSettings(
        loaded.autoCheckAllSites === granted ? loaded : await api.settings.save({ autoCheckAllSites: granted }),
      );
    })().catch((error: unknown) => live && setStatus(`Could not load the settings: ${String(error)}`));
    const unwatch = api.settings.watch((s) => live && setSettings(s));
    const unwatchPermission = api.permission.watch?.(() => {
      void api.permission.contains().then(async (granted) => {
        if (!live) return;
        setAllSites(granted);
        setSettings(await api.settings.save({ autoCheckAllSites: granted }));
      });
    });
    return () => {
      live = false;
      unwatch();
      unwatchPermission?.();
    };
    // Runs once per page.
  }, []);

  async function save(patch: Partial<Settings>, message = 'Saved.'): Promise<void> {
    try {
      setSettings(await api.settings.save(patch));
      setStatus(message);
    } catch (error) {
      setStatus(`Could not save: ${String(error)}`);
    }
  }

  function onAllSitesChange(on: boolean): void {
    // No await before this call: the request must stay inside the click's user gesture.
    const pending = on ? api.permission.request() : api.permission.remove().then((removed) => !removed);
    void pending.then(
      (granted) => {
        setAllSites(granted);
        const message =
          granted === on
            ? on
              ? 'Saved: Parallax will check every site.'
              : 'Saved: Parallax no longer checks every site.'
            : on
              ? 'Not changed: access to all sites was not granted.'
              : 'Not changed: access could not be removed.';
        return save({ autoCheckAllSites: granted }, message);
      },
      (error: unknown) => setStatus(`Could not change site access: ${String(error)}`),
    );
  }

  return (
    <Options
      settings={settings}
      allSites={allSites}
      onChange={(patch) => void save(patch)}
      onAllSitesChange={onAllSitesChange}
      status={status}
    >
      {api.stories && <StoriesSection api={api.stories} headingId="stories" removable />}
      {api.sites && <SitesSection api={api.sites} />}
      {api.packs && <PacksSection api={api.packs} />}
    </Options>
  );
}
