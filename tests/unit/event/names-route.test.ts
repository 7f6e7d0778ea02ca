// The second way to an event match, by the story's own names: in an index large enough to tell a story's own names
// from the names of its place and time, a short report that names the event's people and street is recognised; a
// report of another event in the same town, or the same names a month later, is not.
import { describe, expect, test } from 'vitest';
import { readPage } from '../../../lib/engine/read-page';
import { storiesSource } from '../../../lib/engine/sources';
import { snapshotAt } from '../../../lib/extract/page-snapshot';
import type { RuntimeStory } from '../../../lib/story/runtime-types';
import { localArticle, oneArticleStory } from './local-news';

// Written for the tests: forty small local stories of one town, each with its own people and street.
const FIRST = ['Adela', 'Bruno', 'Celia', 'Dario', 'Elena', 'Fabian', 'Greta', 'Hugo', 'Ines', 'Joel'];
const LAST = ['Marlowe', 'Pennick', 'Quade', 'Rosston'];
const STREETS = ['Alder', 'Birch', 'Cedar', 'Dogwood', 'Elmwood', 'Fir', 'Ginkgo', 'Hazel', 'Ironwood', 'Juniper'];

const article = (id: string, headline: string, text: string, published: string) =>
  localArticle('Brackwater Courier', id, headline, text, published);

const stories: RuntimeStory[] = Array.from({ length: 40 }, (_, i) => {
  const person = `${FIRST[i % 10]} ${LAST[Math.floor(i / 10)]}`;
  const street = `${STREETS[i % 10]} ${['Avenue', 'Lane', 'Court', 'Road'][Math.floor(i / 10)]}`;
  const day = `2021-0${1 + Math.floor(i / 10)}-${String(10 + (i % 10)).padStart(2, '0')}`;
  return oneArticleStory(
    `brackwater-${i}`,
    `Shooting on ${street}`,
    article(
      `b${i}`,
      `Man wounded on ${street}`,
      `BRACKWATER — ${person}, 30, was shot and wounded on ${street} on Saturday night, Brackwater police said.\n\n` +
        `${person} was taken to Brackwater General Hospital. Police have made no arrest.`,
      day,
    ),
  );
});
const source = storiesSource(stories);
const target = stories[13]!; // Dario Pennick, Dogwood Lane, 2021-02-13

function brief(text: string, published: string | null) {
  return snapshotAt('https://www.valleynewsdesk.example/briefs/brackwater', {
    headline: 'Brackwater man wounded',
    text,
    published,
  });
}

describe('event matches by the story’s own names', () => {
  test('a one-paragraph brief naming the event’s person and street is that story', async () => {
    const answer = await readPage(
      brief(
        'Dario Pennick was wounded by gunfire on Dogwood Lane in Brackwater on Saturday. Brackwater police are ' +
          'investigating and no one has been arrested.',
        '2021-02-14',
      ),
      [source],
      { detail: true },
    );
    expect(answer.kind).toBe('event');
    expect(answer.kind === 'event' && answer.story.id).toBe(target.id);
    const own = answer.detail!.candidates.find((c) => c.story === target.id)!;
    expect(own.evidence.route).toBe('names');
    expect(own.evidence.specificNames).toEqual(expect.arrayContaining(['dario pennick', 'dogwood lane']));
  });

  test('another event of the same town and week, naming only the town, its police and hospital, is none', async () => {
    const answer = await readPage(
      brief(
        'A woman was wounded by gunfire in Brackwater on Saturday and taken to Brackwater General Hospital. ' +
          'Brackwater police are investigating.',
        '2021-02-14',
      ),
      [source],
    );
    expect(answer).toEqual({ kind: 'none' });
  });

  test('the same names a month later are another story’s time: none', async () => {
    const answer = await readPage(
      brief('Dario Pennick, who was wounded on Dogwood Lane in Brackwater, spoke at a vigil on Friday.', '2021-03-19'),
      [source],
    );
    expect(answer).toEqual({ kind: 'none' });
  });

  test('in a one-story index no name is specific: the names route is closed and the figures must carry a match', async () => {
    const alone = storiesSource([target]);
    const answer = await readPage(
      brief('Dario Pennick was wounded by gunfire on Dogwood Lane in Brackwater on Saturday.', '2021-02-14'),
      [alone],
      { detail: true },
    );
    expect(answer.kind).toBe('none');
    expect(answer.detail?.candidates[0]?.evidence.specificNames).toEqual([]);
  });

  test('a county and its hospital are the region’s, not the event’s: they alone carry no match', async () => {
    // The story names its county's sheriff and hospital, as would any other event of that county.
    const region = 'Marrow County sheriff’s deputies took him to Saint Ives Medical Center.';
    const withRegion = stories.map((s, i) =>
      i === 13 ? { ...s, articles: s.articles.map((a) => ({ ...a, text: `${a.text}\n\n${region}` })) } : s,
    );
    const regional = storiesSource(withRegion);
    const other = await readPage(
      brief(
        'A man was shot on Saturday night and taken to Saint Ives Medical Center, Marrow County sheriff’s ' +
          'deputies said. No arrest has been made.',
        '2021-02-14',
      ),
      [regional],
      { detail: true },
    );
    expect(other.kind).toBe('none');
    const weighed = other.detail!.candidates.find((c) => c.story === target.id);
    expect(weighed?.evidence.settings).toEqual(['saint ives medical center', 'marrow county']);
    const own = await readPage(
      brief(
        'Dario Pennick was wounded on Dogwood Lane on Saturday and taken to Saint Ives Medical Center.',
        '2021-02-14',
      ),
      [regional],
    );
    expect(own.kind === 'event' && own.story.id).toBe(target.id);
  });

  test('a mall is the event’s own place, whether its name ends in Mall or in lower case', async () => {
    const mall = 'He had been shopping at Harrow Center Mall with two friends.';
    const withMall = stories.map((s, i) =>
      i === 13 ? { ...s, articles: s.articles.map((a) => ({ ...a, text: `${a.text}\n\n${mall}` })) } : s,
    );
    const answer = await readPage(
      brief(
        'Dario Pennick was wounded by gunfire in the parking garage of the Harrow Center mall on Saturday. Brackwater ' +
          'police are investigating.',
        '2021-02-14',
      ),
      [storiesSource(withMall)],
      { detail: true },
    );
    const own = answer.detail!.candidates.find((c) => c.story === target.id)!;
    expect(own.evidence.specificNames).toContain('harrow center');
    expect(own.evidence.settings).not.toContain('harrow center');
  });

  test('a story whose texts span months is dated around its texts, not over every day between', async () => {
    const later = article('b13-trial', 'Trial opens in Dogwood Lane shooting', target.articles[0]!.text, '2021-06-01');
    const long = {
      ...target,
      dates: { start: '2021-02-13', end: '2021-06-01' },
      articles: [...target.articles, later],
    };
    const spanned = storiesSource(stories.map((s) => (s.id === target.id ? long : s)));
    const text = 'Dario Pennick was wounded by gunfire on Dogwood Lane in Brackwater. Police are investigating.';
    expect((await readPage(brief(text, '2021-04-01'), [spanned])).kind).toBe('none');
    const inside = await readPage(brief(text, '2021-06-03'), [spanned]);
    expect(inside.kind === 'event' && inside.story.id).toBe(target.id);
  });

  test("an outlet's name after its headlines is no event's: its report of another event that week is none", async () => {
    // One story of the index is told by a station whose pages put its name and tagline after the headline.
    const SUFFIX = ' - KWVB Channel 6 - Harlan Valley News and Weather, Ossory Bay';
    const station = (text: string, published: string | null) =>
      snapshotAt('https://www.kwvb.example/story/2/shooting', {
        headline: `Teenager hurt in a shooting near a school bus stop${SUFFIX}`,
        text,
        published,
      });
    const told = stories.map((s, i) =>
      i === 13
        ? {
            ...s,
            articles: s.articles.map((a) => ({
              ...a,
              headline: `Man wounded on Dogwood Lane after an argument with a neighbour${SUFFIX}`,
              url: 'https://www.kwvb.example/story/1/dogwood',
            })),
          }
        : s,
    );
    const other = await readPage(
      station(
        'A 15-year-old was hurt on Saturday when shots were fired near a school bus stop on the east side of ' +
          'Brackwater, police said. No one has been arrested.',
        '2021-02-14',
      ),
      [storiesSource(told)],
      { detail: true },
    );
    expect(other.kind).toBe('none');
    for (const c of other.detail!.candidates) expect(c.shared.filter((n) => /kwvb|harlan|ossory/.test(n))).toEqual([]);
  });
});
