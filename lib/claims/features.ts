// The comparable features of a claim: weighted bags of meaning stems (what it counts, the words around it, its
// sentence), the proper words that say whose it is, and its subject. Fact profiles and page claims both become
// Features, so every comparison in alignment is between two things of one shape.
import { monthNumber, weekdayNumber } from '../quantity/calendar';
import { meaningOf, placeKey } from './lexicon';
import { stem } from './tokens';
import type { Claim } from './types';

/** A claim reduced to what alignment compares. */
export interface Features {
  kind: Claim['kind'];
  /** Meaning stem of the counted noun, or null. */
  head: string | null;
  /** Stem → weight: concept words weigh most, nearby words next, the rest of the sentence least. */
  bag: Map<string, number>;
  /** Stems of the counted phrase and the nearest words: what the figure itself is about. */
  local: Set<string>;
  /** Place keys of the claim's capitalised modifiers and owner ("french", "africa"). */
  proper: string[];
  /** Place keys of places named near the figure. */
  nearNames: string[];
  /** Place keys of every name in the sentence. */
  names: string[];
  /** Stems of the figure's own words. */
  figure: Set<string>;
  /** For a status claim, the stems that say who holds the place (holding words themselves left out). */
  statusWords: Set<string>;
  subject: string | null;
}

/** The feature of a date that dates a statement. */
export const SPEECH_DATE = '@said-on';

const WEIGHT = { head: 2.5, concept: 2, near: 1.5, far: 1, context: 0.5, background: 0.25 } as const;
const CLOSE = 4;

function meaning(word: string): string {
  return meaningOf(word, stem(word));
}

function put(bag: Map<string, number>, key: string, weight: number): void {
  if (weight > (bag.get(key) ?? 0)) bag.set(key, weight);
}

/** The features of an extracted claim. */
export function featuresOf(claim: Claim): Features {
  const bag = new Map<string, number>();
  const local = new Set<string>();
  const head = claim.concept.head ? meaning(claim.concept.head) : null;
  if (head) {
    put(bag, head, WEIGHT.head);
    local.add(head);
  }
  for (const m of claim.concept.modifiers) {
    const s = meaning(m);
    put(bag, s, WEIGHT.concept);
    local.add(s);
  }
  claim.near.forEach((s, i) => {
    put(bag, s, i < CLOSE ? WEIGHT.near : WEIGHT.far);
    local.add(s);
  });
  // A date right beside a speech verb dates a statement ("said on Tuesday"), not the event the statement is about
  // ("will begin withdrawing from March"): a feature of its own, learned like any other from the exemplars.
  if (claim.kind === 'date' && claim.datesStatement) {
    put(bag, SPEECH_DATE, WEIGHT.head);
    local.add(SPEECH_DATE);
  }
  for (const s of claim.context) put(bag, s, WEIGHT.context);
  // "Le Drian, speaking to BFM TV on Tuesday evening, said …" after a sentence about the toll: a date's event may be
  // in the sentence before.
  if (claim.kind === 'date') for (const s of claim.background) put(bag, s, WEIGHT.background);
  const nameWords = [...claim.names.people, ...claim.names.places, ...claim.names.groups]
    .flatMap((n) =>
      n
        .toLowerCase()
        .normalize('NFD')
        .replace(/\p{M}+/gu, '')
        .split(/[\s-]+/),
    )
    .map((w) => placeKey(w.replace(/['\u2019]s$/, '')));
  const foldName = (n: string) =>
    n
      .toLowerCase()
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .replace(/['\u2019]s$/, '');
  return {
    kind: claim.kind,
    head,
    bag,
    local,
    proper: claim.concept.proper.map((p) => placeKey(p.replace(/-(led|backed|linked|based|born|run)$/, ''))),
    nearNames: [...new Set(claim.nearPlaces.map((n) => placeKey(foldName(n))))],
    names: [...new Set(nameWords)],
    figure: new Set(
      claim.figure.text
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter((w) => w.length > 2)
        .map(meaning),
    ),
    subject: claim.subject,
    statusWords: new Set(
      claim.kind === 'status' ? claim.concept.modifiers.map(meaning).filter((w) => w !== 'control') : [],
    ),
  };
}

// A capitalised first word is a name only when it reads as a demonym ("French soldiers wounded"), not "Day …".
const DEMONYM_SHAPE = /(an|ian|ese|ish|ist|i)$/;

/** Place keys of a free phrase's names and demonyms ("Chadian troops in Kidal" → chadian, kidal). */
export function phraseNames(phrase: string): string[] {
  const words = phrase
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .split(/[^\p{L}\p{N}'-]+/u)
    .filter(Boolean);
  const names = words.filter(
    (w, i) =>
      /^\p{Lu}/u.test(w) &&
      !isCalendarName(w) &&
      (i > 0 || DEMONYM_SHAPE.test(w.toLowerCase()) || placeKey(w.toLowerCase()) !== w.toLowerCase()),
  );
  return [...new Set(names.flatMap((w) => w.toLowerCase().replace(/'s$/, '').split('-')).map(placeKey))];
}

// Months and weekdays are capitalised, but they are dates, not names.
function isCalendarName(word: string): boolean {
  const w = word.toLowerCase();
  return weekdayNumber(w) !== null || (w.length > 3 && monthNumber(w) !== null);
}

/** Stems of a free phrase (a fact's label), as concept words. */
export function phraseStems(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .split(/[^\p{L}\p{N}'-]+/u)
    .filter(
      (w) => w.length > 2 && !/^(the|and|for|from|with|that|this|who|what|when|how|long|day|date|gave|said)$/.test(w),
    )
    .map((w) => meaning(w.replace(/'s$/, '')));
}
