// People, places and groups named in a sentence: runs of capitalised words, with titles split off ("Defence
// Minister" | "Jean-Yves Le Drian"), typed by the words around them. Heuristic by design: the engine only needs
// to know which names two sentences share, and whom a "he said" points back to.
import { monthNumber, weekdayNumber } from '../quantity/calendar';
import { GROUP_WORDS, placeKey, ROLE_WORDS } from './lexicon';
import type { Token } from './tokens';

/** A named person, place or group in a sentence. */
export interface Entity {
  /** The name as written, without a title ("Jean-Yves Le Drian"). */
  text: string;
  type: 'person' | 'place' | 'group';
  /** Token range of the name in the sentence. */
  first: number;
  last: number;
  /** Folded words of the name. */
  words: string[];
  /** The title before the name, folded ("french foreign minister"), or null. */
  role: string | null;
  /** Token index where the title starts (the name's `first` when there is none). */
  roleFirst: number;
  /** The type is a default (no title, no group word, no place preposition): the text may correct it. */
  guessed: boolean;
}

// Lower-case particles inside names ("Adrar des Ifoghas", "bin Laden").
const PARTICLES = new Set([
  'de',
  'des',
  'du',
  'la',
  'le',
  'al',
  'el',
  'bin',
  'ben',
  'van',
  'von',
  'da',
  'di',
  'ag',
  'ould',
]);
// Joining words allowed inside a group's name only ("Movement for Oneness and Jihad in West Africa").
const GROUP_JOINERS = new Set(['for', 'and', 'of', 'in', 'the']);
// Words that put a person's name after them in news copy: "suspect Ryan Welch", "his son Marcus", "victim Ana Ruiz".
const PERSON_BEFORE = new Set([
  'victim',
  'suspect',
  'gunman',
  'shooter',
  'witness',
  'son',
  'daughter',
  'father',
  'mother',
  'brother',
  'sister',
  'husband',
  'wife',
  'boyfriend',
  'girlfriend',
  'cousin',
  'grandson',
  'granddaughter',
  'nephew',
  'niece',
  'stepfather',
  'stepson',
]);

const PLACE_BEFORE = new Set([
  'in',
  'at',
  'near',
  'from',
  'to',
  'around',
  'outside',
  'into',
  'across',
  'toward',
  'towards',
  'of',
  'inside',
  'through',
  'throughout',
  'via',
  'reach',
  'north',
  'south',
  'east',
  'west',
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
]);
// A capitalised adjective before a lower-case word describes it ("French troops", "Islamist fighters").
const DESCRIPTOR = /(an|ian|ese|ish|ist|ic)$/;

function isCapWord(t: Token | undefined): t is Token {
  return t !== undefined && t.type === 'word' && t.cap && !/^\d/.test(t.text) && !isCalendarWord(t.lower);
}

// Month and weekday names are dates, not names ("said Tuesday", "from March").
function isCalendarWord(w: string): boolean {
  return weekdayNumber(w) !== null || (monthNumber(w) !== null && w.length > 3);
}

// "French troops", "Islamist fighters", "French-led forces", "UN-backed force": a capitalised adjective.
function isDescriptor(word: string): boolean {
  return DESCRIPTOR.test(word) || placeKey(word) !== word || /-(led|backed|linked|based|born|run)$/.test(word);
}

/**
 * The entities of one sentence's tokens (offsets into `source`). `docCaps` holds folded words seen capitalised away
 * from the start of
 * a sentence anywhere in the text: a sentence's first word counts as a name only if it is one of them.
 */
export function findEntities(tokens: readonly Token[], words: DocumentWords, source: string): Entity[] {
  const entities: Entity[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!isCapWord(t)) continue;
    // A sentence's first word is a name when the text also writes it capitalised elsewhere, never writes it in
    // lower case ("France hopes …", unlike "Troops are …"), or another capitalised word follows.
    const opensName =
      words.caps.has(t.lower) || (!words.lower.has(t.lower) && !/ly$/.test(t.lower)) || isCapWord(tokens[i + 1]);
    if (i === firstWordIndex(tokens) && (t.stop || !opensName)) continue;
    if (t.stop && t.lower !== 'us') continue;
    let last = i;
    let grouped = GROUP_WORDS.has(t.lower);
    for (let j = i + 1; j < tokens.length; j++) {
      const x = tokens[j]!;
      if (isCapWord(x) && !x.stop) {
        last = j;
        if (GROUP_WORDS.has(x.lower)) grouped = true;
      } else if (
        x.type === 'word' &&
        (PARTICLES.has(x.lower) || (grouped && GROUP_JOINERS.has(x.lower))) &&
        isCapWord(tokens[j + 1])
      ) {
      } else break;
    }
    const entity = typed(tokens, i, last, source);
    if (entity) entities.push(entity);
    i = last;
  }
  return entities;
}

// The sentence's first word, after a speaker label such as "Q:" or "A:" or a time stamp ("22:40").
function firstWordIndex(tokens: readonly Token[]): number {
  const first = tokens.findIndex((t) => t.type === 'word');
  const colon = tokens.findIndex((t, i) => i <= first + 2 && t.text === ':');
  if (colon > first && colon <= first + 2 && tokens[colon + 1]?.type === 'word') return colon + 1;
  return first;
}

// Splits the title off a run and decides its type; null for a lone descriptor ("French" in "French troops").
function typed(tokens: readonly Token[], first: number, last: number, source: string): Entity | null {
  let nameFirst = first;
  // Titles, and demonyms or offices before them: "French Foreign Minister", "Capt.", "President".
  let lastRole = -1;
  for (let k = first; k <= last; k++) if (ROLE_WORDS.has(tokens[k]!.lower)) lastRole = k;
  if (lastRole >= 0 && lastRole < last) nameFirst = lastRole + 1;
  const words = tokens.slice(nameFirst, last + 1).map((t) => t.lower);
  const role =
    nameFirst > first
      ? tokens
          .slice(first, nameFirst)
          .map((t) => t.lower)
          .join(' ')
      : null;
  const text = source.slice(tokens[nameFirst]!.start, tokens[last]!.end);
  const next = tokens[last + 1];
  const prev = tokens[first - 1];
  const base = { text, first: nameFirst, last, words, role, roleFirst: first, guessed: false };
  if (role) return { ...base, type: 'person' };
  // "Senquez Jackson, 25, was shot", "suspect Ryan Welch": a name given an age, or after a word for a person.
  const aged = next?.text === ',' && /^\d{1,3}$/.test(tokens[last + 2]?.text ?? '') && tokens[last + 3]?.text === ',';
  if (words.length >= 2 && (aged || PERSON_BEFORE.has(prev?.lower ?? ''))) return { ...base, type: 'person' };
  if (
    words.some((w) => GROUP_WORDS.has(w) || w === 'operation') ||
    (words.length === 1 && /^[A-Z]{2,7}$/.test(tokens[first]!.text))
  ) {
    return { ...base, type: 'group' };
  }
  if (words.length === 1 && next?.type === 'word' && !next.cap && !next.stop && isDescriptor(words[0]!)) {
    return null;
  }
  return { ...base, type: 'place', guessed: !PLACE_BEFORE.has(prev?.lower ?? '') };
}

/**
 * Settles guessed types across a text: a name with a title anywhere, or a name of two words or more that says
 * something ("Laurent Fabius said") or that news copy tells as a person ("Zion Willis was shot", "18-year-old Kodi
 * Pruner"), is a person, and so is every later mention of that person's surname alone ("Fabius"); other guessed
 * names of several words are groups ("Al Qaeda"), single words places.
 */
export function settleEntityTypes(
  sentences: readonly { tokens: readonly Token[]; entities: Entity[] }[],
  speaks: (tokens: readonly Token[], at: number) => boolean,
): void {
  const surnames = new Set<string>();
  for (const { tokens, entities } of sentences) {
    for (const e of entities) {
      if (
        e.type === 'person' ||
        (e.guessed && e.words.length >= 2 && (speaks(tokens, e.last + 1) || titled(tokens, e) || befalls(tokens, e)))
      ) {
        e.type = 'person';
        surnames.add(e.words[e.words.length - 1]!);
      }
    }
  }
  for (const { entities } of sentences) {
    for (const e of entities) {
      if (surnames.has(e.words[e.words.length - 1]!) && e.type !== 'group') e.type = 'person';
      else if (e.guessed && e.type === 'place' && e.words.length >= 2) e.type = 'group';
    }
  }
}

// What a person does or undergoes in news copy, right after the name ("Ana Ruiz shot", "Ana Ruiz was fatally
// wounded", "Ana Ruiz has been charged"): said of a place or a group, these words are rare.
const ACTS = new Set(['shot', 'killed', 'stabbed', 'wounded', 'fired', 'pleaded', 'pled', 'died']);
const UNDERGOES = new Set([
  'shot',
  'killed',
  'wounded',
  'injured',
  'stabbed',
  'arrested',
  'charged',
  'booked',
  'jailed',
  'sentenced',
  'convicted',
  'indicted',
  'hospitalized',
  'hospitalised',
  'pronounced',
  'identified',
]);
const AUXILIARIES = new Set(['was', 'is', 'were', 'been', 'has', 'had']);

// Whether news copy tells the name as a person's: by what it does or undergoes next, by an age before it
// ("15-year-old Senquez Jackson"), or as whom someone was "identified as" or "named as" ("identified the girl as").
function befalls(tokens: readonly Token[], e: Entity): boolean {
  let k = e.last + 1;
  if (ACTS.has(tokens[k]?.lower ?? '')) return true;
  const from = k;
  while (k < from + 2 && AUXILIARIES.has(tokens[k]?.lower ?? '')) k++;
  if (k > from && /ly$/.test(tokens[k]?.lower ?? '')) k++; // "was fatally shot"
  if (k > from && UNDERGOES.has(tokens[k]?.lower ?? '')) return true;
  const before = tokens[e.roleFirst - 1]?.lower ?? '';
  if (/(^|-)old$/.test(before)) return true;
  // "identified as", "identified the girl as".
  const verb = tokens
    .slice(Math.max(0, e.roleFirst - 5), e.roleFirst - 1)
    .some((t) => /^(identified|named)$/.test(t.lower));
  return before === 'as' && verb;
}

// A name in apposition with a title: "The defence minister, Jean-Yves Le Drian, …", "Jean-Yves Le Drian, France's
// defence minister, …".
function titled(tokens: readonly Token[], e: Entity): boolean {
  const before = tokens[e.roleFirst - 1]?.text === ',' && ROLE_WORDS.has(tokens[e.roleFirst - 2]?.lower ?? '');
  const after =
    tokens[e.last + 1]?.text === ',' && tokens.slice(e.last + 2, e.last + 6).some((t) => ROLE_WORDS.has(t.lower));
  return before || after;
}

/**
 * How a text writes its words: folded words seen capitalised away from a sentence's first word, and seen in lower
 * case.
 */
export interface DocumentWords {
  caps: Set<string>;
  lower: Set<string>;
}

/** Reads how a text writes its words, to tell a capitalised opener from a name. */
export function documentWords(sentences: readonly (readonly Token[])[]): DocumentWords {
  const caps = new Set<string>();
  const lower = new Set<string>();
  for (const tokens of sentences) {
    const first = firstWordIndex(tokens);
    tokens.forEach((t, i) => {
      if (t.type !== 'word') return;
      if (!t.cap) lower.add(t.lower);
      else if (i !== first && isCapWord(t) && !t.stop) caps.add(t.lower);
    });
  }
  return { caps, lower };
}
