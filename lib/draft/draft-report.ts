// A drafted story in the shape `npm run facts -- --json` prints, with each fact's status computed from the draft's
// values and every fact marked `"draft": true`: what tools read before a reviewer has signed anything.
import { assessFact } from '../disputes/assess-fact';
import type { FactsReport, FactsReportValue } from '../index/facts-report';
import type { ClaimValue } from '../story/runtime-types';
import { UNBOUNDED } from '../quantity/hedges';
import type { DraftClaimJson, DraftedStory, DraftFactJson } from './draft-story';

/** The facts report of a drafted story; its facts carry `draft: true`. */
export type DraftReport = FactsReport & { stories: (FactsReport['stories'][number] & { facts: { draft: true }[] })[] };

/** The `npm run facts -- --json` shape of a drafted story. */
export function draftReport(drafted: DraftedStory): DraftReport {
  return {
    stories: [
      {
        id: drafted.story.id,
        title: drafted.story.title,
        articles: drafted.articles.map((a) => ({ id: a.id, publisher: String(a.meta.publisher), revision: null })),
        facts: drafted.facts.facts.map((f) => ({
          id: f.id,
          label: f.label,
          status: statusOf(f),
          draft: true as const,
          claims: f.claims.map((c) => ({
            article: c.article,
            quote: c.quote,
            figure: c.figure,
            value: reportValue(draftedValue(f, c)),
          })),
        })),
      },
    ],
  };
}

function statusOf(f: DraftFactJson): string {
  return assessFact(
    f.kind,
    f.claims.map((c) => ({ article: c.article, outlet: c.article, revision: null, value: draftedValue(f, c) })),
  ).status;
}

function draftedValue(f: DraftFactJson, c: DraftClaimJson): ClaimValue {
  const v = c.value;
  if (typeof v === 'string') return { kind: 'statement', value: v };
  if (typeof v[0] === 'string') return { kind: 'date', lo: v[0], hi: v[1] as string };
  return { kind: 'quantity', lo: v[0] as number, hi: (v[1] as number | null) ?? UNBOUNDED, unit: f.unit ?? 'people' };
}

function reportValue(value: ClaimValue): FactsReportValue {
  if (value.kind === 'quantity') return { lo: value.lo, hi: value.hi, unit: value.unit };
  if (value.kind === 'date') return { lo: value.lo, hi: value.hi };
  return value.value;
}
