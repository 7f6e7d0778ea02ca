// `npm run fixtures:recognition`: works out, with the whole recognition index of the reviewed stories, every page
// fixture's and report text's match, explanation, event candidates and door answer, and writes them to
// tests/unit/recognise/recorded-answers.json, which the paged index's answers are compared with. Run it only after a
// deliberate change to recognition or the event lookup, and read the file's diff: it is that change's effect.
import { writeFileSync } from 'node:fs';
import { storiesSource } from '../lib/engine/sources';
import { fixturePage, reportPage } from '../tests/unit/recognise/helpers/fixture-pages';
import { answersOf, pageSlugs, RECORDED, reportNames } from '../tests/unit/recognise/helpers/recorded-answers';
import { loadStories } from '../tests/unit/recognise/helpers/stories';
import { refuseArguments } from './support/no-arguments';

refuseArguments('fixtures:recognition');
const source = storiesSource(loadStories());
const pages: Record<string, unknown> = {};
for (const slug of pageSlugs()) pages[slug] = await answersOf(fixturePage(slug), source);
const reports: Record<string, unknown> = {};
for (const name of reportNames()) reports[name] = await answersOf(reportPage(name), source);
writeFileSync(RECORDED, `${JSON.stringify({ pages, reports }, null, 1)}\n`);
process.stderr.write(
  `fixtures:recognition: ${Object.keys(pages).length} pages, ${Object.keys(reports).length} reports → ${RECORDED}\n`,
);
