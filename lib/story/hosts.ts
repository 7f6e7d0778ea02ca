// The sites a set of stories is read on: every article address's host, for host permissions and pack sites.
import type { RuntimeStory } from './runtime-types';

/** Sorted, de-duplicated host names of every article address: the sites Parallax checks automatically. */
export function hostsOf(stories: readonly RuntimeStory[]): string[] {
  const hosts = new Set<string>();
  for (const s of stories) {
    for (const a of s.articles) for (const u of [a.url, ...a.urls]) if (u) hosts.add(new URL(u).hostname.toLowerCase());
  }
  return [...hosts].sort();
}
