// Checks that a value read from a story file or a pack is a whole runtime story: every field the sidebar and the
// highlighter read has its type, every quote is verbatim in its article, and every status is what the dispute
// logic computes from the claims (or a reviewer's override with its reason). A damaged or hand-edited story is
// refused whole rather than shown wrong.
import { assessFact } from '../disputes/assess-fact';
import { isId } from './ids';
import type { RuntimeArticle, RuntimeClaim, RuntimeFact } from './runtime-types';

type Obj = Record<string, unknown>;

const STATUSES = new Set(['disputed', 'consistent', 'single-source']);
const KINDS = new Set(['count', 'date', 'duration', 'distance', 'status', 'attribution']);

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const isStrOrNull = (v: unknown) => v === null || isStr(v);
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every(isStr);
const isInt = (v: unknown): v is number => Number.isInteger(v);
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function articleProblem(a: unknown): string | null {
  if (!isObj(a) || !isStr(a.id) || a.id === '') return 'an article has no id';
  const at = `article "${a.id}"`;
  for (const key of ['publisher', 'language', 'text']) if (!isStr(a[key])) return `${at}: "${key}" is not a string`;
  for (const key of ['headline', 'wire', 'site', 'url', 'published', 'updated'])
    if (!isStrOrNull(a[key])) return `${at}: "${key}" is not a string or null`;
  if (!isStrings(a.urls)) return `${at}: "urls" is not a list of strings`;
  const r = a.revision;
  if (r !== null && !(isObj(r) && isStr(r.group) && isInt(r.number) && r.number >= 1))
    return `${at}: "revision" is malformed`;
  return null;
}

function valueProblem(v: unknown): string | null {
  if (!isObj(v)) return 'value is not an object';
  if (v.kind === 'quantity')
    return typeof v.lo === 'number' && typeof v.hi === 'number' && isStr(v.unit) ? null : 'quantity value is malformed';
  if (v.kind === 'date') return isStr(v.lo) && isStr(v.hi) ? null : 'date value is malformed';
  if (v.kind === 'statement') return isStr(v.value) ? null : 'statement value is malformed';
  return `value kind ${String(v.kind)} is unknown`;
}

// A quoted figure of one article: the quote verbatim in its text, the figure's span inside the quote.
function figureProblem(c: Obj, texts: Map<string, string>): string | null {
  if (!isStr(c.article)) return 'names no article';
  const text = texts.get(c.article);
  if (text === undefined) return `names article "${c.article}", which the story does not have`;
  const q = c.quote;
  if (!isObj(q) || !isStr(q.exact) || !isStr(q.prefix) || !isStr(q.suffix) || q.exact === '')
    return `of "${c.article}": quote is malformed`;
  if (!text.includes(q.exact)) return `of "${c.article}": quote is not in the article's text`;
  const f = c.figure;
  if (!isObj(f) || !isInt(f.start) || !isInt(f.end) || f.start < 0 || f.end > q.exact.length || f.start >= f.end) {
    return `of "${c.article}": figure span is outside its quote`;
  }
  if (c.figureText !== q.exact.slice(f.start, f.end)) return `of "${c.article}": figure text differs from its span`;
  if (!isStr(c.display)) return `of "${c.article}": display malformed`;
  return null;
}

function claimProblem(c: unknown, texts: Map<string, string>): string | null {
  if (!isObj(c) || !isStr(c.article)) return 'a claim names no article';
  const figure = figureProblem(c, texts);
  if (figure) return figure.startsWith('names') ? `a claim ${figure}` : `claim ${figure}`;
  if (!isStrOrNull(c.attribution) || !isStrings(c.hedges))
    return `claim of "${c.article}": display, attribution or hedges malformed`;
  const value = valueProblem(c.value);
  return value ? `claim of "${c.article}": ${value}` : null;
}

function factProblem(f: unknown, articles: Map<string, RuntimeArticle>): string | null {
  if (!isObj(f) || !isStr(f.id) || !isStr(f.label)) return 'a fact has no id or label';
  const at = `fact "${f.id}"`;
  if (!KINDS.has(f.kind as string)) return `${at}: kind ${String(f.kind)} is unknown`;
  if (!STATUSES.has(f.status as string) || !STATUSES.has(f.computedStatus as string)) return `${at}: status is unknown`;
  const o = f.override;
  if (o !== null && !(isObj(o) && STATUSES.has(o.status as string) && isStr(o.reason) && o.reason.trim() !== ''))
    return `${at}: override is malformed`;
  const flags = f.flags;
  if (!isObj(flags) || !isStrings(flags.changedBetweenRevisions) || !isStrings(flags.selfContradictions))
    return `${at}: flags are malformed`;
  if (!Array.isArray(f.claims) || f.claims.length === 0) return `${at}: has no claims`;
  const texts = new Map([...articles].map(([id, a]) => [id, a.text]));
  for (const c of f.claims) {
    const problem = claimProblem(c, texts);
    if (problem) return `${at}: ${problem}`;
  }
  const fact = f as unknown as RuntimeFact;
  let computed: string;
  try {
    computed = assessFact(
      fact.kind,
      fact.claims.map((c: RuntimeClaim) => {
        const article = articles.get(c.article)!;
        const outlet = article.revision ? `revision-group:${article.revision.group}` : `article:${article.id}`;
        return { article: c.article, outlet, revision: article.revision?.number ?? null, value: c.value };
      }),
    ).status;
  } catch (error) {
    return `${at}: ${(error as Error).message}`;
  }
  if (fact.computedStatus !== computed)
    return `${at}: says "${fact.computedStatus}" but its claims make it "${computed}"`;
  if (fact.status !== (fact.override?.status ?? computed))
    return `${at}: shows "${fact.status}" without a reviewer's override`;
  return null;
}

/** The first problem that makes a value unusable as a runtime story, or null when it is a whole story. */
export function storyProblem(story: unknown): string | null {
  if (!isObj(story) || !isStr(story.id) || !isId(story.id)) return 'no story with a valid id';
  const at = `story "${story.id}"`;
  if (!isStr(story.title) || !isStr(story.summary)) return `${at}: title or summary missing`;
  if (!isObj(story.dates) || !isStr(story.dates.start) || !isStr(story.dates.end)) return `${at}: dates missing`;
  if (!Array.isArray(story.articles) || story.articles.length === 0) return `${at}: has no articles`;
  const articles = new Map<string, RuntimeArticle>();
  for (const a of story.articles) {
    const problem = articleProblem(a);
    if (problem) return `${at}: ${problem}`;
    const article = a as RuntimeArticle;
    if (articles.has(article.id)) return `${at}: article "${article.id}" appears twice`;
    articles.set(article.id, article);
  }
  if (!Array.isArray(story.facts)) return `${at}: has no list of facts`;
  for (const f of story.facts) {
    const problem = factProblem(f, articles);
    if (problem) return `${at}: ${problem}`;
  }
  if ('automatic' in story) {
    const problem = automaticProblem(story.automatic, articles);
    if (problem) return `${at}: ${problem}`;
  }
  return null;
}

// An automatic story says how it was made, and each figure it could not compare is verbatim in its report.
function automaticProblem(a: unknown, articles: Map<string, RuntimeArticle>): string | null {
  if (!isObj(a) || a.kind !== 'comparison' || !isStr(a.made)) return '"automatic" is malformed';
  if (!Array.isArray(a.unmatched)) return '"automatic" has no list of unmatched figures';
  const texts = new Map([...articles].map(([id, article]) => [id, article.text]));
  for (const u of a.unmatched) {
    if (!isObj(u) || !isStr(u.label) || !isStr(u.fact)) return 'an unmatched figure has no fact or label';
    if (!KINDS.has(u.kind as string)) return `an unmatched figure's kind ${String(u.kind)} is unknown`;
    const problem = figureProblem(u, texts) ?? valueProblem(u.value);
    if (problem) return `unmatched figure ${problem}`;
  }
  const dated = a.datedBy;
  if (dated !== undefined && !(isObj(dated) && Object.values(dated).every((d) => isStr(d) && ISO_DAY.test(d))))
    return '"automatic" has a malformed "datedBy"';
  return null;
}
