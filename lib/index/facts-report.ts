// What `npm run facts` prints: each story's facts with every outlet's figure and the status, as a table for
// reviewers or as JSON for tools (`--json`, a fixed shape other tools rely on). Facts come in display order, the
// one the sidebar uses: for a reader of none of the articles, or of one (`--article ID`).
import { factsReportedBy, orderFacts, orderReason } from '../story/fact-order';
import type { ClaimValue, RuntimeFact, RuntimeIndex, RuntimeStory } from '../story/runtime-types';

/** The `--json` shape: stories, their articles, and each fact's claims with parsed values. */
export interface FactsReport {
  stories: {
    id: string;
    title: string;
    articles: { id: string; publisher: string; revision: number | null }[];
    facts: {
      id: string;
      label: string;
      status: string;
      claims: { article: string; quote: string; figure: string; value: FactsReportValue }[];
    }[];
  }[];
}

/** A claim's value in the report: the parsed interval, or the reviewer's normalised statement. */
export type FactsReportValue = { lo: number; hi: number; unit: string } | { lo: string; hi: string } | string;

function reportValue(value: ClaimValue): FactsReportValue {
  switch (value.kind) {
    case 'quantity':
      return { lo: value.lo, hi: value.hi, unit: value.unit };
    case 'date':
      return { lo: value.lo, hi: value.hi };
    case 'statement':
      return value.value;
  }
}

/** Which stories to report and in what order their facts come: a page of `articleId`, or no page at all. */
interface Reading {
  story: RuntimeStory;
  facts: RuntimeFact[];
  reported: Set<string> | null;
}

/** The stories holding `articleId` (all of them without one), with their facts in that reader's display order. */
function readings(index: RuntimeIndex, articleId?: string): Reading[] {
  const stories = articleId ? index.stories.filter((s) => s.articles.some((a) => a.id === articleId)) : index.stories;
  return stories.map((story) => {
    const reported = articleId ? factsReportedBy(story.facts, articleId) : null;
    return { story, facts: orderFacts(story.facts, reported), reported };
  });
}

/** Whether some story of the index has an article with this id. */
export function hasArticle(index: RuntimeIndex, articleId: string): boolean {
  return index.stories.some((s) => s.articles.some((a) => a.id === articleId));
}

/** The report of a built index in the `--json` shape; with `articleId`, its story in that page's display order. */
export function factsReport(index: RuntimeIndex, articleId?: string): FactsReport {
  return {
    stories: readings(index, articleId).map(({ story: s, facts }) => ({
      id: s.id,
      title: s.title,
      articles: s.articles.map((a) => ({ id: a.id, publisher: a.publisher, revision: a.revision?.number ?? null })),
      facts: facts.map((f) => ({
        id: f.id,
        label: f.label,
        status: f.status,
        claims: f.claims.map((c) => ({
          article: c.article,
          quote: c.quote.exact,
          figure: c.figureText,
          value: reportValue(c.value),
        })),
      })),
    })),
  };
}

function flagLines(fact: RuntimeFact): string[] {
  const lines: string[] = [];
  if (fact.override)
    lines.push(`override: ${fact.override.status} (computed ${fact.computedStatus}): ${fact.override.reason}`);
  if (fact.flags.selfContradictions.length > 0)
    lines.push(`contradicts itself: ${fact.flags.selfContradictions.join(', ')}`);
  if (fact.flags.changedBetweenRevisions.length > 0) {
    lines.push(`changed between revisions: ${fact.flags.changedBetweenRevisions.join(', ')}`);
  }
  return lines;
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

/**
 * A plain-text table: one block per fact, one row per claim (article, figure, value, attribution). Each block is
 * numbered in display order and says why it sits there; with `articleId`, the order of that article's page.
 */
export function factsTable(index: RuntimeIndex, articleId?: string): string {
  const out: string[] = [];
  for (const { story, facts, reported } of readings(index, articleId)) {
    const counts = new Map<string, number>();
    for (const f of story.facts) counts.set(f.status, (counts.get(f.status) ?? 0) + 1);
    out.push(`${story.title} [${story.id}]`);
    out.push(`${story.facts.length} facts: ${[...counts].map(([s, n]) => `${n} ${s}`).join(', ')}`);
    out.push(
      `articles: ${story.articles.map((a) => `${a.id} (${a.publisher}${a.revision ? ` r${a.revision.number}` : ''})`).join(', ')}`,
    );
    out.push(
      reported
        ? `order on the page of ${articleId}: the ${reported.size} fact${reported.size === 1 ? '' : 's'} it reports first, ` +
            'disputed first, then by weight'
        : 'order for a reader of none of the articles: disputed first, then by weight (`--article ID` for a page)',
    );
    facts.forEach((fact, i) => {
      out.push('');
      out.push(`${i + 1}. ${fact.status.toUpperCase()}  ${fact.label}  [${fact.id}, ${fact.kind}]`);
      out.push(`  order: ${orderReason(fact, reported)}`);
      for (const line of flagLines(fact)) out.push(`  ! ${line}`);
      const idWidth = Math.max(...fact.claims.map((c) => c.article.length));
      const figureWidth = Math.max(...fact.claims.map((c) => c.figureText.length + 2));
      const valueWidth = Math.max(...fact.claims.map((c) => c.display.length));
      for (const c of fact.claims) {
        const who = c.attribution ? `  (${c.attribution})` : '';
        out.push(
          `  ${pad(c.article, idWidth)}  ${pad(`"${c.figureText}"`, figureWidth)}  ${pad(c.display, valueWidth)}${who}`.trimEnd(),
        );
      }
    });
    out.push('');
  }
  return out.join('\n');
}
