// What the sidebar shows, computed from the story alone: fact order, outlet rows, revision changes, coverage.
import { factsReportedBy, orderFacts } from '../story/fact-order';
import { outletName, shortOutletName } from '../story/outlet-name';
import type { QuotedFigure, RuntimeArticle, RuntimeClaim, RuntimeFact, RuntimeStory } from '../story/runtime-types';
import { unwrapArchive } from '../address/normalise-address';
import { monthName } from '../quantity/calendar';

/** The facts of one page in display order, which of them it reports, and its disputed ones. */
export interface FactView {
  /** Every fact, those the page reports first (lib/story/fact-order.ts). */
  facts: RuntimeFact[];
  /** Ids of the facts the page reports. */
  reported: ReadonlySet<string>;
  /** The disputed facts the page reports, in display order: what the summary at the top lists. */
  disputedHere: RuntimeFact[];
}

/**
 * The facts as a page shows them. `reported` defaults to the facts `articleId` makes a claim about; a page that is
 * not one of the story's articles passes the facts it was aligned with instead.
 */
export function factView(story: RuntimeStory, articleId: string | null, reported?: ReadonlySet<string>): FactView {
  const here = reported ?? factsReportedBy(story.facts, articleId);
  const facts = orderFacts(story.facts, here);
  return { facts, reported: here, disputedHere: facts.filter((f) => here.has(f.id) && f.status === 'disputed') };
}

/** The distinct figures an article gives for a fact, in the article's words, in claim order. */
export function figuresOf(fact: RuntimeFact, articleId: string | null): string[] {
  return [...new Set(fact.claims.filter((c) => c.article === articleId).map((c) => c.figureText))];
}

/** How many facts are disputed, for the collapsed tab and the filter. */
export function disputedCount(story: RuntimeStory): number {
  return story.facts.filter((f) => f.status === 'disputed').length;
}

/** The name a reader credits an article by (lib/story/outlet-name.ts). */
export const outletLabel = outletName;

/** Where the reader is: the page's site (without "www."), and the archive or cache serving a copy of it, if any. */
export interface PageSite {
  host: string;
  via: string | null;
}

/** The site of a page address, looking through an archive's or cache's wrapper; null for a non-web address. */
export function pageSite(pageUrl: string | null | undefined): PageSite | null {
  if (!pageUrl) return null;
  try {
    const page = new URL(pageUrl);
    if (page.protocol !== 'http:' && page.protocol !== 'https:') return null;
    const inner = unwrapArchive(pageUrl);
    const bare = (host: string) => host.toLowerCase().replace(/^www\./, '');
    const host = bare(inner?.hostname ?? page.hostname);
    const via = bare(page.hostname);
    return host ? { host, via: via === host ? null : via } : null;
  } catch {
    return null;
  }
}

/**
 * "AFP wire report, republished by astroawani.com": who stands behind a text when it is not the site itself. The
 * page the reader is on names the site; without it, the index's own knowledge ("the publishing site is unknown").
 */
export function wireNote(article: RuntimeArticle, page?: PageSite | null): string | null {
  if (!article.wire) return null;
  if (page)
    return `${article.wire} wire report, republished by ${page.host}${page.via ? ` (this copy from ${page.via})` : ''}`;
  if (article.site === 'unknown') return `${article.wire} wire report; the publishing site is unknown`;
  if (article.site) return `${article.wire} wire report published by ${article.site}`;
  return `${article.wire} wire report`;
}

/** The later revision a shared address now serves instead of this one, or null (revisions replace in place). */
export function supersededAt(story: RuntimeStory, article: RuntimeArticle): RuntimeArticle | null {
  if (!article.revision || !article.url) return null;
  let latest: RuntimeArticle | null = null;
  for (const other of story.articles) {
    if (other.revision?.group !== article.revision.group || other.url !== article.url) continue;
    if (other.revision.number > (latest?.revision?.number ?? article.revision.number)) latest = other;
  }
  return latest;
}

/** The short name for table headers (lib/story/outlet-name.ts). */
export const shortOutletLabel = shortOutletName;

/** One outlet's report of one fact: its article and every claim it makes about the fact. */
export interface OutletRow {
  article: RuntimeArticle;
  claims: RuntimeClaim[];
  isOwn: boolean;
  contradictsItself: boolean;
  changedBetweenRevisions: boolean;
}

/** Groups a fact's claims by article, the reader's own article first, then in the story's article order. */
export function outletRows(story: RuntimeStory, fact: RuntimeFact, ownArticleId: string | null): OutletRow[] {
  // One pass over the claims, then one look per article: cards are drawn often enough for this to count.
  const byArticle = new Map<string, RuntimeClaim[]>();
  for (const claim of fact.claims) {
    const list = byArticle.get(claim.article);
    if (list) list.push(claim);
    else byArticle.set(claim.article, [claim]);
  }
  const rows: OutletRow[] = [];
  for (const article of story.articles) {
    const claims = byArticle.get(article.id);
    if (!claims) continue;
    rows.push({
      article,
      claims,
      isOwn: article.id === ownArticleId,
      contradictsItself: fact.flags.selfContradictions.includes(article.id),
      changedBetweenRevisions: fact.flags.changedBetweenRevisions.includes(article.id),
    });
  }
  return rows.sort((a, b) => Number(b.isOwn) - Number(a.isOwn));
}

// A place's status or a speaker is a phrase, too long to repeat in a line of figures: those name the outlets only.
const WORDY_KINDS = new Set<RuntimeFact['kind']>(['status', 'attribution']);

/**
 * A fact's figures in one line, outlet by outlet (its outletRows: the reader's article first): "CNN, revision 2
 * (this article): 4,000; AFP: nearly 4,000". What a card says before it is drawn in full, the same for every reader.
 */
export function factBrief(fact: RuntimeFact, rows: readonly OutletRow[]): string {
  const who = (row: OutletRow) => `${outletLabel(row.article)}${row.isOwn ? ' (this article)' : ''}`;
  if (WORDY_KINDS.has(fact.kind)) return `Reported by ${rows.map(who).join(', ')}`;
  return rows.map((row) => `${who(row)}: ${[...new Set(row.claims.map((c) => c.figureText))].join(', ')}`).join('; ');
}

/** A quote cut around its figure, so the figure can be emphasised without building HTML. */
export interface QuoteParts {
  before: string;
  figure: string;
  after: string;
}

/** Splits a quote at its figure; falls back to finding `figureText` when the offsets do not fit the quote. */
export function quoteParts(claim: QuotedFigure): QuoteParts {
  const { exact } = claim.quote;
  let { start, end } = claim.figure;
  if (!(start >= 0 && end > start && end <= exact.length && exact.slice(start, end) === claim.figureText)) {
    start = claim.figureText ? exact.indexOf(claim.figureText) : -1;
    if (start < 0) return { before: exact, figure: '', after: '' };
    end = start + claim.figureText.length;
  }
  return { before: exact.slice(0, start), figure: exact.slice(start, end), after: exact.slice(end) };
}

/** One fact whose figure differs between revisions of the reader's article, revision by revision. */
export interface RevisionChange {
  fact: RuntimeFact;
  steps: { revision: number; article: RuntimeArticle; figures: string[] }[];
}

/** The other revisions of the reader's article, oldest first. */
export function otherRevisions(story: RuntimeStory, articleId: string | null): RuntimeArticle[] {
  const own = story.articles.find((a) => a.id === articleId);
  const group = own?.revision?.group;
  if (!group) return [];
  return story.articles
    .filter((a) => a.revision?.group === group && a.id !== articleId)
    .sort((a, b) => (a.revision?.number ?? 0) - (b.revision?.number ?? 0));
}

/** Facts whose figure changed between revisions of the reader's article, with each revision's figures. */
export function revisionChanges(story: RuntimeStory, articleId: string | null): RevisionChange[] {
  const own = story.articles.find((a) => a.id === articleId);
  const group = own?.revision?.group;
  if (!own || !group) return [];
  const revisions = story.articles
    .filter((a) => a.revision?.group === group)
    .sort((a, b) => (a.revision?.number ?? 0) - (b.revision?.number ?? 0));
  const changes: RevisionChange[] = [];
  for (const fact of factView(story, articleId).facts) {
    if (!fact.flags.changedBetweenRevisions.includes(own.id)) continue;
    const steps = revisions.map((article) => ({
      revision: article.revision?.number ?? 0,
      article,
      figures: [...new Set(fact.claims.filter((c) => c.article === article.id).map((c) => c.figureText))],
    }));
    changes.push({ fact, steps });
  }
  return changes;
}

/** Which outlets report which facts: one row per fact, one cell per article (its figures, empty when silent). */
export interface Coverage {
  articles: RuntimeArticle[];
  rows: { fact: RuntimeFact; cells: string[][] }[];
}

/** Builds the coverage table for the given facts. */
export function coverage(story: RuntimeStory, facts: readonly RuntimeFact[]): Coverage {
  return {
    articles: story.articles,
    rows: facts.map((fact) => ({
      fact,
      cells: story.articles.map((a) => [
        ...new Set(fact.claims.filter((c) => c.article === a.id).map((c) => c.figureText)),
      ]),
    })),
  };
}

function parts(iso: string): [number, string, number] | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  const month = m ? monthName(Number(m[2])) : '';
  return m && month ? [Number(m[3]), month, Number(m[1])] : null;
}

/** "6 February 2013" from an ISO date or date-time (the calendar day as written, no time-zone shift). */
export function formatDate(iso: string | null): string | null {
  if (!iso) return null;
  const p = parts(iso);
  return p ? `${p[0]} ${p[1]} ${p[2]}` : iso;
}

/** "5–6 February 2013", "31 January – 2 February 2013", or one date when both ends are the same day. */
export function formatDateRange(start: string, end: string): string {
  const a = parts(start);
  const b = parts(end);
  if (!a || !b) return `${start} – ${end}`;
  if (start.slice(0, 10) === end.slice(0, 10)) return `${b[0]} ${b[1]} ${b[2]}`;
  if (a[1] === b[1] && a[2] === b[2]) return `${a[0]}–${b[0]} ${b[1]} ${b[2]}`;
  if (a[2] === b[2]) return `${a[0]} ${a[1]} – ${b[0]} ${b[1]} ${b[2]}`;
  return `${a[0]} ${a[1]} ${a[2]} – ${b[0]} ${b[1]} ${b[2]}`;
}
