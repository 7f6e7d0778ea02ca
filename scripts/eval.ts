// `npm run eval [-- --json] [--verbose] [--skip-heldout]`: honest figures for the claim engine. Leave one outlet out over the
// reviewed index; the report and near-miss corpus in tests/fixtures/reports/; how the drafting tool groups the
// indexed texts' claims into facts against the reviewers' grouping; a held-out corpus written after the
// engine was tuned (tests/fixtures/reports-heldout/); and the figures of the quantity corpus
// (tests/fixtures/quantities/, dev to dev10 and held-out; --skip-heldout leaves the held-out quantities unread while the
// grammar is developed). Figures are printed, never asserted.
import { join } from 'node:path';
import { evaluateDrafting } from '../lib/claims/evaluate-drafting';
import { storiesSource } from '../lib/engine/sources';
import { rates, type Scores, type Tally } from '../lib/claims/evaluate';
import { evaluateEvents, type EventScores, type Rate } from './eval/events';
import {
  corporaDir,
  DEV_SPLITS,
  evaluateQuantities,
  type QuantityScores,
  type QuantitySplit,
  quantitiesReport,
} from './eval/quantities';
import { evaluateLeaveOneOut, evaluateReports } from './eval/runs';
import { loadReviewed } from './eval/reviewed';
import { loadReports } from './eval/reports';

const args = process.argv.slice(2);
const OPTIONS = ['--json', '--verbose', '--skip-heldout'];
const unknown = args.find((a) => !OPTIONS.includes(a));
if (unknown !== undefined) {
  process.stderr.write(
    `${unknown.startsWith('-') ? `unknown option ${unknown}` : `unexpected argument ${unknown}`}\n` +
      'usage: npm run eval [-- --json] [--verbose] [--skip-heldout]\n',
  );
  process.exit(2);
}
const json = args.includes('--json');
const verbose = args.includes('--verbose');
const skipHeldout = args.includes('--skip-heldout');
const root = join(import.meta.dirname, '..');

const reviewed = loadReviewed(root);
const leaveOneOut = evaluateLeaveOneOut(reviewed);
// The reviewed stories as an index, signed for event matches as the index build signs them.
const source = storiesSource(reviewed.stories);
const reports = await evaluateReports(reviewed, loadReports(join(root, 'tests/fixtures/reports')), source);
// Written after the engine's rules and thresholds were fixed, and never used to tune them.
const heldOut = await evaluateReports(reviewed, loadReports(join(root, 'tests/fixtures/reports-heldout')), source);
const events = {
  reports: await evaluateEvents(source, loadReports(join(root, 'tests/fixtures/reports'))),
  heldOut: await evaluateEvents(source, loadReports(join(root, 'tests/fixtures/reports-heldout'))),
};
// The quantity corpus: dev is for development; held-out figures are for reporting only.
const corpora = corporaDir(root);
const quantityFile = (name: QuantitySplit) => join(root, `tests/fixtures/quantities/${name}.jsonl`);
const quantities = {
  ...Object.fromEntries(DEV_SPLITS.map((name) => [name, evaluateQuantities(quantityFile(name), corpora)])),
  heldout: skipHeldout ? null : evaluateQuantities(quantityFile('heldout'), corpora),
} as Record<QuantitySplit, QuantityScores | null>;
const quantityJson = (s: QuantityScores | null) =>
  s && {
    precision: s.precision,
    recall: s.recall,
    f1: s.f1,
    unit: s.unit,
    change: s.change,
    counts: s.counts,
    paragraphs: s.paragraphs,
    skipped: s.skipped,
  };
const drafting = evaluateDrafting(reviewed.stories, (id) => reviewed.referenceDay.get(id) ?? null);

const summary = (s: Scores, extra: Record<string, unknown> = {}) => ({
  ...rates(s.total),
  ...extra,
  counts: s.total,
  byKind: Object.fromEntries(
    Object.entries(s.byKind)
      .sort()
      .map(([k, t]) => [k, { ...rates(t), ...t }]),
  ),
  wrong: s.wrong,
  missed: s.missed,
});

if (json) {
  process.stdout.write(
    `${JSON.stringify({
      leaveOneOut: summary(leaveOneOut),
      reports: summary(reports.scores, { texts: reports.texts, nearMisses: reports.nearMisses }),
      drafting,
      heldOut: summary(heldOut.scores, { texts: heldOut.texts, nearMisses: heldOut.nearMisses }),
      events,
      quantities: {
        ...Object.fromEntries(DEV_SPLITS.map((name) => [name, quantityJson(quantities[name])])),
        heldout: quantityJson(quantities.heldout),
        corpora: corpora !== null,
      },
    })}\n`,
  );
} else {
  const line = (name: string, t: Tally) => {
    const r = rates(t);
    return `${name.padEnd(22)} precision ${r.precision.toFixed(3)} (${t.correct}/${t.predicted})   recall ${r.recall.toFixed(3)} (${t.found}/${t.expected})`;
  };
  const block = (title: string, s: Scores) => {
    const out = [`${title}`, line('  all', s.total)];
    for (const [kind, t] of Object.entries(s.byKind).sort()) out.push(line(`  ${kind}`, t));
    out.push(`  wrong alignments: ${s.wrong.length}`);
    for (const m of s.wrong)
      out.push(`    ${m.text}: "${m.figure}" → ${m.got} (reviewed: ${m.expected ?? 'none'}) — ${m.reason}`);
    out.push(`  misses: ${s.missed.length}`);
    for (const m of verbose ? s.missed : s.missed.slice(0, 40))
      out.push(`    ${m.text}: "${m.figure}" (${m.expected}) — ${m.reason}`);
    if (!verbose && s.missed.length > 40) out.push(`    … ${s.missed.length - 40} more (--verbose)`);
    return out.join('\n');
  };
  const r = (x: Rate) => `${x.rate.toFixed(3)} (${x.correct}/${x.of})`;
  const eventBlock = (title: string, e: EventScores) =>
    [
      title,
      `  reports recognised as their story: ${r(e.reports.dated)}; with their dates removed: ${r(e.reports.undated)}`,
      `  near misses recognised as a story (false alarms): ${r(e.falseAlarms.dated)}; with their dates removed: ${r(e.falseAlarms.undated)}`,
      `  figures the sidebar ties to a fact: precision ${r(e.lines.precision)}   recall ${r(e.lines.recall)}`,
      `  figures marked in the page as differing: precision ${r(e.marks.precision)}`,
      ...e.problems.slice(0, verbose ? undefined : 20).map((p) => `    ${p}`),
      ...(!verbose && e.problems.length > 20 ? [`    … ${e.problems.length - 20} more (--verbose)`] : []),
    ].join('\n');
  process.stdout.write(
    `${[
      eventBlock('Event matches on the report corpus (tests/fixtures/reports/)', events.reports),
      '',
      eventBlock('Event matches on the held-out corpus (tests/fixtures/reports-heldout/)', events.heldOut),
      '',
      block("Leave one outlet out (each indexed article against the story without its outlet's claims)", leaveOneOut),
      '',
      block(
        `Report corpus (${reports.texts} reports, ${reports.nearMisses} near misses, tests/fixtures/reports/)`,
        reports.scores,
      ),
      '',
      block(
        `Held-out corpus, never used to tune the engine (${heldOut.texts} reports, ${heldOut.nearMisses} near misses, tests/fixtures/reports-heldout/)`,
        heldOut.scores,
      ),
      '',
      `Drafting (npm run draft-story on the indexed texts, pairs of claims grouped as one fact, against facts.json)`,
      `  precision ${drafting.precision.toFixed(3)} (${drafting.counts.correct}/${drafting.counts.grouped})   recall ${drafting.recall.toFixed(3)} (${drafting.counts.found}/${drafting.counts.reviewed})`,
      `  reviewed claims the draft holds: ${drafting.counts.claimsFound}/${drafting.counts.claims}`,
      '',
      quantitiesReport(quantities, corpora, verbose, skipHeldout),
    ].join('\n')}\n`,
  );
}
