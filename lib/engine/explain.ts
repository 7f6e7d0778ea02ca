// The event decision in words, for `npm run detect -- PAGE --explain`: each story the page was weighed against as a
// report, why it was a candidate (the names it shares, how much they weigh, which are the story's own), the
// evidence of each way to a match (its figures, its own names, its headline's words), the gate that decided, and the
// margin over the next-best story.
import { EVENT_THRESHOLDS, NAME_THRESHOLDS, UNDATED, WORD_THRESHOLDS } from '../event/recognise-event';
import type { AnswerDetail } from './answer';

/** The event part of an explanation, as lines of text. */
export function formatEventExplanation(detail: AnswerDetail): string {
  if (detail.candidates.length === 0) return 'event: no indexed story shares enough of the names this page uses\n';
  const lines = [
    `event: ${detail.candidates.length} candidate stor${detail.candidates.length === 1 ? 'y' : 'ies'} ` +
      `(page dated ${detail.published ?? 'nowhere in its metadata or text'})`,
  ];
  for (const c of detail.candidates) {
    const e = c.evidence;
    const dated = e.date !== 'unknown';
    const t = dated ? EVENT_THRESHOLDS : { ...EVENT_THRESHOLDS, ...UNDATED };
    const n = NAME_THRESHOLDS;
    lines.push(
      `  ${c.pack ? `${c.pack}/` : ''}${c.story}: shared names weighing ${c.names} against the next story's ` +
        `${e.nextScore} (${c.shared.slice(0, 8).join(', ')}${c.shared.length > 8 ? ', …' : ''}); date ${e.date}` +
        `${e.namedDay ? ` (the page names ${e.namedDay})` : ''}`,
      `    by its figures: ${e.facts} facts (≥ ${t.minFacts}), ${e.leadFacts} at the top (≥ ${t.minLeadFacts}), ` +
        `${Math.round(e.share * 100)}% of the page's figures (≥ ${Math.round(t.minShare * 100)}%), ${e.names} of ` +
        `${e.namesOf} shared names`,
      `    by its own names: ${e.specificNames.length ? e.specificNames.join(', ') : 'none'}` +
        `${e.people.length ? ` (people: ${e.people.join(', ')})` : ''}` +
        `${e.leadSpecific.length ? ` (at the top of both: ${e.leadSpecific.join(', ')})` : ''}; needs ` +
        `${dated ? n.minSpecific : n.undatedMinSpecific}, names weighing ≥ ${n.minScore} and ≥ ${n.margin}× the next`,
    );
    const w = WORD_THRESHOLDS;
    lines.push(
      `    by its headline's words: ${e.words.length ? e.words.join(', ') : 'none'} weighing ${e.wordScore}; needs ` +
        `${w.minWords} weighing ≥ ${w.minScore}, dated in the story's days, names and words ≥ ${w.margin}× the next`,
    );
    if (c.match) lines.push(`    → event match by its ${e.route}, score ${c.match.score}`);
    else lines.push(`    → no: ${e.reasons.join('; ')}`);
  }
  return `${lines.join('\n')}\n`;
}
