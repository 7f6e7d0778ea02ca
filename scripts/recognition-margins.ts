// `npm run margins`: the text evidence behind every recognition threshold. Runs the page fixtures and the
// programmatic copies, openings and quotations through explainRecognition and prints, per group of pages,
// the range of containment, coverage, matched words and blocks (of the expected article for pages that must
// match, of the nearest candidate for pages that must not), how many got the right answer, and every miss.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildRecognitionIndex } from '../lib/recognise/build-recognition-index';
import { type CandidateExplanation, explainRecognition } from '../lib/recognise/explain';
import { openingCases, quotationCases, type RecognitionCase } from '../tests/unit/recognise/helpers/cases';
import { OTHER_MALI_STORIES, SAME_EVENT_OTHER_WORDS } from '../tests/unit/recognise/helpers/other-texts';
import { newsPage, snapshotOf } from '../tests/unit/recognise/helpers/pages';
import { loadStories, paragraphsOf, REPO } from '../tests/unit/recognise/helpers/stories';

const stories = loadStories();
const index = buildRecognitionIndex(stories);
const PAGES = join(REPO, 'tests/fixtures/pages');

function fixtureGroup(slug: string, matches: boolean): string {
  if (matches) {
    if (/opening|preview/.test(slug)) return 'fixtures: short openings';
    if (/teaser/.test(slug)) return 'fixtures: teasers before a sign-in wall';
    if (/trimmed/.test(slug)) return 'fixtures: trimmed copies';
    return 'fixtures: full copies';
  }
  if (/quotes|highlights/.test(slug)) return 'fixtures: quotations (commentary, round-up, list page)';
  if (/^other-|france24-hostages|wayback-other|cnn-tech/.test(slug)) return 'fixtures: other outlets and other stories';
  return 'fixtures: fronts, search, tag, forum and unrelated pages';
}

function fixtureCases(): (RecognitionCase & { url: string })[] {
  return readdirSync(PAGES, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => {
      const expected = JSON.parse(readFileSync(join(PAGES, e.name, 'expected.json'), 'utf8'));
      return {
        group: fixtureGroup(e.name, expected.match !== null),
        name: e.name,
        html: readFileSync(join(PAGES, e.name, 'page.html'), 'utf8'),
        expect: expected.match && { article: expected.match.article, revision: expected.match.revision },
        url: expected.url ?? `file:///fixtures/${e.name}/page.html`,
      };
    });
}

function copyCases(): RecognitionCase[] {
  const cases: RecognitionCase[] = [];
  for (const id of ['cnn-r1', 'cnn-r2', 'afp', 'globalpost', 'france24']) {
    const p = paragraphsOf(stories, id);
    const expect = { article: id, revision: id === 'cnn-r1' ? 1 : id === 'cnn-r2' ? 2 : null };
    cases.push({ group: 'copies: full, another layout', name: id, html: newsPage(p), expect });
    cases.push({
      group: 'copies: trimmed to 60%',
      name: id,
      html: newsPage(p.slice(0, Math.ceil(p.length * 0.6))),
      expect,
    });
  }
  cases.push({
    group: 'other outlets, other Mali stories (tests)',
    name: 'same event',
    html: newsPage(SAME_EVENT_OTHER_WORDS),
    expect: null,
  });
  for (const [name, text] of Object.entries(OTHER_MALI_STORIES)) {
    cases.push({ group: 'other outlets, other Mali stories (tests)', name, html: newsPage(text), expect: null });
  }
  return cases;
}

const range = (values: number[]) => {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const f = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(2));
  return values.length === 0 ? '–' : lo === hi ? f(lo) : `${f(lo)}–${f(hi)}`;
};

interface Row {
  group: string;
  n: number;
  right: number;
  evidence: CandidateExplanation[];
}
const rows = new Map<string, Row>();
const misses: string[] = [];
const all = [...fixtureCases(), ...copyCases(), ...openingCases(stories), ...quotationCases(stories)];
for (const c of all) {
  const x = explainRecognition(snapshotOf(c.html, 'url' in c ? (c.url as string) : undefined), index, 50);
  const got = x.match && { article: x.match.article, revision: x.match.revision };
  const right = JSON.stringify(got) === JSON.stringify(c.expect);
  const evidence = c.expect ? x.candidates.find((k) => k.article === c.expect?.article) : x.candidates[0];
  const row = rows.get(c.group) ?? { group: c.group, n: 0, right: 0, evidence: [] };
  rows.set(c.group, row);
  row.n++;
  if (right) row.right++;
  else misses.push(`${c.group} / ${c.name}: expected ${JSON.stringify(c.expect)}, got ${JSON.stringify(got)}`);
  if (evidence) row.evidence.push(evidence);
}

const out = [
  '| pages | n | right | containment | coverage | matched words | blocks |',
  '|---|---|---|---|---|---|---|',
];
for (const r of rows.values()) {
  const e = r.evidence;
  out.push(
    `| ${r.group} | ${r.n} | ${r.right} | ${range(e.map((x) => x.containment))} | ${range(e.map((x) => x.coverage))} | ` +
      `${range(e.map((x) => x.matchedWords))} | ${range(e.map((x) => x.blocks))} |`,
  );
}
process.stdout.write(
  `${out.join('\n')}\n\n${misses.length ? `misses and wrong answers:\n${misses.join('\n')}` : 'no misses, no wrong answers'}\n`,
);
