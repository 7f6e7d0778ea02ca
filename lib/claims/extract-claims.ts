// extractClaims: every figure of a news text as a claim, with what it counts or dates, the names around it, who
// it is attributed to and its hedges; plus the text's statements about the status of places and who said what.
// Pure and total: a figure the parser cannot read is reported as unreadable, never thrown.
import { findHedges } from '../quantity/hedges';
import { FigureParseError, parseFigure } from '../quantity/parse-figure';
import { namesCalendarDay } from '../quantity/parse-date';
import { findAttributions, isSpeechVerb, type Attribution } from './attribution';
import { countedConcept, phraseAfter, type Concept } from './concept';
import { documentWords, findEntities, settleEntityTypes, type Entity } from './entities';
import { findFigures, type FigureShape } from './find-figures';
import { conceptOf, MEASURED, measuredReading } from './measured-claims';
import { readFoundFigure } from './read-figures';
import { meaningOf, ROLE_HEADS, ROLE_WORDS } from './lexicon';
import { splitSentences, type Sentence } from './sentences';
import { findStatusClaims } from './status-claims';
import { tokenise, type Token } from './tokens';
import { furnitureSpans, inFurniture } from './furniture';
import type { Claim, ClaimKind, Names, Reading } from './types';

/** What extraction needs besides the text. */
export interface ExtractOptions {
  /** ISO day (or date-time) the text was published: relative dates are read from it. Null when unknown. */
  published: string | null;
  /** Where the article's own text starts, after a headline put before it (a wire dateline opens it there). */
  bodyStart?: number;
  /** The text's gallery furniture (`furnitureSpans(text)`), when it has already been found. */
  furniture?: [number, number][];
  /**
   * Only the claims of these sentences (their indices) are wanted: the others are read only as far as the wanted
   * ones need (what the sentence before counts), so the claims are those the whole text would give.
   */
  only?: ReadonlySet<number>;
  /**
   * False when the figures' values are not wanted (a story's profile takes them from its reviewed claims): each
   * reading then has only its kind, a count only its amount (money, a share, a measure), and no hedges are read.
   */
  values?: boolean;
}

/** A sentence read once: tokens, names, attributions. */
export interface ReadSentence extends Sentence {
  index: number;
  tokens: Token[];
  entities: Entity[];
  readonly attributions: Attribution[];
}

const NEAR_WINDOW = 7;
// A sentence this short borrows what it counts from the sentence before, across a paragraph break.
const SHORT_ANSWER = 6;
const CLAUSE_END = /^[;:()[\]\u2013\u2014]$/;
const UNIT_OF: Record<FigureShape, string> = { count: 'count', duration: 'days', distance: 'km', date: 'days' };

/** Reads a text's sentences with their tokens, names (types settled across the text) and attributions. */
export function readSentences(text: string): ReadSentence[] {
  const sentences = splitSentences(text).map((s, index) => ({ ...s, index, tokens: tokenise(s.text, s.start) }));
  const words = documentWords(sentences.map((s) => s.tokens));
  const read = sentences.map((s) => {
    let attributions: Attribution[] | null = null;
    const entities = findEntities(s.tokens, words, text);
    return {
      ...s,
      entities,
      // Found when first asked for, after the names' types are settled below: a page read only for its names (one
      // no story is a candidate for) never looks for who said what.
      get attributions() {
        attributions ??= findAttributions(s.tokens, entities, text);
        return attributions;
      },
    };
  });
  settleEntityTypes(read, isSpeechVerb);
  return read;
}

/**
 * Every figure-bearing claim of a news text, in text order. `sentences` are the text's sentences when they have
 * already been read (`readSentences(text)`), so a page is read once whatever else needs its sentences.
 */
export function extractClaims(
  text: string,
  options: ExtractOptions,
  sentences: readonly ReadSentence[] = readSentences(text),
): Claim[] {
  const bodyStart = options.bodyStart ?? 0;
  const found = findDateline(bodyStart === 0 ? text : text.slice(bodyStart));
  const dateline = found && { ...found, start: bodyStart, end: found.end + bodyStart };
  const people = peopleOf(sentences);
  const furniture = options.furniture ?? furnitureSpans(text);
  const claims: Omit<Claim, 'index'>[] = [];
  let lastPerson: string | null = null;
  let previous: { sentence: ReadSentence; concept: Concept | null } | null = null;
  const wanted = options.only ? neededSentences(sentences, options.only) : null;
  for (const s of sentences) {
    if (wanted && !wanted.has(s.index)) {
      const named = s.entities.filter((e) => e.type === 'person');
      if (named.length > 0) lastPerson = fullName(named[named.length - 1]!, people);
      previous = { sentence: s, concept: null };
      continue;
    }
    const names = namesOf(s.entities);
    let earlier: Concept | null = null;
    let earlierOwners: string[] = [];
    // A short answer ("A: Roughly 4,000.") counts what the question before it asked about, even across paragraphs.
    const short = s.tokens.filter((t) => t.type === 'word').length <= SHORT_ANSWER;
    const before = previous && (previous.sentence.paragraph === s.paragraph || short) ? previous : null;
    for (const f of findFigures(s.tokens)) {
      // A dateline ("PARIS, Feb 6 (Sahel Wire) -") dates the text; it reports nothing.
      const at = s.tokens[f.first]!.start;
      if (dateline && at >= dateline.start && at < dateline.end) continue;
      if (inFurniture(furniture, at, s.tokens[f.last]!.end)) continue;
      const kinds = f.shapes.map(kindOf);
      const kind = kinds[0]!;
      const first = s.tokens[f.first]!;
      const last = s.tokens[f.last]!;
      const figureText = text.slice(first.start, last.end);
      const parseText = text.slice(s.tokens[f.contextFirst]!.start, last.end);
      // "this morning", "Tuesday" inside a quotation are the speaker's days, and the day they spoke is not known.
      const quoted = kind === 'date' && SPEAKER_RELATIVE.test(figureText) && insideQuotation(text, s, first.start);
      // Without values, only a count's amount is read: it says whether the count is money, a share or a measure.
      const quantity =
        options.values === false && kind !== 'count'
          ? null
          : readFoundFigure(text, s.tokens, f, { published: options.published });
      // Money, a share, a measure other than a distance, a fraction, a score: its own value as written (exact
      // decimals kept) and what it is an amount of, never a count's noun borrowed from elsewhere.
      const measured = kind === 'count' && quantity !== null && MEASURED.has(quantity.kind);
      const readings = f.shapes.map((shape, k) =>
        quoted
          ? { kind: kindOf(shape), value: null, unreadable: 'a day relative to when a quoted speaker spoke' }
          : measured && k === 0
            ? measuredReading(quantity)
            : options.values === false
              ? { kind: kindOf(shape), value: null, unreadable: 'not read' }
              : read(shape, kind === 'date' ? parseText : figureText, figureText, options.published),
      );
      const concept: Concept = measured
        ? conceptOf(quantity.counts)
        : kind === 'count'
          ? countedConcept(s.tokens, f.first, f.last, text, {
              earlier,
              previous: before?.concept ?? null,
              previousTokens: before?.sentence.tokens ?? [],
            })
          : datedConcept(s.tokens, f.first, f.last, text);
      // A figure that borrows the earlier one's noun belongs to the same owner ("Mali said 11 of its troops were
      // killed and 60 wounded").
      const owners =
        kind !== 'count'
          ? []
          : concept.source === 'borrowed' && concept.head === earlier?.head
            ? earlierOwners
            : ownerBefore(s, f.first, f.last, previous?.sentence ?? null);
      if (kind === 'count' && concept.head && !measured) {
        earlier = concept;
        earlierOwners = owners;
      }
      const attribution = nearestAttribution(s, f.first);
      claims.push({
        sentence: span(s, s.index, s.paragraph),
        figure: { text: figureText, start: first.start, end: last.end },
        readFrom:
          kind === 'date'
            ? { text: parseText, start: s.tokens[f.contextFirst]!.start, end: last.end }
            : { text: figureText, start: first.start, end: last.end },
        kind,
        readings,
        value: readings[0]!.value,
        unreadable: readings[0]!.unreadable,
        concept: {
          text: concept.text,
          head: concept.head,
          modifiers: concept.modifiers,
          proper: [...concept.proper, ...owners],
        },
        subject: null,
        names,
        attribution: attribution?.text ?? null,
        speaker: attribution ? speakerOf(attribution, s, people, lastPerson) : null,
        hedges: options.values === false ? [] : findHedges(figureText),
        datesStatement: kind === 'date' && datesStatement(s, f.first, f.last),
        near: nearStems(s.tokens, f.first, f.last),
        nearPlaces: nearPlaces(s, f.first, f.last),
        context: contextStems(s.tokens),
        background: previous ? contextStems(previous.sentence.tokens) : [],
        quantity,
      });
    }
    for (const status of findStatusClaims(s.tokens, s.entities)) {
      const attribution = nearestAttribution(s, status.first);
      claims.push({
        sentence: span(s, s.index, s.paragraph),
        figure: {
          text: text.slice(s.tokens[status.first]!.start, s.tokens[status.last]!.end),
          start: s.tokens[status.first]!.start,
          end: s.tokens[status.last]!.end,
        },
        readFrom: {
          text: text.slice(s.tokens[status.first]!.start, s.tokens[status.last]!.end),
          start: s.tokens[status.first]!.start,
          end: s.tokens[status.last]!.end,
        },
        kind: 'status',
        readings: [{ kind: 'status', value: null, unreadable: null }],
        value: null,
        unreadable: null,
        concept: {
          text: status.words.map((t) => t.text).join(' '),
          head: null,
          modifiers: status.words.map((t) => t.lower),
          proper: [],
        },
        subject: status.place.text,
        names,
        attribution: attribution?.text ?? null,
        speaker: attribution ? speakerOf(attribution, s, people, lastPerson) : null,
        hedges: [],
        datesStatement: false,
        near: nearStems(s.tokens, status.first, status.last),
        nearPlaces: [],
        context: contextStems(s.tokens),
        background: [],
        quantity: null,
      });
    }
    const spoken = new Set<string>();
    for (const a of s.attributions) {
      const speaker = speakerOf(a, s, people, lastPerson);
      // One attribution claim per speaker and sentence: "Fabius said …, where he said …" names one speaker once.
      if (!speaker || spoken.has(speaker)) continue;
      spoken.add(speaker);
      // A pronoun alone is no figure a reader can see: "he said" is.
      const [from, to] = /^(he|she|they|it|we|i)$/i.test(a.speaker)
        ? [a.first, a.last]
        : [a.speakerFirst, a.speakerLast];
      claims.push({
        sentence: span(s, s.index, s.paragraph),
        figure: {
          text: text.slice(s.tokens[from]!.start, s.tokens[to]!.end),
          start: s.tokens[from]!.start,
          end: s.tokens[to]!.end,
        },
        readFrom: {
          text: text.slice(s.tokens[from]!.start, s.tokens[to]!.end),
          start: s.tokens[from]!.start,
          end: s.tokens[to]!.end,
        },
        kind: 'attribution',
        readings: [{ kind: 'attribution', value: { kind: 'statement', value: speaker }, unreadable: null }],
        value: { kind: 'statement', value: speaker },
        unreadable: null,
        concept: { text: '', head: null, modifiers: [], proper: [] },
        subject: speaker,
        names,
        attribution: a.text,
        speaker,
        hedges: [],
        datesStatement: false,
        // What was said is what tells one attribution fact from another: its words are the claim's surroundings.
        near: contextStems(s.tokens.filter((_, i) => i < a.first || i > a.last)),
        nearPlaces: [],
        context: contextStems(s.tokens.filter((_, i) => i < a.first || i > a.last)),
        background: [],
        quantity: null,
      });
    }
    const named = s.entities.filter((e) => e.type === 'person');
    if (named.length > 0) lastPerson = fullName(named[named.length - 1]!, people);
    previous = { sentence: s, concept: earlier };
  }
  claims.sort((a, b) => a.figure.start - b.figure.start || a.figure.end - b.figure.end);
  const kept = wanted ? claims.filter((c) => options.only!.has(c.sentence.index)) : claims;
  return kept.map((c, index) => ({ ...c, index }));
}

// The sentences to read for the wanted ones: each wanted sentence and those before it that it may borrow what it
// counts from (its paragraph's, and across a paragraph break for a short one), back to one that borrows nothing.
function neededSentences(sentences: readonly ReadSentence[], only: ReadonlySet<number>): Set<number> {
  const needed = new Set<number>();
  for (const i of only) {
    if (i < 0 || i >= sentences.length) continue;
    let from = i;
    for (;;) {
      while (from > 0 && sentences[from - 1]!.paragraph === sentences[from]!.paragraph) from--;
      const short = sentences[from]!.tokens.filter((t) => t.type === 'word').length <= SHORT_ANSWER;
      if (from === 0 || !short) break;
      from--;
    }
    for (let j = from; j <= i; j++) needed.add(j);
  }
  return needed;
}

// A date right beside a speech verb ("said on Tuesday", "Tuesday, Le Drian said"), or opening a sentence whose
// speaker follows it ("Earlier today, the foreign minister, Laurent Fabius, said …").
function datesStatement(s: ReadSentence, first: number, last: number): boolean {
  const before = nearestWord(s.tokens, first - 1, -1);
  const after = nearestWord(s.tokens, last + 1, 1);
  if ([before, after].some((j) => j >= 0 && isSpeechVerb(s.tokens, j))) return true;
  // "… gave the number of casualties to CNN affiliate BFM on Tuesday night": the giving's own clause, no other verb
  // between ("gave … after the militants had been hit on Tuesday" dates the hitting).
  // Only for giving a number ("gave", "put"): after "said … in an interview for Wednesday's Metro" the date is the
  // newspaper's.
  const verb = s.attributions
    .map((a) => a.verb)
    .filter((v) => v < first && /^(gave|give|gives|put|puts)$/.test(s.tokens[v]!.lower))
    .pop();
  if (
    verb !== undefined &&
    s.tokens.slice(verb + 1, first).every((t) => (t.type === 'word' ? !VERB_SHAPE.test(t.lower) : t.text !== ','))
  )
    return true;
  // In the sentence's opening phrase ("In a separate television interview on Tuesday night, Le Drian said").
  const lead = s.tokens.slice(0, first);
  const opening =
    lead.every((t) => t.type === 'word') &&
    lead.length <= 6 &&
    (lead.length === 0 || /^(in|on|at|during|late|early)$/.test(lead[0]!.lower)) &&
    s.tokens[last + 1]?.text === ',';
  return opening && s.attributions.some((a) => a.first > last && a.first - last <= 7);
}

// Words that make a verb of their own between a speech verb and a date.
const VERB_SHAPE =
  /^(is|are|was|were|be|been|being|has|have|had|will|would|could|can|may|might|should|must|do|does|did)$|ed$/;

// The index of the nearest content word from `from` in one direction, within the clause, or -1.
function nearestWord(tokens: readonly Token[], from: number, step: 1 | -1): number {
  for (let j = from; j >= 0 && j < tokens.length; j += step) {
    const t = tokens[j]!;
    if (t.type === 'punct') return -1;
    if (!t.stop) return j;
  }
  return -1;
}

// Days named relative to the moment of speaking.
const SPEAKER_RELATIVE =
  /\b(today|tonight|yesterday|tomorrow|this (morning|afternoon|evening)|last night|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;

// Whether an offset sits inside a quotation of its paragraph (an odd number of straight quotes before it, or more
// opening than closing curly quotes).
function insideQuotation(text: string, s: ReadSentence, at: number): boolean {
  const paragraphStart = text.lastIndexOf('\n', s.start) + 1;
  const before = text.slice(paragraphStart, at);
  const straight = (before.match(/"/g) ?? []).length;
  const open = (before.match(/[\u201c\u00ab]/g) ?? []).length;
  const close = (before.match(/[\u201d\u00bb]/g) ?? []).length;
  return straight % 2 === 1 || open > close;
}

/** A wire dateline at the top of a text ("PARIS, Feb 6 (Sahel Wire) -"): where it ends and the day it names. */
export function findDateline(text: string): { end: number; day: string } | null {
  const m =
    /^\s*[A-Z][A-Z .'/-]{1,40},\s*((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:,? \d{4})?|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*(?: \d{4})?)\s*(?:\([^)]{1,40}\))?\s*[-\u2013\u2014]/.exec(
      text,
    );
  return m ? { end: m.index + m[0].length, day: m[1]! } : null;
}

function kindOf(shape: FigureShape): ClaimKind {
  return shape;
}

function span(s: Sentence, index: number, paragraph: number) {
  return { text: s.text, start: s.start, end: s.end, index, paragraph };
}

// Reads one figure as one kind; never throws.
function read(shape: FigureShape, parseText: string, figureText: string, published: string | null): Reading {
  const kind = kindOf(shape);
  // Without a publication day only a figure that names its year ("2012", "January 11, 2013") can be read.
  const needsDay =
    (shape === 'date' || (shape === 'duration' && namesCalendarDay(figureText))) && !/\b(19|20)\d\d\b/.test(figureText);
  if (needsDay && !published) return { kind, value: null, unreadable: 'no publication date to read it against' };
  try {
    const value = parseFigure(parseText, { published: published ?? '2000-01-01', kind, unit: UNIT_OF[shape] });
    return { kind, value, unreadable: null };
  } catch (error) {
    if (error instanceof FigureParseError) return { kind, value: null, unreadable: error.reason };
    return { kind, value: null, unreadable: `unexpected: ${error instanceof Error ? error.message : String(error)}` };
  }
}

// A date or duration "counts" nothing; its concept is the event it dates: the nearest content words before it.
function datedConcept(tokens: readonly Token[], first: number, last: number, source: string): Concept {
  // "the 26-day military intervention", "its three-week-old Operation Serval": the age of what follows.
  const after = /-(day|week|month|year)s?(-old|-long)?$|long$/.test(tokens[last]!.lower)
    ? phraseAfter(tokens, last + 1, source)
    : null;
  if (after) return after;
  const words: Token[] = [];
  for (let j = first - 1; j >= 0 && words.length < 3; j--) {
    const t = tokens[j]!;
    if (t.type !== 'word') break;
    if (!t.stop && !/^\d/.test(t.text)) words.unshift(t);
  }
  if (words.length === 0)
    return { text: '', head: null, modifiers: [], proper: [], source: 'none', first: -1, last: -1 };
  const head = words[words.length - 1]!;
  return {
    text: source.slice(words[0]!.start, head.end),
    head: head.lower,
    modifiers: words.slice(0, -1).map((t) => t.lower),
    proper: words.filter((t) => t.cap).map((t) => t.lower),
    source: 'before',
    first: tokens.indexOf(words[0]!),
    last: tokens.indexOf(head),
  };
}

// Whose the counted are, when the copy says so around the figure: a possessive name ("France's 4,000 troops"), the
// subject that "has" them ("France has close to 4,000 troops", "AFISMA … has roughly 3,800 soldiers"), or the
// place or group an "its"/"their" points back to ("Mali's army says 11 of its soldiers died", "France hopes to …
// Its nearly 4,000 soldiers …"): the sentence's opening name, or else the previous sentence's.
function ownerBefore(s: ReadSentence, first: number, last: number, previous: ReadSentence | null): string[] {
  const t = s.tokens[first - 1];
  if (t && t.type === 'word' && t.cap && /['\u2019]s?$/.test(t.text) && !t.stop) return [t.lower];
  // "a UN-backed African force of some 8,000 troops": the force's descriptor is its troops'.
  if (t?.lower === 'of') {
    const unit = s.tokens[first - 2];
    const descriptor = s.tokens[first - 3];
    if (unit?.type === 'word' && !unit.cap && descriptor?.type === 'word' && descriptor.cap && !descriptor.stop)
      return [descriptor.lower];
  }
  const owners = s.entities.filter((e) => e.type === 'place' || e.type === 'group');
  const subject = owners.find((e) => e.last < first && owningGap(s.tokens, e.last + 1, first));
  if (subject) return [subject.words.join(' ')];
  // "some 1,800 soldiers from Chad": a place after the counted noun.
  const from = s.tokens.findIndex((x, k) => k > last && k <= last + 5 && x.lower === 'from');
  const origin = from > 0 ? owners.find((e) => e.first === from + 1 && e.type === 'place') : undefined;
  if (origin && s.tokens.slice(last + 1, from).every((x) => x.type === 'word' && !x.cap))
    return [origin.words.join(' ')];
  const after = s.tokens[last + 1]?.lower === 'of' ? s.tokens[last + 2] : undefined;
  // "a West African force, some 3,800 of whose soldiers …": the force just named is the owner.
  if (after && /^(whose|which|whom)$/.test(after.lower)) {
    const described = s.tokens
      .slice(0, first)
      .findLastIndex(
        (x, k) =>
          x.type === 'word' && x.cap && !x.stop && k > 0 && s.tokens[k + 1]?.type === 'word' && !s.tokens[k + 1]!.cap,
      );
    return described >= 0 ? [s.tokens[described]!.lower] : [];
  }
  const pointer = [t, after].find((x) => x !== undefined && /^(its|their)$/.test(x.lower));
  if (!pointer) return [];
  // The sentence's subject when it opens with a name or a demonym ("France, for its part, says its …", "French
  // officials say their …", "Mali's army … says 11 of its soldiers"), else a place or group named before.
  const subject2 = openingName(s);
  if (subject2) return [subject2];
  const inSentence = owners.filter((e) => e.last < first);
  if (inSentence.length > 0) return [inSentence[0]!.words.join(' ')];
  const before = previous ? openingName(previous) : null;
  return before ? [before] : [];
}

// The folded name or demonym a sentence opens with (within its first two words), or null.
function openingName(s: ReadSentence): string | null {
  const words = s.tokens.filter((t) => t.type === 'word').slice(0, 2);
  const name = words.find(
    (t) =>
      t.cap &&
      !t.stop &&
      !s.entities.some(
        (e) => e.type === 'person' && e.roleFirst <= s.tokens.indexOf(t) && s.tokens.indexOf(t) <= e.last,
      ),
  );
  return name ? name.lower : null;
}

// Whether the tokens between an owner and its figure only say that it has them ("France has", "AFISMA now has",
// "Chad, which is not a member, has sent"): owning words, after an aside between commas.
function owningGap(tokens: readonly Token[], from: number, to: number): boolean {
  let j = from;
  if (tokens[j]?.text === ',') {
    const close = tokens.findIndex((t, k) => k > j && k < to && t.text === ',');
    j = close < 0 ? j + 1 : close + 1;
  }
  if (j >= to) return false;
  const gap = tokens.slice(j, to);
  // "AFISMA was promised 8,000 soldiers": a passive of giving is owning too.
  const passive =
    gap.length === 2 &&
    /^(is|are|was|were)$/.test(gap[0]!.lower) &&
    /^(promised|pledged|offered|given|sent|allotted)$/.test(gap[1]!.lower);
  return passive || gap.every((x) => x.type === 'word' && OWNING.test(x.lower));
}

// Words between an owner and its figure: "France has", "AFISMA now has", "Paris had deployed".
const OWNING =
  /^(has|have|had|now|already|still|deployed|sent|fielded|keeps|kept|numbers|counts|contributed|committed|promised|pledged|offered)$/;

function namesOf(entities: readonly Entity[]): Names {
  const pick = (type: Entity['type']) => [...new Set(entities.filter((e) => e.type === type).map((e) => e.text))];
  return { people: pick('person'), places: pick('place'), groups: pick('group') };
}

function nearestAttribution(s: ReadSentence, at: number): Attribution | null {
  let best: Attribution | null = null;
  for (const a of s.attributions) {
    if (!best || Math.abs(a.verb - at) < Math.abs(best.verb - at)) best = a;
  }
  return best;
}

/** People of a text, by folded surname: full name (the longest mention) and titles. */
interface Person {
  name: string;
  roles: string[];
}

function peopleOf(sentences: readonly ReadSentence[]): Map<string, Person> {
  const people = new Map<string, Person>();
  for (const s of sentences) {
    for (const e of s.entities) {
      if (e.type !== 'person') continue;
      const key = e.words[e.words.length - 1]!;
      const known = people.get(key) ?? { name: e.text, roles: [] };
      if (e.text.length > known.name.length) known.name = e.text;
      if (e.role) known.roles.push(e.role);
      people.set(key, known);
    }
  }
  return people;
}

function fullName(e: Entity, people: Map<string, Person>): string {
  return people.get(e.words[e.words.length - 1]!)?.name ?? e.text;
}

// The person an attribution names: the entity itself, the last person named for a pronoun, or the person whose
// title the phrase repeats ("the French foreign minister" → the text's Foreign Minister).
function speakerOf(
  a: Attribution,
  s: ReadSentence,
  people: Map<string, Person>,
  lastPerson: string | null,
): string | null {
  if (a.person) return fullName(a.person, people);
  const speaker = a.speaker.toLowerCase();
  if (/^(he|she)$/.test(speaker)) {
    const before = s.entities.filter((e) => e.type === 'person' && e.last < a.speakerFirst);
    return before.length > 0 ? fullName(before[before.length - 1]!, people) : lastPerson;
  }
  const words = speaker
    .split(/\s+/)
    .filter((w) => !/^(the|a|an|its|his|her)$/.test(w))
    .map((w) => w.replace(/['\u2019]s$/, ''));
  if (words.length < 2) return null;
  const titles = words.filter((w) => ROLE_WORDS.has(w));
  // A title must head the phrase: "the French foreign minister" is a person, "the defence ministry" is not.
  if (titles.length === 0 || !ROLE_HEADS.has(words[words.length - 1]!)) return null;
  const matches = [...people.values()].filter((p) =>
    p.roles.some((r) => titles.every((w) => r.split(' ').includes(w))),
  );
  if (matches.length === 1) return matches[0]!.name;
  // A title alone ("France's defence minister said") is the speaker as the text names them.
  return a.speaker;
}

// The content words nearest the figure on each side, nearest first, within its clause: a semicolon, colon,
// dash or bracket ends the clause; commas do not (lists and appositions share their verb).
function nearStems(tokens: readonly Token[], first: number, last: number): string[] {
  const out: string[] = [];
  const left = collect(tokens, first - 1, -1);
  const right = collect(tokens, last + 1, 1);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    for (const t of [left[i], right[i]]) if (t) out.push(meaningOf(t.lower, t.lemma));
  }
  return [...new Set(out)];
}

function collect(tokens: readonly Token[], from: number, step: 1 | -1): Token[] {
  const found: Token[] = [];
  for (let j = from; j >= 0 && j < tokens.length && found.length < NEAR_WINDOW; j += step) {
    const t = tokens[j]!;
    // "4,000: French troops in Mali": a colon right after a figure introduces what it counts.
    if (t.type === 'punct' && CLAUSE_END.test(t.text) && !(t.text === ':' && j === from && step === 1)) break;
    // Another figure's words are its own context: "2,150 soldiers in Mali and 1,000 more troops supporting …".
    if (t.type === 'word' && /^\d/.test(t.text)) break;
    if (t.type === 'word' && !t.stop && !/^\d/.test(t.text)) found.push(t);
  }
  return found;
}

// Places named in the figure's clause window: "Mali said 11 of its troops …" says whose the troops are.
function nearPlaces(s: ReadSentence, first: number, last: number): string[] {
  const from = first - NEAR_WINDOW * 2;
  const to = last + NEAR_WINDOW * 2;
  return s.entities.filter((e) => e.type === 'place' && e.last >= from && e.first <= to).map((e) => e.text);
}

function contextStems(tokens: readonly Token[]): string[] {
  const out = new Set<string>();
  for (const t of tokens) if (t.type === 'word' && !t.stop && !/^\d/.test(t.text)) out.add(meaningOf(t.lower, t.lemma));
  return [...out];
}
