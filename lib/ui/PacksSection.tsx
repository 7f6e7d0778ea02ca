// The options page's story packs: add a pack from a file (checked whole before anything is kept), list the
// installed packs with their stories and sites, allow automatic checking on their sites, remove a pack.
// Self-contained (its own state, status line and API) so other sections, such as a list of stories, sit beside it.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { InstalledPack } from '../packs/pack-store';
import { PACK_EXTENSION } from '../packs/pack-format';
import type { ReadPack } from '../packs/read-pack';
import { packSitePatterns } from '../permissions/host-patterns';
import { PackRemoval } from './PackRemoval';

/** What the packs section needs from the browser. */
export interface PacksApi {
  list(): Promise<InstalledPack[]>;
  /** Reads and checks a pack file; rejects with an Error whose message is for the reader. */
  read(file: Blob): Promise<ReadPack>;
  /** Installs a checked pack (replacing its earlier version). */
  add(pack: ReadPack): Promise<void>;
  remove(id: string): Promise<void>;
  /** Site access for match patterns; `request` must be called inside the reader's click. */
  sites: { contains(origins: string[]): Promise<boolean>; request(origins: string[]): Promise<boolean> };
  /** Calls back when packs change outside this section (the stories list removed one); returns the unsubscribe. */
  watch?(callback: () => void): () => void;
}

interface Pending {
  pack: ReadPack;
  patterns: string[];
  granted: boolean;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function Sites({ hosts }: { hosts: string[] }) {
  return <p class="px-muted">Sites: {hosts.length > 0 ? hosts.join(', ') : 'none'}</p>;
}

/** The story packs section of the options page. */
export function PacksSection({ api }: { api: PacksApi }) {
  const [packs, setPacks] = useState<{ pack: InstalledPack; granted: boolean }[] | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [problem, setProblem] = useState('');
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const live = useRef(true);
  const refreshes = useRef(0);

  async function refresh(): Promise<void> {
    // Only the latest look at the store is shown: an earlier one finishing late must not bring back a removed pack.
    const run = ++refreshes.current;
    const list = await api.list();
    const withAccess = await Promise.all(list.map(async (pack) => ({ pack, granted: await granted(pack.hosts) })));
    if (live.current && run === refreshes.current) setPacks(withAccess);
  }

  async function granted(hosts: string[]): Promise<boolean> {
    const patterns = packSitePatterns(hosts);
    return patterns.length === 0 || (await api.sites.contains(patterns));
  }

  useEffect(() => {
    live.current = true;
    refresh().catch((error: unknown) => setProblem(`Could not read the installed packs: ${String(error)}`));
    const unwatch = api.watch?.(() => void refresh().catch(() => undefined));
    return () => {
      live.current = false;
      unwatch?.();
    };
    // Runs once per page.
  }, []);

  async function onFile(event: Event): Promise<void> {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setPending(null);
    setProblem('');
    setStatus(`Checking ${file.name}…`);
    setBusy(true);
    try {
      const pack = await api.read(file);
      const patterns = packSitePatterns(pack.manifest.hosts);
      setPending({ pack, patterns, granted: await granted(pack.manifest.hosts) });
      setStatus('');
    } catch (error) {
      setStatus('');
      setProblem(`${file.name} was not added. ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  }

  function onAdd(): void {
    if (!pending) return;
    const { pack, patterns } = pending;
    const title = pack.manifest.title;
    // Asked inside the click, before any await, as browsers require; the pack is kept whatever the answer.
    const access = pending.granted ? Promise.resolve(true) : api.sites.request(patterns).catch(() => false);
    setBusy(true);
    void api
      .add(pack)
      .then(
        async () => {
          setPending(null);
          setStatus(`Added “${title}”: ${plural(pack.stories.length, 'story')}.`);
          await refresh();
          const ok = await access;
          if (live.current) {
            setStatus(
              `Added “${title}”: ${plural(pack.stories.length, 'story')}. ${
                ok
                  ? 'Its articles are checked automatically.'
                  : 'Click the Parallax button on one of its articles to check it.'
              }`,
            );
            await refresh();
          }
        },
        (error: unknown) => setProblem(`“${title}” was not added: ${String(error)}`),
      )
      .finally(() => setBusy(false));
  }

  function onAllow(pack: InstalledPack): void {
    void api.sites.request(packSitePatterns(pack.hosts)).then(
      async (ok) => {
        setStatus(
          ok
            ? `Parallax now checks the sites of “${pack.title}” automatically.`
            : 'Not changed: access to those sites was not granted.',
        );
        await refresh();
      },
      (error: unknown) => setProblem(`Could not change site access: ${String(error)}`),
    );
  }

  async function onRemove(pack: InstalledPack): Promise<void> {
    setProblem('');
    try {
      await api.remove(pack.id);
      setStatus(`Removed “${pack.title}”.`);
      await refresh();
    } catch (error) {
      setProblem(`Could not remove “${pack.title}”: ${String(error)}`);
    }
  }

  return (
    <section aria-labelledby="px-packs" class="px-packs">
      <h2 id="px-packs">Story packs</h2>
      <p>
        A story pack adds stories to Parallax, for example one a teacher made with <code>npm run pack</code>. Packs are
        kept in this browser only.
      </p>
      <label class="px-file">
        <span>Add a story pack from a file</span>
        <input
          type="file"
          accept={`${PACK_EXTENSION},application/gzip`}
          disabled={busy}
          onChange={(e) => void onFile(e)}
        />
      </label>
      {problem && (
        <p class="px-problem" role="alert">
          {problem}
        </p>
      )}
      {pending && (
        // biome-ignore lint/a11y/useSemanticElements: a pending pack and its buttons, not a form
        <div class="px-pack px-pack-pending" role="group" aria-labelledby="px-pending-title">
          <h3 id="px-pending-title">
            “{pending.pack.manifest.title}”, version {pending.pack.manifest.version}
          </h3>
          <p>
            {plural(pending.pack.stories.length, 'story')}: {pending.pack.stories.map((s) => s.story.title).join('; ')}
          </p>
          <Sites hosts={pending.pack.manifest.hosts} />
          <p class="px-muted">
            {pending.granted
              ? 'Parallax already checks these sites automatically.'
              : 'Parallax will ask to read these sites so it can check their articles automatically. Without that, ' +
                'click its button on an article to check it.'}
          </p>
          <div class="px-row">
            <button type="button" class="px-button px-button-primary" disabled={busy} onClick={onAdd}>
              Add this pack
            </button>
            <button type="button" class="px-button" disabled={busy} onClick={() => setPending(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {packs === null ? (
        <p>Loading the installed packs…</p>
      ) : packs.length === 0 ? (
        <p class="px-muted">No story packs added.</p>
      ) : (
        <ul class="px-pack-list" aria-label="Installed story packs">
          {packs.map(({ pack, granted: on }) => (
            <li key={pack.id} class="px-pack">
              <h3>
                “{pack.title}”, version {pack.version}
              </h3>
              <p>
                {plural(pack.stories.length, 'story')}: {pack.stories.map((s) => s.title).join('; ')}
              </p>
              <Sites hosts={pack.hosts} />
              <p class="px-muted">
                {on ? 'Checked automatically on these sites.' : 'Checked when you click the Parallax button.'}
              </p>
              {!on && (
                <div class="px-row">
                  <button type="button" class="px-button" onClick={() => onAllow(pack)}>
                    Check these sites automatically
                  </button>
                </div>
              )}
              <PackRemoval
                pack={{ id: pack.id, title: pack.title, stories: pack.stories.map((s) => s.title) }}
                onRemove={() => onRemove(pack)}
              />
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
