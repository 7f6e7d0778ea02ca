// Event matches through the engine's one door, in Node: a report of a story in other words is that story's event,
// with its own figures compared; a report of another story is not; a second story works from its data alone; long
// pages are bounded.
import { describe, expect, test } from 'vitest';
import { pageFigures, marksFigure, MARK_CONFIDENCE, SHOW_CONFIDENCE } from '../../../lib/event/page-figures';
import type { EventAnswer } from '../../../lib/engine/answer';
import { readPage } from '../../../lib/engine/read-page';
import { storiesSource } from '../../../lib/engine/sources';
import { type EventPage, eventText, MAX_EVENT_TEXT, readPageText } from '../../../lib/event/page-text';
import { readEvent } from '../../../lib/event/recognise-event';
import { signStory } from '../../../lib/event/sign-story';
import { floodStory } from '../claims/flood-story';
import { mali } from '../claims/helpers';

const source = storiesSource([mali, floodStory()]);
const signatureOf = (story: typeof mali) => signStory(story).signature;

/** A text report as the content script would send it: an address no index knows, its headline and date. */
function snapshot(page: EventPage) {
  return { canonical: null, ogUrl: null, jsonLdUrls: [], ...page, url: 'https://news.example/report' };
}

/** The engine's answer when it is an event match, else null. */
async function detectEvent(page: EventPage): Promise<EventAnswer | null> {
  const answer = await readPage(snapshot(page), [source]);
  return answer.kind === 'event' ? answer : null;
}

// Written for the tests: a regional paper's report of the flood, in its own words and figures.
const FLOOD_REPORT = {
  headline: 'Kelmor counts the cost as the Arden recedes',
  published: '2021-03-11',
  text: `KELMOR — About 1,900 residents were evacuated from Kelmor when the River Arden overflowed on Wednesday, the regional council said.

Two motorists died after the water carried their car off the Mill Street bridge.

The Kelmor dam will need about five weeks of repairs, according to the council's engineers.
`,
};

// Written for the tests: a wire brief on the Mali story, one of whose troop counts differs from a reviewed outlet's.
const MALI_REPORT = {
  headline: 'France says its Mali campaign has killed hundreds of militants',
  published: '2013-02-06',
  text: `PARIS, Feb 6 (Harbour Wire) - French forces in Mali have killed hundreds of Islamist fighters since the intervention began, Defence Minister Jean-Yves Le Drian said on Tuesday.

About 4,000 French troops are now in the country, Le Drian told BFM TV, and France will begin to pull them out in March if all goes to plan.

Three French soldiers have been killed since the operation started, the ministry said.

Some 3,800 African troops have also deployed, Foreign Minister Laurent Fabius said in an interview with the daily Metro.
`,
};

describe('event matches', () => {
  test('a report of the flood in other words is the flood story, from its reviewed data alone', async () => {
    const found = await detectEvent(FLOOD_REPORT);
    expect(found?.match.story).toBe('kelmor-flood');
    expect(found?.match.facts).toBeGreaterThanOrEqual(3);
    const facts = new Set(found!.figures.map((f) => f.fact));
    expect(facts).toEqual(new Set(['evacuated', 'dead', 'repair-time']));
    // Nothing of the flood is the Mali story, and nothing of Mali is the flood.
    expect(readEvent(readPageText(FLOOD_REPORT), mali, signatureOf(mali)).match).toBeNull();
    expect(readEvent(readPageText(MALI_REPORT), floodStory(), signatureOf(floodStory())).match).toBeNull();
  });

  test('a report of the Mali story: its figures, the outlets they agree and differ with, and which are marked', async () => {
    const found = await detectEvent(MALI_REPORT);
    expect(found?.match.story).toBe('mali-offensive-2013');
    const troops = found!.figures.find((f) => f.fact === 'french-troops-in-mali');
    expect(troops?.figureText).toBe('About 4,000');
    // Compatible with the outlets that give about 4,000, not with the revision that gives another count.
    expect(troops?.differs.length).toBeGreaterThan(0);
    expect(troops?.agrees.length).toBeGreaterThan(0);
    expect(marksFigure(troops!)).toBe(true);
    expect(troops?.quote.exact).toContain('About 4,000 French troops are now in the country');
    expect(troops!.quote.exact.slice(troops!.figure.start, troops!.figure.end)).toBe('About 4,000');
    // The dateline's day is no fact the engine is sure of: it is not shown.
    expect(found!.figures.some((f) => f.figureText === 'Feb 6')).toBe(false);
    for (const f of found!.figures) {
      expect(f.confidence).toBeGreaterThanOrEqual(SHOW_CONFIDENCE);
      expect(marksFigure(f)).toBe(f.differs.length > 0 && f.confidence >= MARK_CONFIDENCE);
    }
    const hundreds = found!.figures.find((f) => f.fact === 'militants-killed');
    expect(hundreds?.differs).toEqual([]);
  });

  test('the same report undated, or dated a year later, is not the story', async () => {
    expect(await detectEvent({ ...MALI_REPORT, published: '2014-02-06' })).toBeNull();
  });

  test('an ordinary page names too few of any story’s words to be aligned at all', async () => {
    expect(
      await detectEvent({
        headline: 'Rates held',
        published: '2013-02-06',
        text: 'The central bank held rates at 2 per cent on Wednesday, citing 3 per cent inflation.',
      }),
    ).toBeNull();
    expect(await readPage(snapshot(MALI_REPORT), [])).toEqual({ kind: 'none' });
  });

  test('a page longer than any article is read to the paragraph before the bound', () => {
    const paragraph = `${'The long day went on and on without a figure worth reading. '.repeat(20).trim()}\n\n`;
    const long = paragraph.repeat(Math.ceil((MAX_EVENT_TEXT * 1.5) / paragraph.length));
    const cut = eventText(long);
    expect(cut.length).toBeLessThanOrEqual(MAX_EVENT_TEXT);
    expect(long.startsWith(cut)).toBe(true);
    expect(cut.endsWith('reading.')).toBe(true);
    expect(eventText(MALI_REPORT.text)).toBe(MALI_REPORT.text);
  });

  test("a report dated outside the story's days is not aligned unless the decision is explained", () => {
    const late = readPageText({ ...MALI_REPORT, published: '2013-06-30' });
    const quick = readEvent(late, mali, signatureOf(mali));
    const explained = readEvent(late, mali, signatureOf(mali), null, { explain: true });
    expect(quick.match).toBeNull();
    expect(explained.match).toBeNull();
    expect(quick.alignments).toEqual([]);
    expect(explained.alignments.length).toBeGreaterThan(0);
    expect(quick.evidence.date).toBe('outside');
    expect(explained.evidence.reasons).toContain("dated 2013-06-30, outside the story's days");
  });

  test('a long sentence is quoted as a window of whole words around its figure', () => {
    const filler = 'officials in the capital and in the regions said, again and again, as the week wore on,';
    const text = `${MALI_REPORT.text}\nIn a statement that ran long, ${filler} ${filler} that one French soldier had died, ${filler} ${filler}.\n`;
    const reading = readEvent(readPageText({ ...MALI_REPORT, text }), mali, signatureOf(mali));
    for (const f of pageFigures(reading.alignments, reading.text)) {
      expect(f.quote.exact.length).toBeLessThanOrEqual(240);
      expect(reading.text).toContain(f.quote.exact);
      expect(f.quote.exact.slice(f.figure.start, f.figure.end)).toBe(f.figureText);
      expect(f.quote.exact).toBe(f.quote.exact.trim());
    }
  });
});

describe('near misses: the same people and places, another time', () => {
  test('a 2022 piece about the withdrawal is no report of the story', async () => {
    const text =
      'The last French soldiers of Operation Barkhane left Mali on Monday, nine years after France sent troops to ' +
      'stop an Islamist advance. About 2,400 troops were still in the country in the spring, and Defence ' +
      'Minister Sebastien Lecornu said on Tuesday that hundreds of jihadists had been killed this year.';
    expect(await readPage(snapshot({ headline: null, published: '2022-08-16', text }), [source])).toEqual({
      kind: 'none',
    });
  });

  test('a piece dated days earlier, with a troop count and a toll, is no report of the story', async () => {
    const text =
      'French and Malian troops entered Timbuktu on Monday without a fight. France now has about 3,500 soldiers in ' +
      'Mali, and officials said dozens of militants had been killed in air strikes on the road north.';
    expect(await readPage(snapshot({ headline: null, published: '2013-01-28', text }), [source])).toEqual({
      kind: 'none',
    });
  });
});

describe('the door itself', () => {
  const afp = mali.articles.find((a) => a.id === 'afp')!;
  const afpPage = {
    url: afp.url ?? 'https://news.example/afp',
    canonical: null,
    ogUrl: null,
    jsonLdUrls: [],
    text: afp.text,
    headline: afp.headline,
    published: afp.published,
  };

  test('an indexed article is that article (from the first index that has it), never also an event', async () => {
    const answer = await readPage(afpPage, [source, storiesSource([mali], 'a-pack')], { detail: true });
    expect(answer.kind).toBe('article');
    expect(answer.kind === 'article' && [answer.pack, answer.match.article]).toEqual(['', 'afp']);
    // Tools see the page's figures against its own story.
    expect(answer.detail?.alignments.some((a) => a.fact === 'french-troops-in-mali')).toBe(true);
    expect(answer.detail?.candidates).toEqual([]);
  });

  test('a story file that cannot be read, or an index that fails, is told and the page stays unannotated', async () => {
    const problems: string[] = [];
    const broken = { ...source, entry: () => Promise.reject(new Error('damaged')) };
    const answer = await readPage(snapshot(MALI_REPORT), [broken], { onProblem: (m) => problems.push(m) });
    expect(answer).toEqual({ kind: 'none' });
    expect(problems.some((p) => p.includes('could not be read'))).toBe(true);
    const failing = { ...source, recognition: { file: null } as unknown as typeof source.recognition };
    const still = await readPage(snapshot(MALI_REPORT), [failing, source], { onProblem: (m) => problems.push(m) });
    expect(still.kind).toBe('event');
    expect(problems).toContain('the event lookup failed on this page.');
  });

  test('with detail, every story weighed is listed with its evidence and the decision', async () => {
    const answer = await readPage(snapshot(MALI_REPORT), [source], { detail: true });
    const weighed = answer.detail!.candidates;
    expect(weighed.map((c) => c.story)).toContain('mali-offensive-2013');
    const own = weighed.find((c) => c.story === 'mali-offensive-2013')!;
    expect(own.match?.story).toBe('mali-offensive-2013');
    expect(own.evidence.facts).toBeGreaterThanOrEqual(3);
    expect(answer.detail!.text.startsWith(MALI_REPORT.headline)).toBe(true);
  });
});
