// What a figure counts or measures, in the text's words: for a count, the noun it counts (concept.ts); for a share or
// an amount of money, the thing it is a share or amount of ("60% of them children" → "children", "would cost it
// $350 million" → "cost", "a 3% increase in sales" → "sales", "the unemployment rate rose to 5%" → "unemployment
// rate"), never a noun borrowed from another figure. And whether a count counts people.
import type { QuantityKind } from '../quantity/quantity';
import { type Concept, type ConceptContext, countedConcept, phraseAfter, phraseBefore } from './concept';
import type { Token } from './tokens';

// Verbs whose amount is what they name: "would cost it $350 million" counts the cost.
const MONEY_VERBS =
  /^(cost|costs|costing|worth|valued|value|raised|raise|raising|paid|pay|pays|paying|spent|spend|spends|spending|earned|earn|earns|earning|fined|priced|sold|bought|borrowed|owed|owes|owe|lent|donated|pledged|invested|invest|charged|charge|charges|budgeted|allocated|awarded|seized|stole|stolen|lost|saved|made|makes|make)$/;
const OBJECT_PRONOUNS =
  /^(it|them|him|her|us|me|you|the|a|an|its|their|his|some|about|around|nearly|almost|roughly|over|more|than|up|to|at|least|by)$/;
const CHANGE_NOUNS =
  /^(increase|increases|rise|rises|gain|gains|jump|hike|growth|surge|drop|drops|fall|falls|decline|declines|decrease|cut|cuts|reduction|loss|losses|slump|share|stake|majority|turnout|rate)$/;

/** People nouns: a count of them has the unit "person". */
const PEOPLE = new Set(
  (
    'people person persons individuals men man women woman children child kids boys girls babies infants adults ' +
    'teenagers teens youths students pupils teachers workers employees staff staffers residents citizens voters fans ' +
    'spectators passengers pilgrims protesters protestors demonstrators refugees migrants immigrants patients victims ' +
    'members officers policemen police soldiers troops servicemen marines sailors militants rebels fighters insurgents ' +
    'gunmen jihadists terrorists civilians inmates prisoners detainees suspects tourists visitors attendees ' +
    'participants delegates candidates lawmakers legislators senators representatives mps councillors ministers ' +
    'officials volunteers survivors hostages casualties fatalities dead injured wounded doctors nurses medics ' +
    'firefighters journalists reporters players athletes runners competitors crew crewmen miners farmers drivers ' +
    'pedestrians cyclists shoppers consumers customers residents homeowners tenants applicants graduates recruits ' +
    'veterans seniors pensioners retirees nationals expatriates settlers evacuees peacekeepers personnel guards ' +
    'agents employees workers researchers scientists experts judges jurors lawyers residents villagers locals ' +
    'americans britons africans europeans asians muslims christians jews hindus sikhs deaths dying killed missing ' +
    'crowd crowds audience attendance astronauts pilots sailors crewmembers worshippers greeks protestors ' +
    'arrested detained displaced hurt homeless unemployed jobless users subscribers followers viewers readers ' +
    'respondents guests admins administrators developers engineers campers counselors counsellors priests ' +
    'dictators deputies artists starters photographers professors schoolchildren nominees politicians hopefuls ' +
    'daughters sons brothers sisters relatives parents mothers fathers wives husbands'
  ).split(' '),
);
// What only people do, after a count with no noun of its own: "316 said they were raped", "15 gave birth", "six
// aboard", "dozens still unaccounted for", "229 were detained".
const PEOPLE_VERBS =
  /^(said|say|says|told|died|die|gave|voted|vote|marched|protested|fled|attended|aboard|onboard|survived|drowned|aborted|worship|live|lived|unaccounted|remain|remained|perished)$/;

function peopleVerb(tokens: readonly Token[], last: number): boolean {
  for (let j = last + 1; j <= last + 4 && j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.type !== 'word') return false;
    if (PEOPLE_VERBS.test(t.lower) || PEOPLE_PARTICIPLES.test(t.lower)) return true;
    if (!/^(of|them|whom|were|was|are|is|have|had|has|been|still|all|later|then|also|reportedly)$/.test(t.lower))
      return false;
  }
  return false;
}

// "The death toll from floods in the Eastern Cape has risen to 78": a toll named earlier in the clause.
function tollBefore(tokens: readonly Token[], first: number): boolean {
  for (let j = first - 1; j >= Math.max(0, first - 12); j--) {
    const t = tokens[j]!;
    if (t.type === 'punct' && /^[;:.]$/.test(t.text)) return false;
    if (/^(toll|tolls)$/.test(t.lower)) return true;
  }
  return false;
}

// A toll counts people ("the death toll rose to 60").
const TOLL = /\b(toll|casualties|fatalities|death|deaths|dead)\b/i;
// Participles after a count that say what happened to people ("12 killed", "60 wounded").
const PEOPLE_PARTICIPLES =
  /^(killed|dead|died|injured|wounded|hurt|missing|arrested|detained|evacuated|displaced|rescued|hospitalised|hospitalized|infected|drowned|executed|kidnapped|abducted|stranded|trapped)$/;

/** What the figure at core tokens [first, last] counts, and whether that is people. */
export function countsOf(
  tokens: readonly Token[],
  first: number,
  last: number,
  kind: QuantityKind,
  source: string,
  context: ConceptContext,
): { counts: string | null; people: boolean; concept: Concept | null } {
  if (kind === 'count') {
    const concept = countedConcept(tokens, first, last, source, context);
    const participle = tokens[last + 1]?.lower ?? '';
    // The counted noun may be followed by its verb ("people came"): any word of the phrase that names people.
    const named = [...concept.modifiers, concept.head].some((w) => w !== null && PEOPLE.has(w));
    const people =
      named ||
      PEOPLE_PARTICIPLES.test(participle) ||
      TOLL.test(concept.text) ||
      (concept.source !== 'after' && (peopleVerb(tokens, last) || tollBefore(tokens, first)));
    const counts = concept.text || (PEOPLE_PARTICIPLES.test(participle) ? `people ${tokens[last + 1]!.text}` : null);
    return { counts, people, concept };
  }
  if (kind === 'date' || kind === 'score')
    return { counts: before(tokens, first, source), people: false, concept: null };
  return { counts: amountOf(tokens, first, last, source), people: false, concept: null };
}

// A share, money or a measure: what it is a share or an amount of.
function amountOf(tokens: readonly Token[], first: number, last: number, source: string): string | null {
  const next = tokens[last + 1];
  // "60% of them children", "$350 million of aid".
  if (next?.lower === 'of') {
    const after = phraseAfter(tokens, last + 1, source);
    if (after) return after.text;
  }
  // "$350 million in aid", "$5 million for the school".
  if (next && /^(in|for|on)$/.test(next.lower)) {
    const after = phraseAfter(tokens, last + 2, source);
    if (after && !/^\d/.test(after.text)) return after.text;
  }
  // "a $4.2M contract", "a 3% increase in sales".
  const own =
    next && next.type === 'word' && next.start === tokens[last]!.end + 1 ? phraseAfter(tokens, last + 1, source) : null;
  if (own?.head && CHANGE_NOUNS.test(own.head) && /^(in|of)$/.test(tokens[own.last + 1]?.lower ?? '')) {
    const of = phraseAfter(tokens, own.last + 2, source);
    if (of) return of.text;
  }
  if (own?.head && !/^(a|an|the|and|or|to|from|in)$/.test(own.head)) return own.text;
  // "would cost it $350 million": the verb names it.
  for (let j = first - 1, skipped = 0; j >= 0 && skipped <= 3; j--, skipped++) {
    const t = tokens[j]!;
    if (t.type !== 'word') break;
    if (MONEY_VERBS.test(t.lower)) return t.text;
    if (!OBJECT_PRONOUNS.test(t.lower)) break;
  }
  // "the unemployment rate rose to 5%": the noun phrase before it.
  return phraseBefore(tokens, first - 1, source)?.text ?? subject(tokens, first);
}

// The sentence's opening noun phrase when the figure's verb follows it ("Shares fell 1.2%").
function subject(tokens: readonly Token[], first: number): string | null {
  const words: Token[] = [];
  for (let j = 0; j < first && words.length < 3; j++) {
    const t = tokens[j]!;
    if (t.type !== 'word' || t.stop || /^\d/.test(t.text)) break;
    if (/(ed|es)$/.test(t.lower) && words.length > 0) break;
    words.push(t);
  }
  return words.length > 0 && words.length < first ? words.map((t) => t.text).join(' ') : null;
}

// A date or a score: the nearest content words before it (the event it dates).
function before(tokens: readonly Token[], first: number, source: string): string | null {
  const words: Token[] = [];
  for (let j = first - 1; j >= 0 && words.length < 2; j--) {
    const t = tokens[j]!;
    if (t.type !== 'word') break;
    if (!t.stop && !/^\d/.test(t.text)) words.unshift(t);
  }
  return words.length > 0 ? source.slice(words[0]!.start, words[words.length - 1]!.end) : null;
}
