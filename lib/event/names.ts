// The names a text uses to say which event it reports: its people, places and groups, each by its whole name and by
// its last word ("jessica aguilar", "aguilar"), with whether it is named at the top (the headline or the first two
// paragraphs) and whether it is a person's full name. The outlet's own lines (lib/event/boilerplate.ts) are left
// out. A page and a story's articles are read by this one function, so their names compare alike.
import type { ReadSentence } from '../claims/extract-claims';
import { placeKey } from '../claims/lexicon';
import { furnitureSpans, inFurniture } from '../claims/furniture';
import { isOutletLine } from './boilerplate';
import { wordTable } from '../quantity/word-table';

/** One name as a text uses it. */
export interface TextName {
  /** Folded key: lower case, no accents, no possessive; a one-word place folded from its demonym. */
  key: string;
  /** Named in the headline or the first two paragraphs. */
  lead: boolean;
  /** A person named with at least two words (a first name and a surname). */
  fullPerson: boolean;
  /**
   * Named with an official's title (a spokesman, an officer, a sheriff, a minister): someone who speaks for many
   * events, so the name says little about which one.
   */
  official: boolean;
}

// Titles of people who speak for many events of a place: the police and sheriff's spokespeople, officers, officials.
const OFFICIAL = new RegExp(
  `\\b(${[
    'spokesman',
    'spokeswoman',
    'spokesperson',
    'spokes',
    'officer',
    'lt',
    'lieutenant',
    'sgt',
    'sergeant',
    'detective',
    'det',
    'deputy',
    'sheriff',
    'chief',
    'capt',
    'captain',
    'cpl',
    'corporal',
    'trooper',
    'commander',
    'commissioner',
    'coroner',
    'examiner',
    'mayor',
    'minister',
    'secretary',
    'governor',
    'gov',
    'president',
    'police',
  ].join('|')})\\b`,
);

// A word a sentence opens with is capitalised, yet "I'm", "We're" or "Don't" names no one.
const CONTRACTION = /^\S+['\u2019](m|re|ve|ll|d|t)$/;

/** Paragraphs of the text that count as its top: the headline (when there is one) and two more. */
export const LEAD_PARAGRAPHS = 3;

// A street's kind as outlets abbreviate it ("Rio Vista Dr.", "Aberdeen St"): one key whichever way it is written.
const STREET_KINDS = wordTable<string>({
  st: 'street',
  ave: 'avenue',
  av: 'avenue',
  dr: 'drive',
  rd: 'road',
  blvd: 'boulevard',
  ln: 'lane',
  ct: 'court',
  pl: 'place',
  pkwy: 'parkway',
  hwy: 'highway',
  cir: 'circle',
  ter: 'terrace',
  sq: 'square',
});

/**
 * Folded key of a name as texts and signatures compare them ("Le Drian's" → "le drian", "French" → "france",
 * "Rio Vista Dr." → "rio vista drive").
 */
export function nameKey(name: string): string {
  const folded = name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['\u2019]s$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!folded.includes(' ')) return placeKey(folded);
  const words = folded.split(' ');
  const kind = STREET_KINDS[words[words.length - 1]!.replace(/\.$/, '')];
  return kind ? [...words.slice(0, -1), kind].join(' ') : folded;
}

// A street named with its side of town ("South Aberdeen Street", "W. 63rd St."), which outlets often leave out.
const SIDE = /^(?:north|south|east|west|n|s|e|w)\.? (?=\S+ \S)/;
const STREETS = new Set(Object.values(STREET_KINDS));

// The street's key without its side of town, or null for a name that is no street with a side ("East New York").
function withoutSide(key: string): string | null {
  if (!SIDE.test(key) || !STREETS.has(key.slice(key.lastIndexOf(' ') + 1))) return null;
  return key.replace(SIDE, '');
}

// What a place is, after its name ("Coastland Center Mall", "Charter Village Apartments"): outlets write it with a
// capital, in lower case, or not at all.
const VENUE = / (?:mall|apartments|apartment complex|complex|plaza|shopping center)$/;

// The place's key without what it is, when two words or more remain ("coastland center"), else null.
function withoutVenue(key: string): string | null {
  const name = key.replace(VENUE, '');
  return name !== key && name.includes(' ') ? name : null;
}

/**
 * The words of a site's address that name the outlet ("wsvn" of wsvn.com, "kdka" of kdka.cbslocal.com,
 * "chicagotribune" of www.chicagotribune.com): a name made of them is the outlet's, not the event's.
 */
export function siteWords(url: string | null | undefined): Set<string> {
  let host = '';
  try {
    host = url ? new URL(url).hostname.toLowerCase() : '';
  } catch {
    return new Set();
  }
  const labels = host.split('.').slice(0, -1);
  return new Set(labels.filter((l) => l.length >= 3 && !/^(www\d*|m|mobile|amp|edition|news|local)$/.test(l)));
}

/**
 * Whether a key names the outlet: its words run together, or its first word, are one of the site's words
 * ("wsvn-tv", "follow cbsmiami.com", "chicago tribune" on chicagotribune.com).
 */
export function namesOutlet(key: string, site: ReadonlySet<string>): boolean {
  if (site.size === 0) return false;
  const joined = key.replace(/[^a-z0-9]+/g, '');
  for (const word of site) if (joined.includes(word) || (word.length >= 4 && word.includes(joined))) return true;
  return false;
}

/**
 * The names of a text read into sentences, by key (a name used both at the top and further down counts as named at
 * the top). `text` is the text the sentences' offsets point into; `site` the words of its outlet's address, whose
 * names are left out.
 */
export function textNames(
  text: string,
  sentences: readonly ReadSentence[],
  site: ReadonlySet<string> = new Set(),
  furniture: [number, number][] = furnitureSpans(text),
): Map<string, TextName> {
  const paragraphs = paragraphSpans(text);
  const names = new Map<string, TextName>();
  // Keys some mention gives as a place for certain ("in Little Rock"): never a person, whatever another says.
  const places = new Set<string>();
  const addName = (key: string, lead: boolean, fullPerson: boolean, official = false) => {
    if (key.length < 2 || namesOutlet(key, site) || /\.(com|org|net|tv)\b|^https?:/.test(key) || CONTRACTION.test(key))
      return;
    const had = names.get(key);
    names.set(key, {
      key,
      lead: lead || (had?.lead ?? false),
      fullPerson: fullPerson || (had?.fullPerson ?? false),
      official: official || (had?.official ?? false),
    });
  };
  // A paragraph in title case ("Man Charged In Shooting Death") gives every word a capital: its names count only when
  // the rest of the text names them too, where they keep their place at the top.
  // Nor is any of them a person's full name: the capitals that would say so are the title's.
  const fromTitled: { key: string; lead: boolean; official: boolean }[] = [];
  const addTitled = (key: string, lead: boolean, _fullPerson: boolean, official = false) => {
    fromTitled.push({ key, lead, official });
  };
  // A gallery's buttons and photo credits run into the text ("Caption Close Image", "Photo: Metro Video") name no one.
  const inGallery = (start: number, end: number) => inFurniture(furniture, start, end);
  let p = 0;
  for (const s of sentences) {
    // Sentences come in text order: the paragraph holding this one is at or after the last one's.
    while (p < paragraphs.length - 1 && s.start >= paragraphs[p]!.end) p++;
    const span = paragraphs[p];
    if (!span) continue;
    const paragraph = text.slice(span.start, span.end);
    if (isOutletLine(paragraph) || shouted(paragraph)) continue;
    const lead = p < LEAD_PARAGRAPHS;
    const add = titled(paragraph) ? addTitled : addName;
    // A demonym names its place ("French troops" → france), though it is no name itself.
    for (const t of s.tokens) {
      if (!t.cap || t.stop || inGallery(t.start, t.end)) continue;
      const place = placeKey(t.lower);
      if (place !== t.lower) add(place, lead, false);
    }
    for (const e of s.entities) {
      if (inGallery(s.tokens[e.first]!.start, s.tokens[e.last]!.end)) continue;
      const key = nameKey(e.text);
      if (e.type === 'place' && !e.guessed) places.add(key);
      const full = e.type === 'person' && e.words.length >= 2;
      // A title in the name's capitals ("Lt. Steve McClanahan") or just before it ("police spokesman Steve McClanahan").
      const at = s.tokens[e.roleFirst - 1]?.text === '.' ? e.roleFirst - 2 : e.roleFirst - 1;
      const before = s.tokens[at]?.lower ?? '';
      const official = (e.role !== null && OFFICIAL.test(e.role)) || OFFICIAL.test(before);
      add(key, lead, full, official);
      if (e.words.length > 1) add(nameKey(key.slice(key.lastIndexOf(' ') + 1)), lead, false, official);
      const short = full ? null : (withoutSide(key) ?? withoutVenue(key));
      if (short) add(short, lead, false, official);
    }
  }
  for (const t of fromTitled) if (names.has(t.key)) addName(t.key, t.lead, false, t.official);
  for (const key of places) {
    const name = names.get(key);
    if (name?.fullPerson) names.set(key, { ...name, fullPerson: false });
  }
  return names;
}

function paragraphSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const re = /\n\s*\n/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    spans.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  spans.push({ start, end: text.length });
  return spans;
}

// A paragraph whose every word opens with a capital, but for the short ones outlets' styles leave in lower case ("in",
// "of", "with", "from"): a headline in title case. A sentence dense with names still has its verbs in lower case
// ("Dario Pennick was wounded on Dogwood Lane").
function titled(paragraph: string): boolean {
  const words = (paragraph.match(/\p{L}[\p{L}'\u2019-]{3,}/gu) ?? []).filter((w) => !LOWER_IN_TITLES.has(w));
  return words.length >= 4 && words.every((w) => /^\p{Lu}/u.test(w));
}
const LOWER_IN_TITLES = new Set(['with', 'from', 'into', 'onto', 'over', 'upon', 'than', 'that', 'amid', 'near']);

// A paragraph mostly in capitals (a video transcript, a caption credit, a shouted banner) gives every word a
// capital: its "names" are not names.
function shouted(paragraph: string): boolean {
  const letters = paragraph.replace(/[^\p{L}]/gu, '');
  if (letters.length < 12) return false;
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  return upper / letters.length > 0.6;
}
