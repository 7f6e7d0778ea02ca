// Checks facts.json and not-claims.json against the article texts: quotes verbatim and anchored, figures
// inside their quotes, recorded values equal to what the figure parser reads, hedges as the parser finds them.
import type { ClaimValue, FactStatus, RuntimeFact } from '../story/runtime-types';
import type { CheckedArticle, CheckedClaim, CheckedFact, CheckedNotClaim, DataError } from './data-types';
import { FigureParseError, parseFigure, statementValue } from '../quantity/parse-figure';
import { findHedges } from '../quantity/hedges';
import { locateQuote, occurrences } from '../story/locate-quote';
import { scanTokens } from './coverage';
import {
  asArray,
  asObject,
  fail,
  isId,
  nullableString,
  type Obj,
  onlyKeys,
  optionalString,
  type Place,
  requiredString,
  stringArray,
  within,
} from './read-fields';
import { sameValue } from '../disputes/compatible';
import { readRecordedValue, showValue } from './recorded-value';
import { isWeight, WEIGHT_MAX, WEIGHT_MIN } from '../story/fact-order';

const KINDS: readonly RuntimeFact['kind'][] = ['count', 'date', 'duration', 'distance', 'status', 'attribution'];
const STATUSES: readonly FactStatus[] = ['disputed', 'consistent', 'single-source'];
/** Kinds whose figures are measured in a unit. */
export const UNIT_KINDS: readonly RuntimeFact['kind'][] = ['count', 'duration', 'distance'];
const FACT_KEYS = ['id', 'label', 'kind', 'unit', 'note', 'draft', 'override', 'weight', 'claims'];
const CLAIM_KEYS = [
  'article',
  'quote',
  'prefix',
  'suffix',
  'figure',
  'figureOccurrence',
  'value',
  'attribution',
  'hedges',
  'note',
];

/** Checks every fact of facts.json; returns those that passed, in file order. */
export function checkFacts(
  file: string,
  raw: unknown,
  articles: readonly CheckedArticle[],
  known: ReadonlySet<string>,
  errors: DataError[],
  allowDrafts = false,
): CheckedFact[] {
  const at: Place = { file, item: 'facts', errors };
  if (raw === undefined) {
    fail(at, 'file is missing');
    return [];
  }
  const list = listIn(at, raw, 'facts', 'facts.json');
  if (!list) return [];
  const checked: CheckedFact[] = [];
  const ids = new Set<string>();
  list.forEach((entry, index) => {
    const idHint = (entry as { id?: unknown } | null)?.id;
    const fat = { ...at, item: typeof idHint === 'string' ? `fact "${idHint}"` : `fact #${index + 1}` };
    const fact = asObject(fat, entry, 'a fact');
    if (!fact) return;
    const id = requiredString(fat, fact, 'id');
    if (id !== undefined && !isId(id)) fail(fat, `id "${id}" must be lower-case words joined by "-"`);
    if (id !== undefined && ids.has(id)) fail(fat, `duplicate fact id "${id}"`);
    if (id !== undefined) ids.add(id);
    const result = checkFact(fat, fact, articles, known, allowDrafts);
    if (result && id !== undefined) checked.push({ ...result, id });
  });
  return checked;
}

// The list of a facts or not-claims file: the file itself, or its `key` field when the file is an object that also
// names its schema ({ "$schema": …, "facts": [ … ] }).
function listIn(at: Place, raw: unknown, key: string, what: string): unknown[] | undefined {
  if (Array.isArray(raw) || typeof raw !== 'object' || raw === null) return asArray(at, raw, what);
  const obj = raw as Obj;
  onlyKeys(at, obj, ['$schema', key]);
  return key in obj ? asArray(at, obj[key], `"${key}"`) : void fail(at, `missing field "${key}"`);
}

function checkFact(
  at: Place,
  fact: Obj,
  articles: readonly CheckedArticle[],
  known: ReadonlySet<string>,
  allowDrafts: boolean,
): Omit<CheckedFact, 'id'> | undefined {
  onlyKeys(at, fact, FACT_KEYS);
  // A drafted fact is the engine's guess: nothing unreviewed reaches readers as reviewed.
  if ('draft' in fact && !(allowDrafts && fact.draft === true)) {
    fail(
      at,
      fact.draft === true
        ? 'a draft fact (from npm run draft-story): review its label, quotes, figures and values, then remove "draft"'
        : '"draft" is only ever true, on a fact not yet reviewed; remove it',
    );
  }
  const label = requiredString(at, fact, 'label');
  const kindRaw = requiredString(at, fact, 'kind');
  const kind = KINDS.find((k) => k === kindRaw);
  if (kindRaw !== undefined && !kind) fail(at, `kind "${kindRaw}" is not one of ${KINDS.join(', ')}`);
  let unit: string | null = null;
  if (kind && UNIT_KINDS.includes(kind)) unit = requiredString(at, fact, 'unit') ?? null;
  else if (kind && 'unit' in fact) fail(at, `a ${kind} fact has no "unit"`);
  const note = optionalString(at, fact, 'note') ?? null;
  const override = 'override' in fact ? checkOverride(within(at, 'override'), fact.override) : null;
  const weight = 'weight' in fact ? checkWeight(at, fact.weight) : null;
  const list = 'claims' in fact ? asArray(at, fact.claims, '"claims"') : void fail(at, 'missing field "claims"');
  if (list && list.length === 0) fail(at, 'a fact needs at least one claim');
  // Claims are checked even when the fact's own fields are broken, so one run reports everything.
  if (!kind || (UNIT_KINDS.includes(kind) && !unit) || !list) return undefined;
  const claims: CheckedClaim[] = [];
  const seen = new Set<string>();
  list.forEach((entry, index) => {
    const article = (entry as { article?: unknown } | null)?.article;
    const cat = within(at, `claim ${index + 1}${typeof article === 'string' ? ` (${article})` : ''}`);
    const claim = checkClaim(cat, entry, kind, unit, articles, known);
    if (!claim) return;
    const key = `${claim.article}@${claim.start + claim.figure.start}-${claim.start + claim.figure.end}`;
    if (seen.has(key)) fail(cat, 'duplicate claim: the same figure of the same article is already claimed');
    seen.add(key);
    claims.push(claim);
  });
  if (!label || override === undefined || weight === undefined || claims.length !== list.length) return undefined;
  return { label, kind, unit, note, override, weight, claims };
}

function checkWeight(at: Place, raw: unknown): number | undefined {
  if (isWeight(raw)) return raw;
  return void fail(
    at,
    `"weight" must be a whole number from ${WEIGHT_MIN} (a background detail) to ${WEIGHT_MAX} ` +
      `(the story's headline figure), or left out to weigh the fact by its kind; found ${JSON.stringify(raw)}`,
  );
}

function checkOverride(at: Place, raw: unknown): { status: FactStatus; reason: string } | undefined {
  const obj = asObject(at, raw, 'an override');
  if (!obj) return undefined;
  onlyKeys(at, obj, ['status', 'reason']);
  const statusRaw = requiredString(at, obj, 'status');
  const status = STATUSES.find((s) => s === statusRaw);
  if (statusRaw !== undefined && !status) fail(at, `status "${statusRaw}" is not one of ${STATUSES.join(', ')}`);
  if (!('reason' in obj)) return void fail(at, 'an override needs a "reason" (it is shown to readers)');
  const reason = requiredString(at, obj, 'reason');
  return status && reason ? { status, reason } : undefined;
}

/** Finds a quote in its article: the shared part of claims and not-claims. */
function checkQuote(at: Place, obj: Obj, articles: readonly CheckedArticle[], known: ReadonlySet<string>) {
  const articleId = requiredString(at, obj, 'article');
  const exact = requiredString(at, obj, 'quote');
  const prefix = 'prefix' in obj ? stringField(at, obj, 'prefix') : undefined;
  const suffix = 'suffix' in obj ? stringField(at, obj, 'suffix') : undefined;
  if (articleId === undefined || exact === undefined) return undefined;
  const article = articles.find((a) => a.id === articleId);
  if (!article) {
    if (!known.has(articleId)) fail(at, `unknown article id "${articleId}"`);
    return undefined; // a known article that failed its own checks has already been reported
  }
  const found = locateQuote(article.text, exact, prefix, suffix);
  if (!found.ok) return void fail(at, found.reason);
  return { article, exact, located: found.quote };
}

function stringField(at: Place, obj: Obj, key: string): string | undefined {
  const value = obj[key];
  if (typeof value === 'string') return value;
  return void fail(at, `"${key}" must be a string`);
}

function checkClaim(
  at: Place,
  raw: unknown,
  kind: RuntimeFact['kind'],
  unit: string | null,
  articles: readonly CheckedArticle[],
  known: ReadonlySet<string>,
): CheckedClaim | undefined {
  const obj = asObject(at, raw, 'a claim');
  if (!obj) return undefined;
  onlyKeys(at, obj, CLAIM_KEYS);
  const quote = checkQuote(at, obj, articles, known);
  const figureText = requiredString(at, obj, 'figure');
  const attribution = nullableString(at, obj, 'attribution');
  const hedges = stringArray(at, obj, 'hedges');
  const note = optionalString(at, obj, 'note') ?? null;
  const recorded =
    'value' in obj ? readRecordedValue(at, obj.value, kind, unit) : void fail(at, 'missing field "value"');
  if (!quote || figureText === undefined) return undefined;
  const figure = locateFigure(at, quote.exact, figureText, obj.figureOccurrence);
  const value = figure && recorded ? readValue(at, figureText, recorded, kind, unit, quote.article) : undefined;
  if (hedges) {
    const found = findHedges(figureText);
    if ([...hedges].sort().join('|') !== [...found].sort().join('|')) {
      fail(
        at,
        `hedges ${JSON.stringify(hedges)} differ from the hedges in the figure "${figureText}": ${JSON.stringify(found)}`,
      );
    }
  }
  if (!figure || !value || attribution === undefined || !hedges) return undefined;
  const { start, end, prefix, suffix } = quote.located;
  return {
    article: quote.article.id,
    quote: { exact: quote.exact, prefix, suffix },
    start,
    end,
    figure,
    figureText,
    value,
    attribution,
    hedges,
    note,
  };
}

function locateFigure(
  at: Place,
  exact: string,
  figure: string,
  occurrence: unknown,
): { start: number; end: number } | undefined {
  const all = occurrences(exact, figure);
  if (all.length === 0) return void fail(at, `figure "${figure}" is not inside the quote`);
  if (occurrence === undefined) {
    if (all.length > 1)
      return void fail(at, `figure "${figure}" occurs ${all.length} times in the quote; set "figureOccurrence"`);
    return { start: all[0]!, end: all[0]! + figure.length };
  }
  if (typeof occurrence !== 'number' || !Number.isInteger(occurrence) || occurrence < 1 || occurrence > all.length) {
    return void fail(at, `figureOccurrence must be a whole number from 1 to ${all.length}`);
  }
  const start = all[occurrence - 1]!;
  return { start, end: start + figure.length };
}

// The figure parser must read the figure exactly as the reviewer did (the parser rounds outward to the unit's
// step, so recorded values are whole days or hundredths of a km): a wrong figure, a wrong value or a parser
// regression each fail the build here.
function readValue(
  at: Place,
  figure: string,
  recorded: ClaimValue,
  kind: RuntimeFact['kind'],
  unit: string | null,
  article: CheckedArticle,
): ClaimValue | undefined {
  if (recorded.kind === 'statement') return statementValue(recorded.value);
  if (!article.referenceDate) {
    return void fail(at, `article "${article.id}" has neither "published" nor "datedBy" to read the figure against`);
  }
  let parsed: ClaimValue;
  try {
    parsed = parseFigure(figure, { published: article.referenceDate, kind, unit: unit ?? '' });
  } catch (error) {
    if (error instanceof FigureParseError) return void fail(at, `figure "${figure}" does not parse: ${error.reason}`);
    throw error;
  }
  if (!sameValue(parsed, recorded)) {
    return void fail(
      at,
      `parsed value of "${figure}" is ${showValue(parsed)} but the file records ${showValue(recorded)}`,
    );
  }
  return parsed;
}

const NOT_CLAIM_KEYS = ['article', 'quote', 'prefix', 'suffix', 'reason'];

/** Checks not-claims.json: each entry verbatim, with a reason, and covering at least one number or date. */
export function checkNotClaims(
  file: string,
  raw: unknown,
  articles: readonly CheckedArticle[],
  known: ReadonlySet<string>,
  errors: DataError[],
): CheckedNotClaim[] {
  const at: Place = { file, item: 'not-claims', errors };
  if (raw === undefined) {
    fail(at, 'file is missing');
    return [];
  }
  const list = listIn(at, raw, 'notClaims', 'not-claims.json');
  if (!list) return [];
  const checked: CheckedNotClaim[] = [];
  const seen = new Set<string>();
  list.forEach((entry, index) => {
    const article = (entry as { article?: unknown } | null)?.article;
    const nat: Place = { ...at, item: `not-claim ${index + 1}${typeof article === 'string' ? ` (${article})` : ''}` };
    const obj = asObject(nat, entry, 'a not-claim');
    if (!obj) return;
    onlyKeys(nat, obj, NOT_CLAIM_KEYS);
    const quote = checkQuote(nat, obj, articles, known);
    const reason = requiredString(nat, obj, 'reason');
    if (!quote || !reason) return;
    const { start, end, prefix, suffix } = quote.located;
    if (scanTokens(quote.exact).length === 0) fail(nat, `"${quote.exact}" holds no number, date or duration to excuse`);
    const key = `${quote.article.id}@${start}-${end}`;
    if (seen.has(key)) fail(nat, 'duplicate not-claim: the same span is already listed');
    seen.add(key);
    checked.push({ article: quote.article.id, quote: { exact: quote.exact, prefix, suffix }, start, end, reason });
  });
  return checked;
}
