// Pages that are not indexed articles must never be recognised, however much they share names and places.
import { describe, expect, test } from 'vitest';
import { buildRecognitionIndex } from '../../../lib/recognise/build-recognition-index';
import { recognise } from '../../../lib/recognise/recognise';
import { COMMENTARY, ORDINARY, OTHER_MALI_STORIES, SAME_EVENT_OTHER_WORDS } from './helpers/other-texts';
import { newsPage, snapshotOf } from './helpers/pages';
import { loadStories, paragraphsOf } from './helpers/stories';

const stories = loadStories();
const index = buildRecognitionIndex(stories);
const ARTICLES = ['cnn-r1', 'cnn-r2', 'afp', 'globalpost', 'france24'];

describe('never a match', () => {
  test("another outlet's report of the same event in its own words", () => {
    expect(recognise(snapshotOf(newsPage(SAME_EVENT_OTHER_WORDS)), index)).toBeNull();
  });

  test.each(Object.keys(OTHER_MALI_STORIES))('another Mali story: %s', (name) => {
    expect(recognise(snapshotOf(newsPage(OTHER_MALI_STORIES[name] ?? [])), index)).toBeNull();
  });

  test.each(ARTICLES.filter((id) => id !== 'cnn-r1'))(
    "a full indexed article is not mistaken for another outlet's (%s left out of the index)",
    (id) => {
      const others = stories.map((s) => ({
        ...s,
        articles: s.articles.filter((a) => a.id !== id && !(id === 'cnn-r2' && a.id === 'cnn-r1')),
      }));
      const page = snapshotOf(newsPage(paragraphsOf(stories, id)));
      expect(recognise(page, buildRecognitionIndex(others))).toBeNull();
    },
  );

  test("a front page listing every article's headline and lead", () => {
    const teasers = ARTICLES.map((id) => {
      const lead = paragraphsOf(stories, id).find((p) => p.length > 100) ?? '';
      return `<li><h3><a href="/story/${id}">${stories[0]?.articles.find((a) => a.id === id)?.headline}</a></h3><p>${lead}</p></li>`;
    });
    const html = newsPage([], { after: `<section class="top-stories"><ul>${teasers.join('')}</ul></section>` });
    expect(recognise(snapshotOf(html), index)).toBeNull();
  });

  test.each(ARTICLES)('a page quoting one paragraph of %s', (id) => {
    const quoted = [...paragraphsOf(stories, id)].sort((a, b) => b.length - a.length)[0] ?? '';
    const withCommentary = newsPage([...COMMENTARY.slice(0, 2), quoted, ...COMMENTARY.slice(2)], {
      paragraph: (t) => (t === quoted ? `<blockquote><p>${t}</p></blockquote>` : `<p>${t}</p>`),
    });
    expect(recognise(snapshotOf(withCommentary), index)).toBeNull();
    // The bare quote with one line of its own is still one paragraph, not the article.
    const bare = newsPage([quoted, 'Read the full story on the publisher\u2019s site.']);
    expect(recognise(snapshotOf(bare), index)).toBeNull();
  });

  test('an ordinary page, and an empty one', () => {
    expect(recognise(snapshotOf(newsPage(ORDINARY)), index)).toBeNull();
    expect(recognise(snapshotOf('<html><body></body></html>'), index)).toBeNull();
  });
});
