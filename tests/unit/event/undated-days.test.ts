// An undated page is dated by the days it names only when they come after the story's: a report written during the
// story may recall an earlier day, but one that names a later day was written later.
import { describe, expect, test } from 'vitest';
import { readPageText } from '../../../lib/event/page-text';
import { readEvent } from '../../../lib/event/recognise-event';
import { signStory } from '../../../lib/event/sign-story';
import { mali } from '../claims/helpers';

// Written for the tests: an undated report of the Mali story (no metadata date, no dateline).
const REPORT = `French forces in Mali have killed hundreds of Islamist fighters since the intervention began, Defence Minister Jean-Yves Le Drian said on Tuesday.

About 4,000 French troops are now in the country, Le Drian told BFM TV, and France will begin to pull them out in March if all goes to plan.

Three French soldiers have been killed since the operation started, the ministry said.

Some 3,800 African troops have also deployed, Foreign Minister Laurent Fabius said in an interview with the daily Metro.
`;
const HEADLINE = 'France says its Mali campaign has killed hundreds of militants';
const signature = signStory(mali).signature;
const read = (text: string) => readEvent(readPageText({ headline: HEADLINE, published: null, text }), mali, signature);

describe('days an undated page names', () => {
  test('undated, the report carries the story by its figures', () => {
    const reading = read(REPORT);
    expect(reading.evidence.date).toBe('unknown');
    expect(reading.match?.story).toBe(mali.id);
  });

  test('a day before the story, recalled as background, dates nothing', () => {
    const reading = read(`${REPORT}\nThe rebels had taken Kidal on March 30, 2012.\n`);
    expect(reading.evidence.laterDay).toBeNull();
    expect(reading.match?.story).toBe(mali.id);
  });

  test('a day after the story dates the page later: no match', () => {
    const reading = read(`${REPORT}\nTalks in Brussels are due on June 3, 2013.\n`);
    expect(reading.evidence.laterDay).toBe('on June 3, 2013');
    expect(reading.match).toBeNull();
    expect(reading.evidence.reasons).toContain("it names on June 3, 2013, outside the story's days");
  });
});
