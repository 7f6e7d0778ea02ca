// A compiled story written back as the reviewed files it would come from (story.json, articles/<id>.json and .txt,
// facts.json, not-claims.json): what `npm run unpack` gives a reviewer from a story pack. Every fact of an automatic
// story (the reader's comparison) is marked "draft", and so is every figure it could not compare, so that the data
// build refuses the story until a reviewer has checked it; a reviewed story comes back as it was compiled.
import { findHedges, UNBOUNDED } from '../quantity/hedges';
import { locateQuote, occurrences } from '../story/locate-quote';
import type { ClaimValue, QuotedFigure, RuntimeStory } from '../story/runtime-types';

/** One file of a story's folder: its path under the folder and its text. */
export interface SourceFile {
  path: string;
  text: string;
}

/** The note on a drafted fact made from figures the comparison did not compare. */
export const NOT_COMPARED_NOTE =
  'Not compared in the comparison: the engine found it in one report only, or could not group it with confidence.';

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

// The value as a reviewer records it: [lo, hi] (null for an open top), two days, or the statement.
function recorded(value: ClaimValue): [number, number | null] | [string, string] | string {
  if (value.kind === 'quantity') return [value.lo, value.hi >= UNBOUNDED ? null : value.hi];
  if (value.kind === 'date') return [value.lo, value.hi];
  return value.value;
}

// The least context that singles the quote out where it is in the text, as the build looks for it.
function context(text: string, figure: QuotedFigure): { prefix?: string; suffix?: string } {
  const { exact, prefix, suffix } = figure.quote;
  const at = locateQuote(text, exact, prefix, suffix);
  const start = at.ok ? at.quote.start : text.indexOf(exact);
  for (const c of [{}, { prefix }, { suffix }, { prefix, suffix }]) {
    const found = locateQuote(text, exact, c.prefix, c.suffix);
    if (found.ok && found.quote.start === start) return c;
  }
  return { prefix, suffix };
}

// A claim in the reviewed format: its quote with the least context, its figure (and which occurrence), its value.
function claimJson(text: string, article: string, figure: QuotedFigure, value: ClaimValue, extra: object) {
  const all = occurrences(figure.quote.exact, figure.figureText);
  const occurrence = all.indexOf(figure.figure.start) + 1;
  return {
    article,
    quote: figure.quote.exact,
    ...context(text, figure),
    figure: figure.figureText,
    ...(all.length > 1 && occurrence > 0 ? { figureOccurrence: occurrence } : {}),
    value: recorded(value),
    ...extra,
  };
}

function unitOf(values: readonly ClaimValue[]): string | undefined {
  const v = values.find((x) => x.kind === 'quantity');
  return v?.kind === 'quantity' ? v.unit : undefined;
}

/** The story's folder as the files a reviewer edits (paths relative to the folder, e.g. "articles/afp.json"). */
export function storySourceFiles(story: RuntimeStory): SourceFile[] {
  const automatic = story.automatic;
  const draft = automatic ? { draft: true as const } : {};
  const texts = new Map(story.articles.map((a) => [a.id, a.text]));
  const files: SourceFile[] = [
    {
      path: 'story.json',
      text: json({
        $schema: '../../schema/story.schema.json',
        id: story.id,
        title: story.title,
        summary: story.summary,
        dates: story.dates,
        articles: story.articles.map((a) => a.id),
      }),
    },
  ];
  for (const a of story.articles) {
    const dated = automatic?.datedBy?.[a.id];
    files.push({
      path: `articles/${a.id}.json`,
      text: json({
        $schema: '../../../schema/article.schema.json',
        publisher: a.publisher,
        wire: a.wire,
        site: a.site,
        headline: a.headline,
        url: a.url,
        urls: a.urls,
        published: a.published,
        ...(!a.published && dated
          ? { datedBy: { date: dated, reason: 'The page gave no date: the day it was added to the comparison.' } }
          : {}),
        updated: a.updated,
        revision: a.revision,
        language: a.language,
        ...(automatic
          ? { notes: ['From a reader’s comparison made by Parallax’s engine: check every field against the page.'] }
          : {}),
      }),
    });
    files.push({ path: `articles/${a.id}.txt`, text: `${a.text}\n` });
  }
  const facts: object[] = story.facts.map((f) => {
    const unit = unitOf(f.claims.map((c) => c.value));
    return {
      id: f.id,
      label: f.label,
      kind: f.kind,
      ...(unit !== undefined && (f.kind === 'count' || f.kind === 'duration' || f.kind === 'distance') ? { unit } : {}),
      ...draft,
      ...(f.override ? { override: f.override } : {}),
      ...(f.weight !== undefined ? { weight: f.weight } : {}),
      claims: f.claims.map((c) =>
        claimJson(texts.get(c.article) ?? '', c.article, c, c.value, { attribution: c.attribution, hedges: c.hedges }),
      ),
    };
  });
  // The figures the comparison did not compare, each drafted fact of them as it was drafted.
  const used = new Set(story.facts.map((f) => f.id));
  const byFact = new Map<string, NonNullable<typeof automatic>['unmatched']>();
  for (const u of automatic?.unmatched ?? []) byFact.set(u.fact, [...(byFact.get(u.fact) ?? []), u]);
  for (const [factId, figures] of byFact) {
    const first = figures[0]!;
    let id = factId;
    for (let n = 2; used.has(id); n++) id = `${factId}-${n}`;
    used.add(id);
    const unit = unitOf(figures.map((u) => u.value));
    facts.push({
      id,
      label: first.label,
      kind: first.kind,
      ...(unit !== undefined && first.kind !== 'date' ? { unit } : {}),
      draft: true,
      note: NOT_COMPARED_NOTE,
      claims: figures.map((u) =>
        claimJson(
          texts.get(u.article) ?? '',
          u.article,
          u,
          u.value, // The hedges as the build reads them from the figure's words, as drafting records them.
          { attribution: null, hedges: findHedges(u.figureText) },
        ),
      ),
    });
  }
  files.push({ path: 'facts.json', text: json({ $schema: '../../schema/facts.schema.json', facts }) });
  files.push({
    path: 'not-claims.json',
    text: json({ $schema: '../../schema/not-claims.schema.json', notClaims: [] }),
  });
  return files;
}
