// Event matches end to end in Node: a report of a story in other words is that story's event, with its own figures
// compared; a report of another story is not; a second story works from its data alone; long pages are bounded.
import { describe, expect, test } from 'vitest';
import { pageFigures, marksFigure, MARK_CONFIDENCE, SHOW_CONFIDENCE } from '../../../lib/event/page-figures';
import { detectEvent, eventText, MAX_EVENT_TEXT, readEventPage } from '../../../lib/event/read-event-page';
import { readEvent } from '../../../lib/event/recognise-event';
import { signStory } from '../../../lib/event/sign-story';
import { encodeRecognitionIndex } from '../../../lib/recognise/build-recognition-index';
import { readRecognitionIndex } from '../../../lib/recognise/read-index';
import { floodStory } from '../claims/flood-story';
import { mali } from '../claims/helpers';

const signed = [signStory(mali), signStory(floodStory())];
const index = readRecognitionIndex(encodeRecognitionIndex(signed.map((s) => ({ ...s.story, eventTerms: s.terms }))));
const entries = new Map(signed.map((s) => [s.story.id, { story: s.story, signature: s.signature }]));
const entryOf = (id: string) => entries.get(id) ?? null;

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
  test('a report of the flood in other words is the flood story, from its reviewed data alone', () => {
    const found = detectEvent(FLOOD_REPORT, index, entryOf);
    expect(found?.match.story).toBe('kelmor-flood');
    expect(found?.match.facts).toBeGreaterThanOrEqual(3);
    const facts = new Set(found!.figures.map((f) => f.fact));
    expect(facts).toEqual(new Set(['evacuated', 'dead', 'repair-time']));
    // Nothing of the flood is the Mali story, and nothing of Mali is the flood.
    expect(readEvent(FLOOD_REPORT, mali, entries.get(mali.id)!.signature).match).toBeNull();
    expect(readEvent(MALI_REPORT, floodStory(), entries.get('kelmor-flood')!.signature).match).toBeNull();
  });

  test('a report of the Mali story: its figures, the outlets they agree and differ with, and which are marked', () => {
    const found = detectEvent(MALI_REPORT, index, entryOf);
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

  test('the same report undated, or dated a year later, is not the story', () => {
    expect(detectEvent({ ...MALI_REPORT, published: '2014-02-06' }, index, entryOf)).toBeNull();
  });

  test('an ordinary page names too few of any story’s words to be aligned at all', () => {
    expect(
      detectEvent(
        {
          headline: 'Rates held',
          published: '2013-02-06',
          text: 'The central bank held rates at 2 per cent on Wednesday, citing 3 per cent inflation.',
        },
        index,
        entryOf,
      ),
    ).toBeNull();
    expect(readEventPage(MALI_REPORT, [])).toBeNull();
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

  test('a long sentence is quoted as a window of whole words around its figure', () => {
    const filler = 'officials in the capital and in the regions said, again and again, as the week wore on,';
    const text = `${MALI_REPORT.text}\nIn a statement that ran long, ${filler} ${filler} that one French soldier had died, ${filler} ${filler}.\n`;
    const reading = readEvent({ ...MALI_REPORT, text }, mali, entries.get(mali.id)!.signature);
    for (const f of pageFigures(reading.alignments, reading.text)) {
      expect(f.quote.exact.length).toBeLessThanOrEqual(240);
      expect(reading.text).toContain(f.quote.exact);
      expect(f.quote.exact.slice(f.figure.start, f.figure.end)).toBe(f.figureText);
      expect(f.quote.exact).toBe(f.quote.exact.trim());
    }
  });
});
