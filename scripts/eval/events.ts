// Event recognition over the report corpora, through the engine's one door: which reports are recognised as their
// story and which near misses raise a false alarm, dated as written and with their dates removed; and, on
// recognised reports, how many of the page's figures the sidebar states (lines) and marks in the page, and how many
// of those are right.
import type { AnswerDetail } from '../../lib/engine/answer';
import { readPage } from '../../lib/engine/read-page';
import type { IndexSource } from '../../lib/engine/sources';
import { marksFigure, shownFact } from '../../lib/event/page-figures';
import { type PageSnapshot, snapshotAt } from '../../lib/extract/page-snapshot';
import type { ReportText } from './reports';

/** Counts with their ratio. */
export interface Rate {
  correct: number;
  of: number;
  rate: number;
}

/** What the event evaluation prints. */
export interface EventScores {
  /** Reports recognised as their story (dated as written; with every date removed). */
  reports: { dated: Rate; undated: Rate };
  /** Near misses recognised as a story: false alarms (each should be 0). */
  falseAlarms: { dated: Rate; undated: Rate };
  /**
   * On recognised dated reports: figures the sidebar ties to a fact (precision), and the reviewed figures it finds
   * (recall).
   */
  lines: { precision: Rate; recall: Rate };
  /** Figures marked in the page as differing: how many report the fact they were tied to. */
  marks: { precision: Rate };
  /** Each wrong line or mark, and each missed report or false alarm, in words. */
  problems: string[];
}

const rate = (correct: number, of: number): Rate => ({
  correct,
  of,
  rate: of === 0 ? 1 : Math.round((correct / of) * 1000) / 1000,
});

/** A corpus text as the content script would send it: no address the index knows, its headline and date. */
export function reportPage(t: ReportText, undated: boolean): PageSnapshot {
  return snapshotAt(`file:///reports/${t.slug}.txt`, {
    text: t.text,
    headline: t.headline,
    published: undated ? null : t.published,
  });
}

/** Reads every text of a corpus through the engine's door, against every story of the index. */
export async function evaluateEvents(source: IndexSource, texts: readonly ReportText[]): Promise<EventScores> {
  const problems: string[] = [];
  let datedHits = 0,
    undatedHits = 0,
    datedAlarms = 0,
    undatedAlarms = 0;
  let lines = 0,
    linesRight = 0,
    found = 0,
    expected = 0,
    marks = 0,
    marksRight = 0;
  const reports = texts.filter((t) => t.kind === 'report');
  const nearMisses = texts.filter((t) => t.kind === 'near-miss');
  for (const t of texts) {
    for (const undated of [false, true]) {
      const reading = await readPage(reportPage(t, undated), [source], { detail: true });
      const matched = reading.kind === 'event' ? reading.story.id : null;
      const right = matched === t.story;
      if (t.kind === 'report') {
        if (right) undated ? undatedHits++ : datedHits++;
        else if (!undated) problems.push(`${t.slug}: not recognised (${whyNot(reading.detail)})`);
      } else if (matched !== null) {
        undated ? undatedAlarms++ : datedAlarms++;
        problems.push(`${t.slug}${undated ? ' (undated)' : ''}: false alarm, recognised as ${matched}`);
      }
      if (undated || !right || reading.kind !== 'event' || !reading.detail) continue;
      const detail = reading.detail;
      // Offsets in the reading's text are past the headline and its blank line.
      const shift = detail.text.length - t.text.length;
      // The reviewed figure a claim's span overlaps (a speaker may be read with the title before the name).
      const truth = (a: { claim: { figure: { start: number; end: number } } }) =>
        t.expected.find((e) => e.start < a.claim.figure.end - shift && a.claim.figure.start - shift < e.end);
      expected += t.expected.filter((e) => e.fact !== null).length;
      const foundFacts = new Set<string>();
      for (const a of detail.alignments) {
        const fact = shownFact(a);
        if (fact === null || a.claim.figure.start < shift) continue;
        lines++;
        const e = truth(a);
        if (e?.fact === fact) {
          linesRight++;
          foundFacts.add(`${e.start}`);
        } else
          problems.push(
            `${t.slug}: "${a.claim.figure.text}" stated as ${fact} (reviewed: ${e?.fact ?? 'none'}, confidence ${a.confidence.toFixed(2)})`,
          );
      }
      found += foundFacts.size;
      for (const a of detail.alignments) {
        const fact = shownFact(a);
        if (fact === null || !marksFigure(a) || a.claim.figure.start < shift) continue;
        marks++;
        const e = truth(a);
        if (e?.fact === fact) marksRight++;
        else
          problems.push(
            `${t.slug}: "${a.claim.figure.text}" marked as differing on ${fact} (reviewed: ${e?.fact ?? 'none'})`,
          );
      }
    }
  }
  return {
    reports: { dated: rate(datedHits, reports.length), undated: rate(undatedHits, reports.length) },
    falseAlarms: { dated: rate(datedAlarms, nearMisses.length), undated: rate(undatedAlarms, nearMisses.length) },
    lines: { precision: rate(linesRight, lines), recall: rate(found, expected) },
    marks: { precision: rate(marksRight, marks) },
    problems,
  };
}

// Why the engine did not answer "event" for a report: the first candidate's reasons, or that none was weighed.
function whyNot(detail: AnswerDetail | undefined): string {
  const first = detail?.candidates[0];
  return first ? first.evidence.reasons.join('; ') || `another story matched` : 'no story matched';
}
