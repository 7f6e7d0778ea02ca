// The engine's one door gives, for every page fixture, the answer recorded in tests/fixtures/pages/readings.json:
// the same article (score, method) or the same event match (score, facts, and each figure shown, its fact,
// confidence, the outlets it differs from and whether it is marked). `npm run fixtures:readings` records them again
// after a deliberate change to the engine; the diff of that file is then the change's effect, to be read.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadStories } from '../recognise/helpers/stories';
import { fixtureSlugs, fixtureSource, READINGS, type RecordedReading, readFixture } from './fixture-readings';

const recorded = JSON.parse(readFileSync(READINGS, 'utf8')) as Record<string, RecordedReading>;
const source = fixtureSource(loadStories());
const slugs = fixtureSlugs();

describe('every page fixture through the door', () => {
  test('a reading is recorded for every fixture, and only for fixtures', () => {
    expect(existsSync(READINGS)).toBe(true);
    expect(Object.keys(recorded).sort()).toEqual(slugs);
    expect(Object.values(recorded).filter((r) => r.event).length).toBeGreaterThan(10);
    expect(Object.values(recorded).filter((r) => r.match).length).toBeGreaterThan(40);
  });

  test.each(slugs)('%s', async (slug) => {
    expect(await readFixture(slug, source)).toEqual(recorded[slug]);
  });
});
