// The one door into the engine: a page as the content script reads it, and every index the reader has, in; one
// answer out. The background, `npm run detect`, `compare` and `eval`, the benchmarks and the end-to-end oracle all
// call this, so a test of a tool is a test of what the extension does. Never throws: a damaged index or story file
// is reported to `onProblem` and the page stays unannotated.
import { alignClaims } from '../claims/align-claims';
import { hasStoryProfile } from '../claims/fact-profile';
import { adoptProfileRecord } from '../claims/profile-record';
import { type EventCandidate, eventCandidates } from '../event/candidates';
import { type PageText, readPageText } from '../event/page-text';
import { bestEvent, eventReadings, type SignedEntry } from '../event/read-event-page';
import type { PageSnapshot } from '../extract/page-snapshot';
import { recognise } from '../recognise/recognise';
import { whenReady } from '../recognise/when-ready';
import type { Match } from '../recognise/types';
import type { AnswerDetail, EventCandidateDetail, PageAnswer } from './answer';
import type { IndexSource, StoryEntry } from './sources';

/** How the engine reads a page. */
export interface ReadOptions {
  /** Also return what tools and tests look at behind the answer (alignments, candidates). */
  detail?: boolean;
  /** Told of anything that went wrong (a damaged index or story file); the answer is then made without it. */
  onProblem?(message: string, error: unknown): void;
}

/** The answer with, when asked for, its detail. */
export type PageReading = PageAnswer & { detail?: AnswerDetail };

/**
 * Reads a page against every index: an indexed article (which always wins; the first index wins a tie), else a
 * report of an indexed story, else none.
 */
export async function readPage(
  page: PageSnapshot,
  sources: readonly IndexSource[],
  options: ReadOptions = {},
): Promise<PageReading> {
  const problem = options.onProblem ?? (() => undefined);
  const article = await bestArticle(page, sources, problem);
  if (article) {
    const entry = await storyOf(article.source, article.match.story, problem);
    if (entry) {
      const answer = { kind: 'article', pack: article.source.pack, story: entry.story, match: article.match } as const;
      if (!options.detail) return answer;
      await adoptProfile(entry);
      return { ...answer, detail: articleDetail(page, entry, article.match) };
    }
  }
  if (page.text === '') return options.detail ? { kind: 'none', detail: emptyDetail() } : { kind: 'none' };
  let read: PageText;
  try {
    read = readPageText({ text: page.text, headline: page.headline, published: page.published, url: page.url });
  } catch (error) {
    problem('this page could not be read.', error);
    return options.detail ? { kind: 'none', detail: emptyDetail() } : { kind: 'none' };
  }
  const weighed: { source: IndexSource; entry: SignedEntry; candidate: EventCandidate }[] = [];
  for (const source of sources) {
    let candidates: EventCandidate[] = [];
    try {
      candidates = await whenReady(source.recognition, () =>
        eventCandidates(source.recognition, read.names, read.headlineTerms),
      );
    } catch (error) {
      problem('the event lookup failed on this page.', error);
    }
    for (const c of candidates) {
      const entry = await storyOf(source, c.story, problem);
      if (!entry?.signature) continue;
      await adoptProfile(entry);
      weighed.push({ source, entry: { story: entry.story, signature: entry.signature }, candidate: c });
    }
  }
  let readings: ReturnType<typeof eventReadings> = [];
  try {
    readings = eventReadings(
      read,
      weighed.map((w) => ({ ...w.entry, candidate: w.candidate })),
      { explain: options.detail === true },
    );
  } catch (error) {
    problem('event recognition failed on this page.', error);
  }
  const best = bestEvent(readings);
  const from = best ? weighed[readings.findIndex((r) => r.entry.story === best.story)] : undefined;
  const answer: PageAnswer =
    best && from
      ? { kind: 'event', pack: from.source.pack, story: best.story, match: best.match, figures: best.figures }
      : { kind: 'none' };
  if (!options.detail) return answer;
  const candidates: EventCandidateDetail[] = readings.map((r, i) => ({
    pack: weighed[i]!.source.pack,
    story: r.entry.story.id,
    names: weighed[i]!.candidate.score,
    shared: weighed[i]!.candidate.names,
    match: r.reading.match,
    evidence: r.reading.evidence,
  }));
  return {
    ...answer,
    detail: {
      text: read.text,
      published: read.published,
      claims: read.claims(),
      alignments: best?.alignments ?? [],
      candidates,
    },
  };
}

// The best article match over every index (the first index wins a tie). A paged index first reads the parts the
// page needs; one it could not read leaves the page unrecognised by that index.
async function bestArticle(
  page: PageSnapshot,
  sources: readonly IndexSource[],
  problem: (message: string, error: unknown) => void,
): Promise<{ match: Match; source: IndexSource } | null> {
  let found: { match: Match; source: IndexSource } | null = null;
  for (const source of sources) {
    let match: Match | null = null;
    try {
      match = await whenReady(source.recognition, () => recognise(page, source.recognition));
    } catch (error) {
      problem('recognition failed on this page.', error);
    }
    if (match && (!found || match.score > found.match.score)) found = { match, source };
  }
  return found;
}

async function storyOf(
  source: IndexSource,
  id: string,
  problem: (message: string, error: unknown) => void,
): Promise<StoryEntry | null> {
  try {
    // A source that cannot read a story answers null and says why itself.
    return await source.entry(id);
  } catch (error) {
    problem(`story "${id}" could not be read; its pages stay unannotated.`, error);
    return null;
  }
}

// An indexed article's figures against its own story, for tools (the sidebar shows the reviewed claims instead).
function articleDetail(page: PageSnapshot, entry: StoryEntry, match: Match): AnswerDetail {
  const article = entry.story.articles.find((a) => a.id === match.article);
  const read = readPageText({
    text: page.text,
    headline: page.headline ?? null,
    published: page.published ?? article?.published ?? null,
  });
  return {
    text: read.text,
    published: read.published,
    claims: read.claims(),
    alignments: alignClaims(read.claims(), entry.story, { published: read.published }),
    candidates: [],
  };
}

// The story's profile from its file, when it has one this engine accepts and has none yet: alignment then need not
// read the story's articles to learn its facts. One that cannot be read is no problem to report: the profile is then
// worked out, as for a story with none.
async function adoptProfile(entry: StoryEntry): Promise<void> {
  if (!entry.profile || hasStoryProfile(entry.story)) return;
  let record: unknown;
  try {
    record = await entry.profile();
  } catch {
    return;
  }
  adoptProfileRecord(entry.story, record);
}

function emptyDetail(): AnswerDetail {
  return { text: '', published: null, claims: [], alignments: [], candidates: [] };
}
