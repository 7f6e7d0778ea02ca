// The event decision in words, for `npm run detect -- PAGE --explain`: each story the page was weighed against as a
// report, the evidence, the gate that decided, and the margin over the next-best story.
import { EVENT_THRESHOLDS, UNDATED } from '../event/recognise-event';
import type { AnswerDetail } from './answer';

/** The event part of an explanation, as lines of text. */
export function formatEventExplanation(detail: AnswerDetail): string {
  if (detail.candidates.length === 0) return 'event: no indexed story names enough of the words this page names\n';
  const lines = [`event: ${detail.candidates.length} candidate stor${detail.candidates.length === 1 ? 'y' : 'ies'}`];
  const scores = detail.candidates.map((c) => c.match?.score ?? 0).sort((a, b) => b - a);
  for (const c of detail.candidates) {
    const e = c.evidence;
    const t = e.date === 'unknown' ? { ...EVENT_THRESHOLDS, ...UNDATED } : EVENT_THRESHOLDS;
    lines.push(
      `  ${c.pack ? `${c.pack}/` : ''}${c.story} (shared names weighing ${c.names}: ${c.shared.slice(0, 6).join(', ')}): ` +
        `${e.facts} facts (≥ ${t.minFacts}), ${e.leadFacts} at the top (≥ ${t.minLeadFacts}), ` +
        `${Math.round(e.share * 100)}% of the page's figures (≥ ${Math.round(t.minShare * 100)}%), ` +
        `${e.names} of ${e.namesOf} shared names, date ${e.date}`,
    );
    if (c.match) {
      const next = scores.find((s) => s < c.match!.score) ?? 0;
      lines.push(
        `    → event match, score ${c.match.score} (margin over the next story: ${round(c.match.score - next)})`,
      );
    } else lines.push(`    → no: ${e.reasons.join('; ')}`);
  }
  return `${lines.join('\n')}\n`;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
