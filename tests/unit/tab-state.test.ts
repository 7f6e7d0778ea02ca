// What the popup is told about a checked page, made by the background from the engine's answer.
import { expect, test } from 'vitest';
import { tabStateOf } from '../../lib/tab-state';
import { maliStory } from './packs/helpers';

const story = maliStory();
const match = { story: story.id, article: 'afp', revision: null, score: 0.98, method: 'address+text' as const };

test('an indexed article: its match, headline and publisher', () => {
  const afp = story.articles.find((a) => a.id === 'afp')!;
  expect(tabStateOf({ kind: 'article', pack: '', match, story })).toEqual({
    checked: true,
    match,
    headline: afp.headline,
    publisher: afp.publisher,
    unavailable: false,
  });
});

test(
  'a report of the story in other words: the story, its title, the facts the page reports and the reviewed ' +
    'articles',
  () => {
    const event = { kind: 'event' as const, pack: '', match: { story: story.id, score: 0.9, facts: 6 }, story };
    expect(tabStateOf({ ...event, figures: [] })).toEqual({
      checked: true,
      match: null,
      headline: null,
      publisher: null,
      unavailable: false,
      event: { story: story.id, title: story.title, facts: 6, articles: story.articles.length },
    });
  },
);

test('nothing known: checked, nothing else', () => {
  expect(tabStateOf({ kind: 'none' })).toEqual({
    checked: true,
    match: null,
    headline: null,
    publisher: null,
    unavailable: false,
  });
});
