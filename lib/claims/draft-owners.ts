// Whose and what a drafted figure is, beyond what it counts: the person an age or a count is given for ("4-year-old
// Olivia", "Clarence Washington, 35,"), and the action it counts (killed, or wounded). Two figures of different people
// or different actions are never one fact, however alike their words: drafting asks this before it groups.
import { cachedIn } from './cached';
import type { Features } from './features';
import type { Claim } from './types';

// Words for a person that may stand between an age and a name ("his 8-year-old cousin Tristan Howard"), and the
// nouns that show a capitalised word before them is a place ("a 12-year-old Traer girl").
const KIN =
  /^(cousin|brother|sister|son|daughter|father|mother|nephew|niece|grandson|granddaughter|friend|neighbor|neighbour|uncle|aunt|stepson|stepdaughter|wife|husband|boyfriend|girlfriend)$/i;
const PERSON_NOUN =
  /^(boy|girl|man|woman|teen|teenager|toddler|child|baby|infant|resident|student|sophomore|junior|senior|freshman|mother|father|son|daughter|driver|officer|victim|suspect)s?\b/i;
const NAME = "[A-Z][\\p{L}'’-]+(?:\\s+[A-Z][\\p{L}'’-]+){0,2}";

/** The person an age is given for, as a folded name, or null when its sentence does not say or it is no age. */
export function ownerOf(claim: Claim): string | null {
  const s = claim.sentence.text;
  const from = claim.figure.start - claim.sentence.start;
  const to = claim.figure.end - claim.sentence.start;
  if (from < 0 || to > s.length) return null;
  const hyphenated = /-(year|month|week)s?-old$/i.test(claim.figure.text);
  // "Clarence Washington, 35," and "Onya, 6": the name just before and a comma after, an age in apposition; in a list
  // of people, a semicolon ("Alejandro Martinez, 20; Erica Rodriguez, 21"), or the sentence's end ("and Freeman, 28.").
  const before = new RegExp(`(${NAME}),\\s*$`, 'u').exec(s.slice(0, from));
  if (before && /^\d{1,3}$/.test(claim.figure.text) && /^\s*(?:[,);]|\.(?:\s|$))/.test(s.slice(to)))
    return fold(before[1]!);
  if (!hyphenated) return null;
  // "4-year-old Olivia", "8-year-old cousin Tristan Howard": the name just after, perhaps past a word of kin.
  const after = new RegExp(`^\\s+(?:(\\p{Ll}+)\\s+)?(${NAME})(\\s+\\S+)?`, 'u').exec(s.slice(to));
  if (after && (!after[1] || KIN.test(after[1])) && !PERSON_NOUN.test((after[3] ?? '').trim())) return fold(after[2]!);
  return null;
}

/** Whether two owners are other people: both known and sharing no word. */
export function otherOwners(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  const words = new Set(a.split(' '));
  return !b.split(' ').some((w) => words.has(w));
}

/**
 * Whether two figures count different actions: one beside a word of killing and not of wounding, the other the
 * other way round ("two students killed" and "two students injured").
 */
export function otherActions(a: Features, b: Features): boolean {
  const x = action(a);
  const y = action(b);
  return x !== null && y !== null && x !== y;
}

// What happened on a day, by the words beside it: a death, a shooting, an arrest or charge, a finding.
const HAPPENINGS: [string, RegExp][] = [
  ['death', /^(kill|murder|fatal|fatally)$/],
  ['shooting', /^(shoot|shot|shootout|gunfire|gunshot|fir|discharg)$/],
  ['arrest', /^(arrest|charg|indict|book|custody)$/],
  ['finding', /^(found|discover)$/],
];

/**
 * Whether two days are of other happenings: each has words of what happened beside it and they share none ("was
 * arrested Saturday night" and "a shooting Saturday afternoon"; "shot on Sept. 3" and "died Saturday"). "Shot and
 * killed" shares the death with "died".
 */
export function otherHappenings(a: Features, b: Features): boolean {
  const x = happenings(a);
  const y = happenings(b);
  return x.size > 0 && y.size > 0 && ![...x].some((h) => y.has(h));
}

// Worked out once per claim's features: drafting asks it of every pair of days.
const happeningsOf = new WeakMap<Features, Set<string>>();

function happenings(f: Features): Set<string> {
  return cachedIn(happeningsOf, f, () => {
    const found = new Set<string>();
    for (const stem of f.local) for (const [name, words] of HAPPENINGS) if (words.test(stem)) found.add(name);
    return found;
  });
}

/**
 * Whether two attributions are of other statements: their speakers share no word ("Krzykowski" and "News-Herald
 * Media"; a pronoun names nobody), or both name people besides the speaker and share none of them ("Police said Peter
 * Noack was hunting", "Police say Cheyanne Green was hunting").
 */
export function otherStatements(a: Claim, b: Claim): boolean {
  const x = statementOf(a);
  const y = statementOf(b);
  if (otherOwners(x.speaker, y.speaker)) return true;
  return x.people.size > 0 && y.people.size > 0 && ![...x.people].some((w) => y.people.has(w));
}

// Who an attribution names as its speaker (null for a pronoun) and the words of the other people it names, worked out
// once per claim: drafting asks it of every pair of attributions.
const statements = new WeakMap<Claim, { speaker: string | null; people: Set<string> }>();

function statementOf(c: Claim): { speaker: string | null; people: Set<string> } {
  return cachedIn(statements, c, () => {
    const subject = c.subject ? fold(c.subject) : null;
    const speaker = c.subject && !PRONOUN.test(c.subject.trim()) ? subject : null;
    const own = new Set(subject?.split(/[\s-]+/) ?? []);
    const people = new Set(c.names.people.flatMap((p) => fold(p).split(/[\s-]+/)).filter((w) => !own.has(w)));
    return { speaker, people };
  });
}
const PRONOUN = /^(he|she|they|it|we|i|you|one)$/i;

function action(f: Features): 'kill' | 'wound' | null {
  return f.local.has('kill') && !f.local.has('wound')
    ? 'kill'
    : f.local.has('wound') && !f.local.has('kill')
      ? 'wound'
      : null;
}

function fold(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]s$/, '');
}

/** Whether a figure is an age ("15-year-old", "Onya, 6,"): the years of a person, not a length of time. */
export function isAge(claim: Claim, owner: string | null): boolean {
  return owner !== null || /-(year|month|week)s?-old$|\byears? old$/i.test(claim.figure.text);
}

/**
 * Whether two ages are of other people: one an age and the other a length of time, or two ages of different values
 * not given for one named person (outlets rarely differ on an age; two ages are two people).
 */
export function otherAges(a: Claim, b: Claim, ownerA: string | null, ownerB: string | null): boolean {
  const x = isAge(a, ownerA);
  const y = isAge(b, ownerB);
  if (x !== y) return true;
  if (!x) return false;
  const same = a.value?.kind === 'quantity' && b.value?.kind === 'quantity' && a.value.lo === b.value.lo;
  return !same && !(ownerA && ownerB && !otherOwners(ownerA, ownerB));
}
