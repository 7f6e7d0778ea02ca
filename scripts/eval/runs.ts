// The two alignment evaluations: leave one outlet out over the reviewed index (alignment alone), and the report
// corpus (through the engine's door, as the extension reads a page).
import { addText, alignTextOf, emptyScores, withoutOutlet, type Pair, type Scores } from '../../lib/claims/evaluate';
import type { Alignment } from '../../lib/claims/types';
import { readPage } from '../../lib/engine/read-page';
import type { IndexSource } from '../../lib/engine/sources';
import { locateQuote } from '../../lib/story/locate-quote';
import type { RuntimeStory } from '../../lib/story/runtime-types';
import type { ReportText } from './reports';
import { reportPage } from './events';
import type { Reviewed } from './reviewed';

function kindLookup(stories: readonly RuntimeStory[]): (fact: string) => string {
  const kinds = new Map(stories.flatMap((s) => s.facts.map((f) => [f.id, f.kind] as const)));
  return (fact) => kinds.get(fact) ?? 'unknown';
}

/** Each article against its story without its outlet's claims: are its reviewed claims found again? */
export function evaluateLeaveOneOut(reviewed: Reviewed): Scores {
  const scores = emptyScores();
  const kindOf = kindLookup(reviewed.stories);
  for (const story of reviewed.stories) {
    for (const article of story.articles) {
      const expected: Pair[] = [];
      for (const fact of story.facts) {
        for (const c of fact.claims) {
          if (c.article !== article.id) continue;
          const found = locateQuote(article.text, c.quote.exact, c.quote.prefix, c.quote.suffix);
          if (!found.ok) continue;
          const start = found.quote.start + c.figure.start;
          expected.push({
            fact: fact.id,
            start,
            end: start + (c.figure.end - c.figure.start),
            figure: c.figureText,
            kind: fact.kind,
          });
        }
      }
      const alignments = alignTextOf(
        article.text,
        withoutOutlet(story, article.id),
        reviewed.referenceDay.get(article.id) ?? null,
      );
      addText(scores, article.id, expected, alignments, kindOf);
    }
  }
  return scores;
}

/**
 * The corpus through the engine's one door: a report's figures count when the engine answers that the text reports
 * its story (the one story gate, lib/event/recognise-event.ts), and a near miss's figures count as wrong when the
 * engine answers that it reports any story.
 */
export async function evaluateReports(
  reviewed: Reviewed,
  texts: readonly ReportText[],
  source: IndexSource,
): Promise<{ scores: Scores; texts: number; nearMisses: number }> {
  const scores = emptyScores();
  const kindOf = kindLookup(reviewed.stories);
  for (const t of texts) {
    const reading = await readPage(reportPage(t, false), [source], { detail: true });
    const detail = reading.detail!;
    // Offsets in the reading's text are past the headline and its blank line.
    const shift = detail.text.length - t.text.length;
    const expected: Pair[] = t.expected.map((e) => ({
      fact: e.fact,
      start: e.start + shift,
      end: e.end + shift,
      figure: e.figure,
      kind: null,
    }));
    const answered = reading.kind === 'event' && (t.story === null || reading.story.id === t.story);
    const alignments: Alignment[] = answered
      ? detail.alignments.filter((a) => a.claim.figure.start >= shift)
      : detail.claims.map((claim) => ({
          claim,
          fact: null,
          confidence: 0,
          value: null,
          agrees: [],
          differs: [],
          reason: `not read as a report of ${t.story ?? 'a story'}${reading.kind === 'event' ? ` (read as ${reading.story.id})` : ''}`,
          candidate: null,
        }));
    addText(scores, t.slug, expected, alignments, kindOf);
  }
  return {
    scores,
    texts: texts.filter((t) => t.kind === 'report').length,
    nearMisses: texts.filter((t) => t.kind === 'near-miss').length,
  };
}
