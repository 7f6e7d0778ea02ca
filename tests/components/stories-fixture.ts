// A bundled catalog and an installed pack for the stories list's tests, written as the build and the pack store
// write them (catalogEntry), from the components' test story.
import { catalogEntry } from '../../lib/story/catalog';
import type { RuntimeStory } from '../../lib/story/runtime-types';
import type { InstalledPack } from '../../lib/packs/pack-store';
import { story } from './fixtures/story';

/** The bundled catalog.json as the extension fetches it. */
export function bundledCatalog(): unknown {
  return { format: 1, stories: [catalogEntry(story, { kind: 'bundled' })] };
}

/** A second story, as a pack would carry it: one article with an archived copy among its addresses. */
export const packStory: RuntimeStory = {
  ...story,
  id: 'floods-2021',
  title: 'Floods in the valley',
  dates: { start: '2021-07-14', end: '2021-07-16' },
  articles: [
    {
      ...story.articles[0]!,
      id: 'valley-news',
      publisher: 'Valley News',
      revision: null,
      url: 'https://www.valley.example/floods',
      urls: [
        'https://www.valley.example/floods',
        'https://web.archive.org/web/20210716/https://www.valley.example/floods',
      ],
      published: '2021-07-15',
    },
  ],
};

/** An installed pack holding `packStory`. */
export function installedPack(): InstalledPack {
  return {
    id: 'class-7b',
    title: 'Class 7b',
    version: '2',
    hosts: ['www.valley.example'],
    stories: [catalogEntry(packStory, { kind: 'pack', pack: 'class-7b' })],
  };
}
