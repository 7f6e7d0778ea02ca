// Whether a date phrase speaks of the past or of what is coming, from the verb that governs it: "said Monday it will
// cap" is a past Monday, "were charged on Tuesday and will face court" a past Tuesday, "visit the Leafs on
// Wednesday" and "remains in effect through Wednesday" a coming one, "since October" the past. Read from the words
// nearest the phrase rather than from any word of its clause, so that a later "will" does not move an earlier day.
import type { Token } from './tokens';

/** The time a date phrase is read in, or null when its words do not say. */
export type Tense = 'past' | 'future';

const FUTURE_MARKS = new Set(
  (
    "will 'll shall would could may might should must can going due expect expected expects expecting scheduled " +
    'slated ' +
    'plans plan planning planned intends intend hopes hope aims aim upcoming next coming be tomorrow'
  ).split(' '),
);
// Present-tense verbs of what is scheduled: a day after them is a coming one ("remains in effect through Wednesday").
const PRESENT_MARKS = new Set(
  (
    'is are remains remain stays opens begins starts resumes visits faces plays hosts meets returns heads arrives ' +
    'closes expires runs continues lasts kicks visit face play host meet head arrive resume'
  ).split(' '),
);
// Scheduled-present verbs that are as often nouns.
const NOUN_LIKE = /^(start|starts|visits|faces|plays|hosts|returns|heads|runs|kicks|visit|face|play|host|head)$/;
const DETERMINERS = /^(the|a|an|its|their|his|her|our|your|my|this|that|these|those|two|three|four|five|several|many)$/;
// Past forms that do not end in -ed.
const PAST_MARKS = new Set(
  (
    'was were had did said told went came took made gave found left met began won lost shot hit fell rose struck ' +
    'brought shook held ran saw sent spent sold paid became broke caught drew drove fled fought got grew knew led ' +
    'stood stole swept threw wrote beat sank sought thought bought built felt kept laid meant ago since tore woke ' +
    'spoke chose froze rode flew heard hid blew dug hung lit rang slept sped stuck swam taught wore wept withdrew ' +
    'arose forgot overtook underwent sat sang'
  ).split(' '),
);
const MOTION = /^(from|out|back|off|in|into|through|down|up|across|over|under|home)$/;
const NOT_PAST_ED = /^(need|feed|seed|speed|bleed|breed|proceed|succeed|exceed|indeed|embed|shed|bed|red|wed)$/;
// Words passed over on the way to the governing verb: places in time, articles, hedges, numbers.
const PASS =
  /^(on|at|in|by|until|till|through|from|since|before|after|early|late|the|a|an|this|that|no|later|earlier|than|least|most|around|about|of|for|to|and|or|night|morning|afternoon|evening|noon|midnight|a\.m|p\.m|am|pm|gmt|utc|edt|est|bst|local|time|not|also|then|again|just|only|as|its|their|his|her|it|they|he|she|we)$/;
const LEADS_UNTIL = /^(until|till|through|by|before)$/;
const CONTENT_LIMIT = 3;

/** The tense of the clause around the date phrase at tokens [first, last], or null when its words do not say. */
export function tenseAround(tokens: readonly Token[], first: number, last: number): Tense | null {
  const lead = leadOf(tokens, first);
  if (lead === 'since') return 'past';
  const until = LEADS_UNTIL.test(lead);
  let content = 0;
  let j = first - 1;
  for (; j >= 0; j--) {
    const t = tokens[j]!;
    if (t.type === 'punct') {
      // "7 p.m. Tuesday": the point of an abbreviation ends no sentence.
      const abbreviation =
        t.text === '.' &&
        /^(a\.m|p\.m|no|st|mr|mrs|ms|dr|ave|gen|lt|col|sgt|jan|feb|aug|sept|oct|nov|dec)$/.test(
          tokens[j - 1]?.lower ?? '',
        );
      // "at 3:37 a.m. Sunday": the colon of a clock time ends no clause either.
      const clock = t.text === ':' && /^\d/.test(tokens[j - 1]?.text ?? '') && /^\d/.test(tokens[j + 1]?.text ?? '');
      if (abbreviation || clock) continue;
      // "drill 23 centimeters (nine inches) into the surface on Friday": a bracket's aside is passed over.
      if (t.text === ')') {
        const open = tokens.slice(0, j).findLastIndex((x) => x.text === '(');
        if (open >= 0 && j - open <= 8) {
          j = open;
          continue;
        }
      }
      if (/^[.;:!?\u2014()"\u201c\u201d]$/.test(t.text) || (t.text === ',' && content > 0)) break;
      continue;
    }
    if (/^\d/.test(t.text) || PASS.test(t.lower)) continue;
    // "markets closed until Friday", "suspended until Monday": a state that lasts, not the verb that dates it.
    if (until && content === 0 && /ed$/.test(t.lower) && tokens[j + 1] && LEADS_UNTIL.test(tokens[j + 1]!.lower)) {
      content++;
      continue;
    }
    const mark = markOf(tokens, j);
    if (mark === 'past' && until && content > 0) return 'future';
    if (mark) return mark;
    if (++content >= CONTENT_LIMIT) break;
  }
  // "On Sunday morning, the family did not show up": the phrase opens its sentence and its verb follows.
  if (content === 0 && (j < 0 || tokens[j]!.type === 'punct')) {
    let seen = 0;
    for (let k = last + 1; k < tokens.length && seen < 5; k++) {
      const t = tokens[k]!;
      if (t.type === 'punct') {
        if (t.text !== ',') break;
        continue;
      }
      if (/^\d/.test(t.text) || PASS.test(t.lower)) continue;
      const mark = markOf(tokens, k);
      if (mark) return mark;
      seen++;
    }
  }
  return until ? 'future' : null;
}

// The word right before a date phrase that places it ("since", "until"), past any hedge ("until at least").
function leadOf(tokens: readonly Token[], first: number): string {
  let j = first - 1;
  while (j >= 0 && /^(at|least|the|no|later|than|earliest|latest)$/.test(tokens[j]!.lower)) {
    if (tokens[j]!.lower === 'later' && tokens[j - 1]?.lower === 'no') return 'by';
    j--;
  }
  return tokens[j]?.lower ?? '';
}

function markOf(tokens: readonly Token[], j: number): Tense | null {
  const w = tokens[j]!.lower;
  const before = tokens[j - 1]?.lower ?? '';
  // "in May from April": the month, not the modal.
  if (tokens[j]!.text === 'May') return null;
  // "gunshots coming from a club": a motion, not what is coming.
  if (w === 'coming' && MOTION.test(tokens[j + 1]?.lower ?? '')) return null;
  if (FUTURE_MARKS.has(w)) return 'future';
  if (PAST_MARKS.has(w) || (/^[a-z]{2,}ed$/.test(w) && !NOT_PAST_ED.test(w))) {
    // "is to be held", "will be closed on Friday", "markets remain closed until": a passive or a state of what is
    // coming; "has been charged" is past.
    if (/^(be|remain|remains|stay|stays|is|are)$/.test(before)) return 'future';
    return 'past';
  }
  if (PRESENT_MARKS.has(w)) {
    // "to arrive", "a bright start", "two visits": an infinitive or a noun, not the verb of the clause.
    if (before === 'to' || DETERMINERS.test(before) || /^\d/.test(before)) return null;
    // "a bright start", "the home visit": a noun after its modifier; but "the Leafs visit": a plural subject's verb.
    const prev = tokens[j - 1];
    const pluralSubject = !w.endsWith('s') && /[a-z]s$/.test(prev?.lower ?? '');
    if (prev?.type === 'word' && !prev.stop && NOUN_LIKE.test(w) && !pluralSubject) return null;
    return 'future';
  }
  return null;
}
