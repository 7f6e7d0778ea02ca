// `npm run eval:events -- CORPUS.jsonl [--draft N] [--events FILE[:KEY,…]] [--score-events FILE[:KEY,…]] [--use
// FILE[:KEY,…]] [--same-week-negatives] [--undated] [--seed S] [--explain ID,…] [--json] [--verbose]`: event
// recognition on any corpus of news grouped by event. --explain prints on stderr, for each listed article each time it
// is read, the event decision as `detect --explain` gives it. --facts-sample N prints on stderr N drafted facts that
// two or more articles report, drawn with the seed, for a hand check of the drafting (with their cohesion; --compared:
// only those a comparison of reports shows, lib/compare). Each indexed event (at least N+1 articles, or those --events
// lists) is drafted into a story from its first N articles; the drafts are built into a throwaway index in a temporary
// folder (the only place drafts are allowed); every other article is laid out as a saved page and read through the
// engine's one door, as the extension reads it.
// Prints one JSON object with --json:
// {"events","reports":{"n","recognised","wrongStory","missed","recall",…},"negatives":{"n","falseAlarms"},
//  "precision","undated":{"n","recognised"},"msPerPage":{"p50","p95"},"drafts":{"facts","sharedFacts",…}}
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { byEvent, CorpusError, readCorpus } from './eval/events-corpus/corpus';
import { buildEvaluationIndex } from './eval/events-corpus/evaluation-index';
import { readIdList } from './eval/events-corpus/id-list';
import { formatFactsSample } from './eval/events-corpus/facts-sample';
import { evaluateCorpus, formatSummary } from './eval/events-corpus/run';

const USAGE =
  'usage: npm run eval:events -- CORPUS.jsonl [--draft N] [--events FILE[:KEY,…]] [--score-events FILE[:KEY,…]] ' +
  '[--use FILE[:KEY,…]] [--same-week-negatives] [--undated] [--seed S] [--facts-sample N [--compared]] ' +
  '[--explain ID,…] [--json] [--verbose]';

function fail(message: string, code = 2): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

const args = process.argv.slice(2);
let corpusPath: string | null = null;
let draft = 2;
let events: Set<string> | null = null;
let scored: Set<string> | null = null;
let used: Set<string> | null = null;
let sameWeek = false;
let undated = false;
let seed = 20130206;
let json = false;
let verbose = false;
let factsSample = 0;
let compared = false;
let explain: Set<string> | null = null;
for (let i = 0; i < args.length; i++) {
  const arg = args[i]!;
  const value = () => args[++i] ?? fail(`${arg} needs a value\n${USAGE}`);
  if (arg === '--draft') draft = Number(value());
  else if (arg === '--events') events = readIdList(value());
  else if (arg === '--score-events') scored = readIdList(value());
  else if (arg === '--use') used = readIdList(value());
  else if (arg === '--same-week-negatives') sameWeek = true;
  else if (arg === '--undated') undated = true;
  else if (arg === '--seed') seed = Number(value());
  else if (arg === '--json') json = true;
  else if (arg === '--verbose') verbose = true;
  else if (arg === '--facts-sample') factsSample = Number(value());
  else if (arg === '--compared') compared = true;
  else if (arg === '--explain') explain = new Set(value().split(',').filter(Boolean));
  else if (arg === '-h' || arg === '--help') fail(USAGE, 0);
  else if (arg.startsWith('--')) fail(`unknown option ${arg}\n${USAGE}`);
  else if (corpusPath === null) corpusPath = arg;
  else fail(`one corpus at a time\n${USAGE}`);
}
if (corpusPath === null) fail(USAGE);
if (!Number.isInteger(draft) || draft < 1) fail('--draft takes a whole number of articles, 1 or more');
if (!Number.isFinite(seed)) fail('--seed takes a number');
if (explain?.size === 0) fail('--explain takes the ids of articles, separated by commas');

let corpus: ReturnType<typeof readCorpus>;
try {
  corpus = readCorpus(corpusPath);
} catch (error) {
  if (error instanceof CorpusError) fail(error.message);
  throw error;
}
// --use keeps only the articles of the events it lists (and those of no event): a development run reads no
// held-out article, not even as a negative.
if (used) corpus = corpus.filter((a) => a.event === null || used.has(a.event));
const unknown = [...(explain ?? [])].filter((id) => !corpus.some((a) => a.id === id));
if (unknown.length > 0) fail(`--explain: no article ${unknown.join(', ')} in the corpus (or --use left it out)`);
const grouped = byEvent(corpus);
const indexed = new Map(
  [...grouped].filter(([event, articles]) => (events ? events.has(event) : articles.length >= draft + 1)),
);
if (indexed.size === 0) fail('no event to index: none has enough articles (or --events lists none of the corpus)');

const dir = mkdtempSync(join(tmpdir(), 'parallax-eval-events-'));
process.stderr.write(
  `eval:events: drafting ${indexed.size} stories from their first ${draft} article(s) into a throwaway index in ` +
    `${dir} (drafts are allowed there only; it is removed afterwards)\n`,
);
try {
  const index = buildEvaluationIndex(join(import.meta.dirname, '..'), dir, indexed, draft);
  const result = await evaluateCorpus({
    corpus,
    indexed,
    index,
    draft,
    scored,
    sameWeek,
    undated,
    seed,
    pagesDir: join(dir, 'pages'),
    explain: explain ? { ids: explain, write: (text) => process.stderr.write(text) } : undefined,
  });
  if (json) process.stdout.write(`${JSON.stringify(verbose ? result : { ...result, problems: undefined })}\n`);
  else process.stdout.write(formatSummary(result, verbose));
  if (factsSample > 0) process.stderr.write(formatFactsSample(index.shared, factsSample, seed, compared));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
