// `npm run fixtures:readings`: reads every page fixture through the engine's one door and writes the answers to
// tests/fixtures/pages/readings.json, which tests/unit/engine/fixture-readings.test.ts compares the engine with. Run
// it only after a deliberate change to the engine, and read the file's diff: it is that change's effect.
import { writeFileSync } from 'node:fs';
import { fixtureSlugs, fixtureSource, READINGS, readFixture } from '../tests/unit/engine/fixture-readings';
import { loadStories } from '../tests/unit/recognise/helpers/stories';
import { refuseArguments } from './support/no-arguments';

refuseArguments('fixtures:readings');
const source = fixtureSource(loadStories());
const readings: Record<string, unknown> = {};
for (const slug of fixtureSlugs()) readings[slug] = await readFixture(slug, source);
writeFileSync(READINGS, `${JSON.stringify(readings, null, 1)}\n`);
process.stderr.write(`fixtures:readings: ${Object.keys(readings).length} fixtures → ${READINGS}\n`);
