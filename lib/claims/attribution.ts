// Who a sentence attributes its content to: the speech verb ("said", "told", "according to") and its speaker
// (a name, a title, a pronoun, or a noun phrase such as "the defence ministry"), in the sentence's own words.
import type { Entity } from './entities';
import { meaningOf, SPEECH_STEMS } from './lexicon';
import type { Token } from './tokens';

/** A speech act found in a sentence. */
export interface Attribution {
  /** Speaker and verb as written, in text order ("Le Drian said", "said the minister", "according to Reuters"). */
  text: string;
  /** Token range of the attribution phrase. */
  first: number;
  last: number;
  /** Token index of the speech verb. */
  verb: number;
  /** Token range of the speaker's words. */
  speakerFirst: number;
  speakerLast: number;
  /** The speaker as written ("Le Drian", "he", "the French foreign minister"). */
  speaker: string;
  /** The person entity the speaker is, when the sentence names one. */
  person: Entity | null;
}

// What an official gives or puts when the verb reports a statement: "gave the number", "put the toll at".
const NUMBER_NOUNS = new Set([
  'number',
  'toll',
  'figure',
  'figures',
  'estimate',
  'casualties',
  'tally',
  'count',
  'total',
  'death',
]);
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);
// Words allowed between a speaker and the verb: "Le Drian also said", "Fabius later told".
const ADVERBS = new Set([
  'also',
  'later',
  'earlier',
  'then',
  'again',
  'further',
  'previously',
  'separately',
  'has',
  'had',
  'have',
  'just',
  'now',
  'reportedly',
  'publicly',
  'repeatedly',
  'himself',
  'herself',
  'already',
  'once',
]);
const NP_WORDS =
  /^(the|a|an|its|his|her|their|our|other|two|three|several|high|ranking|high-ranking|senior|unnamed|local)$/;

/** Whether the token at `at` is a speech verb (or "according" of "according to"). */
export function isSpeechVerb(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at];
  if (t?.type !== 'word' || t.cap) return false;
  if (t.lower === 'according') return tokens[at + 1]?.lower === 'to';
  // "gave the number of casualties", "put the toll at": speech when what is given or put is a number.
  if (/^(put|puts|gave|give|gives|given)$/.test(t.lower)) {
    return tokens.slice(at + 1, at + 4).some((x) => NUMBER_NOUNS.has(x.lower));
  }
  const m = meaningOf(t.lower, t.lemma);
  if (!(SPEECH_STEMS.has(m) || SPEECH_STEMS.has(t.lemma) || m === 'say')) return false;
  // Verb forms only: "warnings", "statement", "reports" after an article are nouns.
  if (/^(said|says|say|told|tells|tell|saying|telling|adding)$/.test(t.lower) || t.lower.endsWith('ed')) return true;
  if (/(ings|ments|ions|ment|ion)$/.test(t.lower)) return false;
  const prev = tokens[at - 1];
  return (
    t.lower.endsWith('s') &&
    prev !== undefined &&
    prev.type === 'word' &&
    (prev.cap || /^(he|she|it)$/.test(prev.lower))
  );
}

/** Every attribution in the sentence, in order. */
export function findAttributions(tokens: readonly Token[], entities: readonly Entity[], source: string): Attribution[] {
  const found: Attribution[] = [];
  for (let v = 0; v < tokens.length; v++) {
    if (!isSpeechVerb(tokens, v)) continue;
    const a =
      tokens[v]!.lower === 'according'
        ? after(tokens, entities, v, v + 2)
        : (before(tokens, entities, v) ?? after(tokens, entities, v, v + 1));
    if (a) found.push(withText(a, tokens, source));
  }
  return found;
}

function lastIndexOf(tokens: readonly Token[], text: string, from: number, until: number): number {
  for (let j = from; j >= Math.max(0, until); j--) if (tokens[j]!.text === text) return j;
  return -1;
}

function entityEndingAt(entities: readonly Entity[], last: number): Entity | undefined {
  return entities.find((e) => e.last === last);
}

// "Le Drian said", "he said", "the French defence ministry said", "officials confirmed", "Le Drian, the defence
// minister, said", "The minister, Le Drian, went on television and said".
function before(tokens: readonly Token[], entities: readonly Entity[], v: number): Attribution | null {
  let k = v - 1;
  while (k >= 0 && tokens[k]!.type === 'word' && ADVERBS.has(tokens[k]!.lower)) k--;
  const t = tokens[k];
  if (t?.text === ',') {
    // The name is the apposition ("The defence minister, Jean-Yves Le Drian, gave …"), or before it ("Jean-Yves
    // Le Drian, France's defence minister, said").
    const inner = entityEndingAt(entities, k - 1);
    if (inner?.type === 'person') return make(tokens, inner.roleFirst, inner.last, v, inner.roleFirst, v, inner);
    const open = lastIndexOf(tokens, ',', k - 1, k - 8);
    const named = open > 0 ? entityEndingAt(entities, open - 1) : undefined;
    if (named?.type === 'person') return make(tokens, named.roleFirst, named.last, v, named.roleFirst, v, named);
  }
  if (t?.type !== 'word' || t.lower === 'and' || t.lower === 'but') {
    // "… went on television and said": the sentence's one person before the verb is its subject.
    const people = entities.filter((e) => e.type === 'person' && e.last < v);
    if (t && t.type === 'word' && (t.lower === 'and' || t.lower === 'but') && people.length === 1) {
      const p = people[0]!;
      return make(tokens, p.roleFirst, p.last, v, p.roleFirst, p.last, p);
    }
    return null;
  }
  const entity = entityEndingAt(entities, k);
  if (entity)
    return make(tokens, entity.roleFirst, k, v, entity.roleFirst, v, entity.type === 'person' ? entity : null);
  if (PRONOUNS.has(t.lower)) return make(tokens, k, k, v, k, v, null);
  if (t.stop || /^\d/.test(t.text)) return null;
  // A noun phrase: walk left over its words ("the French defence ministry", "a Malian security source").
  let first = k;
  for (let j = k - 1; j >= 0 && j >= k - 5; j--) {
    const x = tokens[j]!;
    if (x.type !== 'word' || (x.stop && !NP_WORDS.test(x.lower))) break;
    first = j;
  }
  return make(tokens, first, k, v, first, v, null);
}

// "said Le Drian", "said the minister", "according to a Malian security source".
function after(tokens: readonly Token[], entities: readonly Entity[], v: number, from: number): Attribution | null {
  const t = tokens[from];
  if (t?.type !== 'word') return null;
  const entity = entities.find((e) => e.roleFirst === from || e.first === from);
  if (entity && entity.type === 'person') return make(tokens, from, entity.last, v, v, entity.last, entity);
  if (!NP_WORDS.test(t.lower)) return null;
  let last = from;
  for (let j = from + 1; j < tokens.length && j <= from + 5; j++) {
    const x = tokens[j]!;
    if (x.type !== 'word' || (x.stop && !NP_WORDS.test(x.lower))) break;
    last = j;
  }
  if (last === from) return null;
  // Only an inverted speaker ends its clause: "…, said the minister." ("says its 4,000 troops have …" is no speaker).
  const next = tokens[last + 1];
  if (next && !(next.type === 'punct' && /^[,.;:!?"'\u201d\u2019)]$/.test(next.text))) return null;
  return make(
    tokens,
    from,
    last,
    v,
    v,
    last,
    entities.find((e) => e.first >= from && e.last <= last && e.type === 'person') ?? null,
  );
}

function make(
  _tokens: readonly Token[],
  speakerFirst: number,
  speakerLast: number,
  verb: number,
  first: number,
  last: number,
  person: Entity | null,
): Attribution {
  return {
    text: '',
    first: Math.min(first, verb),
    last: Math.max(last, verb),
    verb,
    speakerFirst,
    speakerLast,
    speaker: '',
    person,
  };
}

// Fills in the attribution's words from the source text.
function withText(a: Attribution, tokens: readonly Token[], source: string): Attribution {
  const slice = (x: number, y: number) => source.slice(tokens[x]!.start, tokens[y]!.end);
  return { ...a, text: slice(a.first, a.last), speaker: slice(a.speakerFirst, a.speakerLast) };
}
