// General English of news copy that no single story teaches: irregular verb forms, words that mean the same
// thing in reports of any conflict or policy story ("killed"/"died"), speech verbs, titles and demonyms.
// None of it says what a fact is about: that is learned from a story's reviewed claims (fact-profile.ts);
// these lists only let two wordings of one meaning meet.

import { stem } from './tokens';
import { wordTable } from '../quantity/word-table';

// Irregular forms → the stem `stem()` gives the base form.
const IRREGULAR = wordTable<string>({
  took: 'tak',
  taken: 'tak',
  take: 'tak',
  fell: 'fall',
  fallen: 'fall',
  held: 'hold',
  sent: 'send',
  said: 'say',
  says: 'say',
  told: 'tell',
  gave: 'giv',
  given: 'giv',
  left: 'leav',
  leave: 'leav',
  brought: 'bring',
  began: 'begin',
  begun: 'begin',
  rose: 'ris',
  risen: 'ris',
  stood: 'stand',
  fought: 'fight',
  lost: 'los',
  won: 'win',
  seen: 'see',
  saw: 'see',
  went: 'go',
  retook: 'retak',
  retaken: 'retak',
  overtook: 'tak',
  seized: 'seiz',
  gone: 'go',
  slain: 'kill',
  slew: 'kill',
  dead: 'die',
  death: 'die',
  deaths: 'die',
  died: 'die',
  lives: 'die',
  freed: 'free',
  met: 'meet',
  kept: 'keep',
  caught: 'catch',
  fled: 'flee',
  overran: 'overrun',
});

// Classes of stems that reports use for one meaning: the first member names the class.
const CLASSES: string[][] = [
  ['kill', 'die', 'fatality', 'fatalitie', 'toll', 'killing', 'los', 'casualty'],
  ['wound', 'injur', 'injury', 'hurt'],
  ['soldier', 'troop', 'serviceman', 'servicemen', 'servicemembers', 'personnel', 'force', 'boot'],
  [
    'militant',
    'fighter',
    'rebel',
    'insurgent',
    'islamist',
    'jihadist',
    'extremist',
    'guerrilla',
    'gunman',
    'gunmen',
    'terrorist',
    'combatant',
  ],
  [
    'withdraw',
    'withdrawal',
    'pull',
    'pullout',
    'drawdown',
    'leav',
    'exit',
    'depart',
    'departure',
    'reduc',
    'cut',
    'home',
    'fall',
    'decreas',
    'declin',
    'scale',
  ],
  ['deploy', 'deployment', 'station', 'send', 'dispatch', 'arriv'],
  ['pledg', 'promis', 'commit', 'suppos', 'meant', 'target', 'intend'],
  ['arrest', 'detain', 'detention', 'custody'],
  ['hostage', 'kidnap', 'captive', 'abduct', 'abduction'],
  [
    'control',
    'captur',
    'recaptur',
    'seiz',
    'tak',
    'retak',
    'secur',
    'liberat',
    'free',
    'hold',
    'grip',
    'stronghold',
    'bastion',
    'hand',
    'overrun',
    'occupi',
    'occupy',
  ],
  ['offensive', 'intervention', 'operation', 'campaign', 'mission', 'war', 'assault'],
  ['launch', 'begin', 'start', 'open'],
  [
    'say',
    'tell',
    'stat',
    'statement',
    'announc',
    'confirm',
    'declar',
    'add',
    'insist',
    'warn',
    'estimat',
    'claim',
    'report',
    'accord',
    'giv',
    'put',
    'spok',
    'speak',
  ],
  ['visit', 'trip', 'tour'],
  ['fight', 'fought', 'clash', 'battl', 'combat', 'engag', 'skirmish'],
  ['election', 'vote', 'poll', 'ballot'],
];

// Keyed by each member as listed and as `stem()` leaves it ("offensive" → "offensiv"), so a lookup by stem finds it.
const CLASS_OF = new Map<string, string>();
for (const members of CLASSES) {
  for (const m of members) {
    CLASS_OF.set(m, members[0]!);
    CLASS_OF.set(stem(m), members[0]!);
  }
}

/** The stem that stands for a word's meaning class: "die" and "fatality" give "kill", "took" gives "control". */
export function meaningOf(lower: string, lemma: string): string {
  const base = IRREGULAR[lower] ?? lemma;
  return CLASS_OF.get(base) ?? base;
}

/** Speech verbs and "according to": what makes a sentence attribute its content to someone. */
export const SPEECH_STEMS = new Set([
  'say',
  'tell',
  'stat',
  'announc',
  'confirm',
  'declar',
  'add',
  'insist',
  'warn',
  'estimat',
  'claim',
  'report',
  'not',
  'explain',
  'acknowledg',
  'admit',
  'deni',
  'den',
  'giv',
  'put',
  'quot',
]);

/** Words that name a role before a person's name ("Defence Minister", "President", "Capt."). */
export const ROLE_WORDS = new Set([
  'minister',
  'president',
  'prime',
  'foreign',
  'defence',
  'defense',
  'interior',
  'finance',
  'secretary',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'general',
  'gen',
  'capt',
  'captain',
  'colonel',
  'col',
  'commander',
  'chief',
  'king',
  'queen',
  'prince',
  'mr',
  'mrs',
  'ms',
  'dr',
  'sen',
  'senator',
  'rep',
  'gov',
  'governor',
  'mayor',
  'ambassador',
  'envoy',
  'lieutenant',
  'lt',
  'major',
  'maj',
  'sergeant',
  'sgt',
  'admiral',
  'adm',
  'premier',
  'chancellor',
  'deputy',
  'military',
  'army',
  "army's",
  'state',
  'head',
  'leader',
  'director',
  'adviser',
  'advisor',
  'official',
  'officer',
]);

/** Titles that can head a phrase naming one person ("the French foreign minister", "a government spokeswoman"). */
export const ROLE_HEADS = new Set([
  'minister',
  'president',
  'secretary',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'general',
  'captain',
  'colonel',
  'commander',
  'chief',
  'king',
  'queen',
  'prince',
  'senator',
  'governor',
  'mayor',
  'ambassador',
  'envoy',
  'lieutenant',
  'major',
  'sergeant',
  'admiral',
  'premier',
  'chancellor',
  'adviser',
  'advisor',
  'director',
  'leader',
  'head',
]);

/** Words that make a capitalised name a group rather than a person or a place. */
export const GROUP_WORDS = new Set([
  'movement',
  'front',
  'army',
  'union',
  'nations',
  'council',
  'ministry',
  'party',
  'group',
  'forces',
  'brigade',
  'committee',
  'organisation',
  'organization',
  'agency',
  'court',
  'parliament',
  'government',
  'command',
  'alliance',
  'coalition',
  'mission',
  'bank',
  'fund',
  'association',
  'institute',
  'company',
  'corporation',
  'news',
  'radio',
  'television',
  'times',
  'post',
  'press',
  'service',
  'office',
  'department',
  'guard',
]);

// Demonyms that do not start with their country's name.
const IRREGULAR_DEMONYMS = wordTable<string>({
  french: 'france',
  british: 'britain',
  english: 'england',
  dutch: 'netherlands',
  swiss: 'switzerland',
  spanish: 'spain',
  german: 'germany',
  danish: 'denmark',
  swedish: 'sweden',
  finnish: 'finland',
  polish: 'poland',
  turkish: 'turkey',
  irish: 'ireland',
  scottish: 'scotland',
  welsh: 'wales',
  greek: 'greece',
  portuguese: 'portugal',
  chinese: 'china',
  japanese: 'japan',
  vietnamese: 'vietnam',
  lebanese: 'lebanon',
  sudanese: 'sudan',
  senegalese: 'senegal',
  togolese: 'togo',
  congolese: 'congo',
  beninese: 'benin',
  burkinabe: 'burkina',
  ivorian: 'ivory',
  nigerien: 'niger',
  nigerian: 'nigeria',
  american: 'america',
  us: 'america',
  uk: 'britain',
  paris: 'france',
  london: 'britain',
  washington: 'america',
  moscow: 'russia',
  beijing: 'china',
});

const DEMONYM_SUFFIXES = new Set(['n', 'an', 'ian', 'ien', 'ans', 'ians', 'ese', 'i', 'is', 's']);

/** A name or demonym with irregular demonyms mapped to their place ("french" → "france"). */
export function placeKey(lower: string): string {
  const w = lower.replace(/'s$/, '');
  return IRREGULAR_DEMONYMS[w] ?? w;
}

/**
 * Whether two names or demonyms refer to one place: "French"/"France" (from the table), "Malian"/"Mali",
 * "African"/"Africa", "Chadian"/"Chad" (the longer is the shorter plus a demonym suffix).
 */
export function samePlace(a: string, b: string): boolean {
  const x = placeKey(a);
  const y = placeKey(b);
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length >= 4 && long.startsWith(short) && DEMONYM_SUFFIXES.has(long.slice(short.length))) return true;
  // A one-letter slip in a long name ("Fance", "Kindal") still names the place.
  return short.length >= 5 && oneEditApart(x, y);
}

function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
