// Checks a story's `story.json` and each article's metadata and reviewed text.
import type { CheckedArticle, DataError, StorySource } from './data-types';
import { isIsoDate } from '../quantity/calendar';
import {
  asObject,
  fail,
  isId,
  isIsoDayOrTime,
  nullableString,
  type Obj,
  onlyKeys,
  type Place,
  requiredString,
  stringArray,
  within,
} from './read-fields';

const ARTICLE_KEYS = [
  '$schema',
  'publisher',
  'wire',
  'site',
  'headline',
  'url',
  'urls',
  'published',
  'updated',
  'revision',
  'language',
  'datedBy',
  'notes',
];

/** The checked head of a story (story.json). */
export interface StoryHead {
  id: string;
  title: string;
  summary: string;
  dates: { start: string; end: string };
  articleIds: string[];
}

/** Checks story.json against the folder: its id, dates and the list of articles, in reading order. */
export function checkStoryHead(source: StorySource, errors: DataError[]): StoryHead | undefined {
  const at: Place = { file: `${source.dir}/story.json`, item: 'story', errors };
  if (source.story === undefined) return void fail(at, 'file is missing');
  const obj = asObject(at, source.story, 'story.json');
  if (!obj) return undefined;
  onlyKeys(at, obj, ['$schema', 'id', 'title', 'summary', 'dates', 'articles']);
  const id = requiredString(at, obj, 'id');
  const folder = source.dir.split('/').pop();
  if (id !== undefined && !isId(id)) fail(at, `id "${id}" must be lower-case words joined by "-"`);
  if (id !== undefined && id !== folder) fail(at, `id "${id}" differs from its folder name "${folder}"`);
  const title = requiredString(at, obj, 'title');
  const summary = requiredString(at, obj, 'summary');
  const datesObj = 'dates' in obj ? asObject(at, obj.dates, '"dates"') : void fail(at, 'missing field "dates"');
  let dates: StoryHead['dates'] | undefined;
  if (datesObj) {
    const start = requiredString(at, datesObj, 'start');
    const end = requiredString(at, datesObj, 'end');
    for (const day of [start, end])
      if (day !== undefined && !isIsoDate(day)) fail(at, `"${day}" is not a YYYY-MM-DD day`);
    if (start !== undefined && end !== undefined && start > end) fail(at, `dates start ${start} after end ${end}`);
    if (start !== undefined && end !== undefined) dates = { start, end };
  }
  const articleIds = stringArray(at, obj, 'articles');
  if (articleIds) {
    const files = new Set(source.articles.map((a) => a.id));
    const seen = new Set<string>();
    for (const a of articleIds) {
      if (seen.has(a)) fail(at, `article "${a}" is listed twice`);
      seen.add(a);
      if (!files.has(a)) fail(at, `unknown article id "${a}": no articles/${a}.json`);
    }
    for (const a of files) if (!seen.has(a)) fail(at, `articles/${a}.json is not listed in "articles"`);
  }
  if (!id || !title || !summary || !dates || !articleIds) return undefined;
  return { id, title, summary, dates, articleIds };
}

/** Checks every article's metadata and text; returns the articles that passed, in the story's order. */
export function checkArticles(source: StorySource, order: readonly string[], errors: DataError[]): CheckedArticle[] {
  const checked: CheckedArticle[] = [];
  const revisions = new Map<string, string>();
  const byId = new Map(source.articles.map((a) => [a.id, a]));
  for (const id of order) {
    const entry = byId.get(id);
    if (!entry) continue;
    const at: Place = { file: `${source.dir}/articles/${id}.json`, item: `article "${id}"`, errors };
    if (!isId(id)) fail(at, `id "${id}" must be lower-case words joined by "-"`);
    const article = checkMeta(at, id, entry.meta);
    const text = checkText({ ...at, file: `${source.dir}/articles/${id}.txt` }, entry.text);
    if (article?.revision) {
      const key = `${article.revision.group}#${article.revision.number}`;
      const other = revisions.get(key);
      if (other)
        fail(at, `revision ${article.revision.number} of "${article.revision.group}" is also article "${other}"`);
      revisions.set(key, id);
    }
    if (article && text !== undefined) checked.push({ ...article, text });
  }
  return checked;
}

function checkMeta(at: Place, id: string, meta: unknown): Omit<CheckedArticle, 'text'> | undefined {
  if (meta === undefined) return void fail(at, 'file is missing');
  const obj = asObject(at, meta, 'article metadata');
  if (!obj) return undefined;
  onlyKeys(at, obj, ARTICLE_KEYS);
  const publisher = requiredString(at, obj, 'publisher');
  const wire = nullableString(at, obj, 'wire');
  const site = nullableString(at, obj, 'site');
  const headline = nullableString(at, obj, 'headline');
  const url = nullableString(at, obj, 'url');
  const urls = stringArray(at, obj, 'urls');
  for (const u of urls ?? []) if (!isHttpUrl(u)) fail(at, `"${u}" is not an http(s) address`);
  if (url && urls && !urls.includes(url)) fail(at, `url "${url}" is not one of its "urls"`);
  const published = nullableString(at, obj, 'published');
  const updated = nullableString(at, obj, 'updated');
  const badTime = [
    ['published', published],
    ['updated', updated],
  ].filter(([, v]) => v && !isIsoDayOrTime(v));
  for (const [key, value] of badTime) fail(at, `"${key}" must be an ISO day or date-time with a zone, not "${value}"`);
  const revision = checkRevision(at, obj);
  const language = requiredString(at, obj, 'language');
  if (language !== undefined && !/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(language)) {
    fail(at, `language "${language}" is not a BCP 47 tag`);
  }
  let datedBy: string | undefined;
  if ('datedBy' in obj) {
    const d = asObject(within(at, 'datedBy'), obj.datedBy, '"datedBy"');
    if (d) {
      datedBy = requiredString(within(at, 'datedBy'), d, 'date');
      if (datedBy !== undefined && !isIsoDate(datedBy)) fail(at, `datedBy date "${datedBy}" is not a YYYY-MM-DD day`);
      requiredString(within(at, 'datedBy'), d, 'reason');
    }
  }
  if ('notes' in obj) stringArray(at, obj, 'notes');
  if (published && datedBy !== undefined) fail(at, '"datedBy" is only for an article whose publication day is unknown');
  if (
    publisher === undefined ||
    wire === undefined ||
    site === undefined ||
    headline === undefined ||
    url === undefined ||
    urls === undefined ||
    published === undefined ||
    updated === undefined ||
    revision === undefined ||
    language === undefined ||
    badTime.length > 0
  ) {
    return undefined;
  }
  const referenceDate = published ? published.slice(0, 10) : (datedBy ?? null);
  return { id, publisher, wire, site, headline, url, urls, published, updated, revision, language, referenceDate };
}

function checkRevision(at: Place, obj: Obj): CheckedArticle['revision'] | undefined {
  if (!('revision' in obj)) return void fail(at, 'missing field "revision" (write null when not revised)');
  if (obj.revision === null) return null;
  const r = asObject(at, obj.revision, '"revision"');
  if (!r) return undefined;
  const group = requiredString(at, r, 'group');
  const number = r.number;
  if (typeof number !== 'number' || !Number.isInteger(number) || number < 1) {
    return void fail(at, 'revision "number" must be a whole number from 1');
  }
  return group === undefined ? undefined : { group, number };
}

function isHttpUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '';
  } catch {
    return false;
  }
}

/**
 * Checks a reviewed text: present, paragraphs separated by exactly one blank line, no carriage returns, no
 * blank paragraph. The file's final newline is not part of the text.
 */
export function checkText(at: Place, raw: string | undefined): string | undefined {
  if (raw === undefined) return void fail(at, 'file is missing');
  const text = raw.endsWith('\n') ? raw.slice(0, -1) : raw;
  const problems: string[] = [];
  if (text.trim() === '') problems.push('text is empty');
  if (text.includes('\r')) problems.push('text contains carriage returns; use "\\n" line ends');
  if (/\n{3,}/.test(text)) problems.push('paragraphs must be separated by exactly one blank line ("\\n\\n")');
  const single = /(?<!\n)\n(?!\n)/.exec(text);
  if (single) problems.push(`a single line break at ${single.index}: paragraphs are separated by a blank line`);
  if (/^\s|\s$/.test(text)) problems.push('text must not start or end with blank space');
  for (const p of problems) fail(at, p);
  return problems.length === 0 ? text : undefined;
}
