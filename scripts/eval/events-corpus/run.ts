// Reads every article that is not part of a draft through the engine's one door and counts: reports of indexed
// events recognised as their story (or another, or none), negatives recognised as a story (false alarms), the same
// reports with their dates removed, and the time each page takes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnswerDetail } from '../../../lib/engine/answer';
import { formatEventExplanation } from '../../../lib/engine/explain';
import { readPage } from '../../../lib/engine/read-page';
import { EVENT_THRESHOLDS } from '../../../lib/event/recognise-event';
import { storyWindows, withinStoryDays } from '../../../lib/event/story-days';
import { addDays } from '../../../lib/quantity/calendar';
import type { RuntimeStory } from '../../../lib/story/runtime-types';
import { readSavedPage } from '../../support/local-index';
import type { CorpusArticle } from './corpus';
import { dataId, type EvaluationIndex } from './evaluation-index';
import { random } from './random';
import { savedPageHtml } from './saved-page';

/** What one evaluation is given. */
export interface CorpusRun {
  corpus: readonly CorpusArticle[];
  indexed: ReadonlyMap<string, readonly CorpusArticle[]>;
  index: EvaluationIndex;
  draft: number;
  /** Only these events' reports are scored (the others are indexed as stories to tell apart); null: all. */
  scored: ReadonlySet<string> | null;
  sameWeek: boolean;
  undated: boolean;
  seed: number;
  pagesDir: string;
  /** Articles whose event decision is explained, each time it is read (`--explain`), and where to. */
  explain?: { ids: ReadonlySet<string>; write(text: string): void };
}

/** What `npm run eval:events -- --json` prints (fields are added, never renamed). */
export interface CorpusResult {
  events: number;
  reports: {
    n: number;
    recognised: number;
    wrongStory: number;
    missed: number;
    recall: number;
    /** Reports dated within their story's days (lib/event/story-days.ts). */
    inWindow: { n: number; recognised: number; wrongStory: number; recall: number };
  };
  negatives: { n: number; falseAlarms: number; sameWeek: boolean };
  precision: number;
  undated: { n: number; recognised: number };
  msPerPage: { p50: number; p95: number };
  drafts: { facts: number; sharedFacts: number; stories: number; refused: number; underThreeShared: number };
  problems?: string[];
}

const round = (x: number) => Math.round(x * 1000) / 1000;

function inWindow(day: string | null, story: RuntimeStory | undefined): boolean {
  if (!day || !story) return false;
  return withinStoryDays(day, story);
}

/** Runs the evaluation. */
export async function evaluateCorpus(run: CorpusRun): Promise<CorpusResult> {
  const { index, draft } = run;
  mkdirSync(run.pagesDir, { recursive: true });
  const times: number[] = [];
  const problems: string[] = [];
  const storyOfEvent = (event: string) => index.stories.get(event);

  async function read(article: CorpusArticle, published: string | null) {
    const path = join(run.pagesDir, `${dataId(article.id)}.html`);
    writeFileSync(path, savedPageHtml(article, published));
    // The page is read as the content script reads it; what is timed is the engine's work, the background's share.
    const page = readSavedPage(path, article.url);
    // Timed as the background reads it; the evidence for the list of problems is asked for afterwards.
    const started = performance.now();
    const answer = await readPage(page, [index.source]);
    times.push(performance.now() - started);
    const story = answer.kind === 'article' ? answer.match.story : answer.kind === 'event' ? answer.story.id : null;
    const detail = () => readPage(page, [index.source], { detail: true }).then((r) => r.detail);
    if (run.explain?.ids.has(article.id)) {
      const explained = await detail();
      run.explain.write(
        `eval:events: ${article.id} (event ${article.event ?? 'none'}, read as dated ${published ?? 'nowhere'}): ` +
          `answered ${story ?? 'none'}\n${explained ? formatEventExplanation(explained) : ''}`,
      );
    }
    return { story, kind: answer.kind, detail };
  }

  const reports = { n: 0, recognised: 0, wrongStory: 0, missed: 0 };
  const window = { n: 0, recognised: 0, wrongStory: 0 };
  const undatedScore = { n: 0, recognised: 0 };
  for (const [event, articles] of run.indexed) {
    if (run.scored && !run.scored.has(event)) continue;
    const story = storyOfEvent(event);
    for (const article of articles.slice(draft)) {
      const published = run.undated ? null : article.published;
      const got = await read(article, published);
      const right = story !== undefined && got.story === story.id;
      reports.n++;
      if (right) reports.recognised++;
      else if (got.story) reports.wrongStory++;
      else reports.missed++;
      if (inWindow(article.published, story)) {
        window.n++;
        if (right) window.recognised++;
        else if (got.story) window.wrongStory++;
      }
      if (!right)
        problems.push(
          `report ${article.id} of event ${event}${story ? '' : ' (its draft was refused)'}: ` +
            (got.story ? `read as ${got.story}` : `missed (${why(await got.detail(), story?.id)})`),
        );
      const undated = run.undated ? got : await read(article, null);
      undatedScore.n++;
      if (story !== undefined && undated.story === story.id) undatedScore.recognised++;
    }
  }

  const next = random(run.seed);
  const stories = [...index.stories.values()];
  const negatives = { n: 0, falseAlarms: 0 };
  for (const article of run.corpus) {
    if (article.event !== null && run.indexed.has(article.event)) continue;
    let published = run.undated ? null : article.published;
    if (run.sameWeek && !run.undated && stories.length > 0) {
      // Into an indexed story's week: one of its windows of days (lib/event/story-days.ts), from the day before its
      // first day to three days after its last.
      const target = stories[Math.floor(next() * stories.length)]!;
      const windows = storyWindows(target);
      const [from, to] = windows[Math.floor(next() * windows.length)]!;
      const first = addDays(from, EVENT_THRESHOLDS.daysBefore - 1);
      const span = Math.max(0, daysBetween(first, addDays(to, 3 - EVENT_THRESHOLDS.daysAfter)));
      published = addDays(first, Math.floor(next() * (span + 1)));
    }
    const got = await read(article, published);
    negatives.n++;
    if (got.story) {
      negatives.falseAlarms++;
      problems.push(
        `negative ${article.id} (event ${article.event ?? 'none'}, dated ${published}): read as ${got.story}`,
      );
    }
  }

  times.sort((a, b) => a - b);
  const at = (q: number) => round(times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0);
  const predicted = reports.recognised + reports.wrongStory + negatives.falseAlarms;
  const drafts = index.drafts;
  const mean = (f: (d: (typeof drafts)[number]) => number) =>
    drafts.length === 0 ? 0 : round(drafts.reduce((n, d) => n + f(d), 0) / drafts.length);
  for (const r of index.refused)
    problems.push(`draft of event ${r.event} refused by the build: ${r.errors.join(' | ')}`);
  return {
    events: index.stories.size,
    reports: {
      ...reports,
      recall: round(reports.n === 0 ? 0 : reports.recognised / reports.n),
      inWindow: { ...window, recall: round(window.n === 0 ? 0 : window.recognised / window.n) },
    },
    negatives: { ...negatives, sameWeek: run.sameWeek },
    precision: round(predicted === 0 ? 1 : reports.recognised / predicted),
    undated: undatedScore,
    msPerPage: { p50: at(0.5), p95: at(0.95) },
    drafts: {
      facts: mean((d) => d.facts),
      sharedFacts: mean((d) => d.sharedFacts),
      stories: drafts.length,
      refused: index.refused.length,
      underThreeShared: drafts.filter((d) => d.sharedFacts < 3).length,
    },
    problems,
  };
}

function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

// Why the engine answered none for a report: its own story's evidence when it was weighed, else that it was not.
function why(detail: AnswerDetail | undefined, story: string | undefined): string {
  const own = detail?.candidates.find((c) => c.story === story);
  if (own) return own.evidence.reasons.join('; ');
  return detail && detail.candidates.length > 0
    ? `not a candidate; weighed ${detail.candidates.map((c) => c.story).join(', ')}`
    : 'not a candidate';
}

/** The result in words. */
export function formatSummary(r: CorpusResult, verbose: boolean): string {
  const lines = [
    `events indexed: ${r.events} (drafts: ${r.drafts.facts} facts per story, ${r.drafts.sharedFacts} reported by two ` +
      `or more articles; ${r.drafts.underThreeShared} stories with fewer than 3 shared facts; ${r.drafts.refused} ` +
      'drafts refused by the build)',
    `reports: ${r.reports.recognised}/${r.reports.n} recognised (recall ${r.reports.recall}), ${r.reports.wrongStory} as ` +
      `another story, ${r.reports.missed} missed; within the story's window ${r.reports.inWindow.recognised}/` +
      `${r.reports.inWindow.n} (recall ${r.reports.inWindow.recall})`,
    `negatives: ${r.negatives.falseAlarms}/${r.negatives.n} false alarms${r.negatives.sameWeek ? ' (dated into an indexed story’s week)' : ''}`,
    `precision: ${r.precision}`,
    `undated reports: ${r.undated.recognised}/${r.undated.n} recognised`,
    `ms per page: p50 ${r.msPerPage.p50}, p95 ${r.msPerPage.p95}`,
  ];
  if (verbose) lines.push(...(r.problems ?? []).map((p) => `  ${p}`));
  return `${lines.join('\n')}\n`;
}
