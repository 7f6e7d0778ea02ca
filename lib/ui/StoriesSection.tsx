// The "Stories" section of the welcome and options pages: reads the bundled catalog and the installed packs, lists
// them, follows pack changes made elsewhere, and (on the options page) removes a pack after the reader confirms.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CatalogEntry } from '../story/catalog';
import type { InstalledPack } from '../packs/pack-store';
import { type PackRef, StoriesList } from './StoriesList';
import { readCatalog, readCatalogEntry, storyListing, type StoryListing } from './stories-model';

/** What the section needs from the browser; the entrypoints build it, tests pass fakes. */
export interface StoriesApi {
  /** The parsed catalog.json bundled with the extension (checked here, so a damaged file lists nothing). */
  bundledCatalog(): Promise<unknown>;
  packs(): Promise<InstalledPack[]>;
  /** Removes an installed pack through the same path as the packs section; without it nothing can be removed. */
  removePack?(id: string): Promise<void>;
  /** Calls back when packs are added or removed elsewhere; returns the unsubscribe. */
  watch?(callback: () => void): () => void;
}

/** Props: the API, the section's heading id, and whether stories from packs can be removed here. */
export interface StoriesSectionProps {
  api: StoriesApi;
  /** Id of the section's h2 (a link target such as `#stories` lands on the section itself). */
  headingId?: string;
  /** Show a remove button on stories from packs (the options page). */
  removable?: boolean;
  /** Called once the list has been drawn (the welcome page then honours a `#stories` link). */
  onLoaded?(): void;
}

interface Loaded {
  stories: StoryListing[];
  packs: Map<string, PackRef>;
}

function packEntries(pack: InstalledPack): CatalogEntry[] {
  const source = { kind: 'pack', pack: pack.id } as const;
  return (Array.isArray(pack.stories) ? pack.stories : [])
    .map((s) => readCatalogEntry(s, source))
    .filter((s): s is CatalogEntry => s !== null);
}

/** The section: a heading, a short line on what the list is, the list, and a status line. */
export function StoriesSection({
  api,
  headingId = 'px-stories-heading',
  removable = false,
  onLoaded,
}: StoriesSectionProps) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  const runs = useRef(0);
  const live = useRef(true);

  async function load(): Promise<void> {
    // Only the latest read is shown: an earlier one finishing late must not bring back a removed pack.
    const run = ++runs.current;
    const found: string[] = [];
    const [bundled, installed] = await Promise.all([
      api.bundledCatalog().then(readCatalog, (error: unknown) => {
        found.push(`Could not read the stories that come with Parallax: ${String(error)}`);
        return [];
      }),
      api.packs().catch((error: unknown) => {
        found.push(`Could not read the installed story packs: ${String(error)}`);
        return [];
      }),
    ]);
    if (!live.current || run !== runs.current) return;
    const packs = new Map(
      installed.map((p) => {
        const entries = packEntries(p);
        return [p.id, { id: p.id, title: String(p.title), stories: entries.map((s) => s.title) }] as const;
      }),
    );
    const stories = [...bundled, ...installed.flatMap(packEntries)].map(storyListing);
    setProblems(found);
    setLoaded({ stories, packs });
  }

  useEffect(() => {
    live.current = true;
    void load().then(() => onLoaded?.());
    const unwatch = api.watch?.(() => void load());
    return () => {
      live.current = false;
      unwatch?.();
    };
    // Runs once per page.
  }, []);

  async function remove(packId: string): Promise<void> {
    const title = loaded?.packs.get(packId)?.title ?? packId;
    try {
      await api.removePack!(packId);
      setStatus(`Removed the story pack “${title}”.`);
      await load();
    } catch (error) {
      setStatus(`Could not remove “${title}”: ${String(error)}`);
    }
  }

  return (
    <section aria-labelledby={headingId} class="px-stories-section">
      <h2 id={headingId}>Stories Parallax knows</h2>
      <p>
        Open any of these articles: Parallax recognises it by itself, on the publisher’s site or a web archive, and
        shows beside it how the other outlets reported the same facts.
      </p>
      {problems.map((p) => (
        <p key={p} class="px-problem" role="alert">
          {p}
        </p>
      ))}
      {loaded === null ? (
        <p>Loading the stories…</p>
      ) : (
        <StoriesList
          stories={loaded.stories}
          packs={loaded.packs}
          onRemovePack={removable && api.removePack ? remove : undefined}
        />
      )}
      <p class="px-status-line" role="status">
        {status}
      </p>
    </section>
  );
}
