// The change a figure's words say: a hedge ("about" ~, "more than" >, "nearly" <), or the amount of a rise or a fall
// ("rose 3%", "fell by $2", "up 3%", "a 3% increase"). A level reached ("rose to 3%") is as written.
import { leadingHedgeAt } from '../quantity/hedges';
import { type Change, changeOfHedge, type QuantityKind } from '../quantity/quantity';
import type { Token } from './tokens';

const UP =
  /^(rose|rise|rises|rising|risen|increase|increased|increases|increasing|grew|grow|grows|growing|grown|gain|gained|gains|gaining|climb|climbed|climbs|climbing|jump|jumped|jumps|jumping|surge|surged|surges|surging|soar|soared|soars|soaring|advance|advanced|advances|advancing|rallied|rally|rallies|rallying|spiked|swelled|expanded|up|higher|boosted|added|adding|hiked|widened|accelerated|rebounded|raised|raising|raise|raises|lift|lifts|lifted|lifting|upped|extended)$/;
const DOWN =
  /^(fell|fall|falls|falling|fallen|drop|dropped|drops|dropping|decline|declined|declines|declining|decrease|decreased|decreases|decreasing|slid|slide|slides|sliding|slip|slipped|slips|slipping|shed|sheds|shedding|lost|lose|loses|losing|plunge|plunged|plunges|plunging|tumble|tumbled|tumbles|tumbling|sank|sink|sinks|sinking|slump|slumped|slumps|slumping|dip|dipped|dips|dipping|eased|ease|eases|easing|contracted|shrank|shrink|shrinks|shrinking|down|lower|cut|cuts|cutting|slashed|reduced|lowered|lowering|narrowed|retreated|weakened|slowed|sagged|declining|losing)$/;
// Verbs whose object is often a count of things rather than a change ("cut 200 jobs", "added 3 stores"): a change
// only with "by" or a share ("cut by 5%", "shed 3%").
const OBJECT_VERBS =
  /^(cut|cuts|cutting|slashed|reduced|lowered|added|adding|lost|lose|loses|losing|shed|sheds|shedding|raised|raising|raise|raises|boosted|gained|gains|gain|gaining)$/;
const UP_NOUNS =
  /^(increase|increases|rise|rises|gain|gains|jump|jumps|hike|hikes|growth|surge|surges|climb|boost|uptick|rebound|advance|raise|spike|markup)$/;
const DOWN_NOUNS =
  /^(drop|drops|fall|falls|decline|declines|decrease|decreases|cut|cuts|reduction|reductions|slump|dip|plunge|slide|contraction|downturn|markdown|discount|sell-off|selloff|loss|losses|saving|savings)$/;
const STOPS = /^(of|the|a|an|and|or|to|in|on|at|for|by|with|from|is|was|were|are|be)$/;
const RELATIVE = new Set<QuantityKind>(['percent', 'money', 'measure', 'count', 'fraction', 'duration']);
// Words of a bound a change verb can cross: "dipped below nine million" is under that level, not a fall of it.
const CROSSED = /^(below|under|above|over)$/;
// What a figure above or below is measured against: "9 degrees above normal", "£1bn over budget".
const NORMS = /^(normal|average|budget|target|forecast|forecasts|expectations|estimates|expected)$/;
const normAt = (words: readonly string[], k: number) =>
  NORMS.test(words[k] ?? '') ||
  (/^(the|its|their)$/.test(words[k] ?? '') && (NORMS.test(words[k + 1] ?? '') || NORMS.test(words[k + 2] ?? '')));
// Loss and saving nouns name an amount lost or saved ("a loss of $381 million"); of a percentage, a fall.
const SHARE_ONLY = /^(loss|losses|saving|savings)$/;

// Words before a figure that bound it, beyond the hedges the reviewed data uses ("passing 80,000", "within 48 hours").
const LOWER_BOUNDS =
  /^(passing|passed|passes|pass|exceeding|exceeded|exceeds|exceed|surpassing|surpassed|surpasses|surpass|topping|topped|tops|breached|breaching|above)$/;
const UPPER_BOUNDS = /^(within|approaching|approach|approaches|nears|nearing)$/;

/**
 * The change of the figure whose core is tokens [first, last]: the direction of the change it is the amount of
 * ("fell almost 15%" keeps its direction), else its leading hedge, its trailing hedge, or a bounding word.
 */
export function changeOf(
  tokens: readonly Token[],
  first: number,
  last: number,
  kind: QuantityKind,
  trailing: Change | null,
  words: readonly string[] = tokens.map((t) => (t.type === 'word' ? t.lower : t.text)),
): Change {
  let hedge: Change | null = null;
  let hedgeStart = first;
  for (let j = Math.max(0, first - 4); j < first; j++) {
    const h = leadingHedgeAt(words, j);
    if (h && h.end === first) {
      hedge = changeOfHedge(h.effect);
      hedgeStart = j;
      break;
    }
  }
  const phrase = words.slice(Math.max(0, hedgeStart - 3), hedgeStart).join(' ');
  if (!hedge && /\bas (much|high|many|large) as$/.test(phrase)) hedge = '<';
  if (!hedge && /\bas (little|low|few) as$/.test(phrase)) hedge = '>';
  if (!hedge && /\bcloser to$/.test(phrase)) hedge = '~';
  // "carried out over five years", "$1.6 billion over three years": over as during; "for over four years" is more.
  if (
    hedge === '>' &&
    kind === 'duration' &&
    words[hedgeStart] === 'over' &&
    /(\d|\d(m|bn|k)|^(million|billion|trillion|bn|m|crore|lakh|out|spread|paid|phased|government))$/.test(
      words[hedgeStart - 1] ?? '',
    )
  )
    hedge = null;
  const crossed =
    hedge &&
    hedgeStart === first - 1 &&
    CROSSED.test(words[hedgeStart] ?? '') &&
    !/^(up|down|by)$/.test(words[hedgeStart - 1] ?? '');
  const direction = RELATIVE.has(kind) && !crossed ? directionOf(words, hedgeStart, last, kind) : null;
  if (direction) return direction;
  if (hedge) return hedge;
  // "will cap out-of-pocket costs at $35": an upper bound.
  if (
    words[first - 1] === 'at' &&
    words
      .slice(Math.max(0, first - 7), first - 1)
      .some((w) => /^(caps?|capped|capping|limit|limits|limited|limiting)$/.test(w))
  )
    return '<';
  if (trailing) return trailing;
  // "breached the 2,100-mark": the bounding word before an article.
  const before = (words[first - 1] === 'the' ? words[first - 2] : words[first - 1]) ?? '';
  if (LOWER_BOUNDS.test(before)) return '>';
  if (UPPER_BOUNDS.test(before)) return '<';
  return '=';
}

// "rose 3%", "fell by $2", "up 3%", "an increase of 3%", "a 3% increase", "3% higher": up or down; null when none.
function directionOf(words: readonly string[], first: number, last: number, kind: QuantityKind): Change | null {
  // "309.80 points lower", "3 percent higher": the unit's word, then the direction.
  const next = /^(points?|percent|pc)$/.test(words[last + 1] ?? '') ? (words[last + 2] ?? '') : (words[last + 1] ?? '');
  if (next !== words[last + 1] && /^(higher|up)$/.test(next)) return 'up';
  if (next !== words[last + 1] && /^(lower|down)$/.test(next)) return 'down';
  // "the Dow's 344.65-point fall", "a 6 point gain": index points and the change they measure.
  const pointed = /-points?$/.test(words[last] ?? '')
    ? last + 1
    : /^points?$/.test(words[last + 1] ?? '')
      ? last + 2
      : -1;
  if (pointed > 0 && UP_NOUNS.test(words[pointed] ?? '')) return 'up';
  if (pointed > 0 && DOWN_NOUNS.test(words[pointed] ?? '') && !SHARE_ONLY.test(words[pointed]!)) return 'down';
  const measured = kind !== 'count';
  // "9 degrees above normal", "20 to 40 per cent above average", "about 30% below the average", "£1bn over budget".
  const against = /^(points?|percent|pc|per|cent|degrees?)$/.test(words[last + 1] ?? '') ? last + 2 : last + 1;
  if (/^(above|over)$/.test(words[against] ?? '') && normAt(words, against + 1) && measured) return 'up';
  if (/^(below|under)$/.test(words[against] ?? '') && normAt(words, against + 1) && measured) return 'down';
  // "six more than last week", "about 1,000 more theatres than": a difference.
  if (next === 'more' && words.slice(last + 2, last + 5).includes('than')) return 'up';
  if (measured && (UP_NOUNS.test(next) || next === 'higher' || next === 'more')) return 'up';
  const down = (w: string) => DOWN_NOUNS.test(w) && (kind === 'percent' || !SHARE_ONLY.test(w));
  if (measured && (down(next) || next === 'lower' || next === 'less' || next === 'fewer')) return 'down';
  // "a 13.9% average rates rise": the change noun a few words on, before any function word.
  for (
    let k = last + 2;
    measured && k <= last + 4 && /^[a-z]+$/.test(words[k - 1] ?? '') && !STOPS.test(words[k - 1]!);
    k++
  ) {
    if (UP_NOUNS.test(words[k] ?? '')) return 'up';
    if (down(words[k] ?? '')) return 'down';
  }
  let j = first - 1;
  let by = false;
  // "increase by either 49 percent or by 27 percent".
  if (words[j] === 'either' && words[j - 1] === 'by') j--;
  if (words[j] === 'by') {
    by = true;
    j--;
    // "would increase world food needs by 50 percent": the verb a few words back, within the clause.
    for (let k = j; k >= Math.max(0, j - 5) && /^[\p{L}'-]+$/u.test(words[k] ?? ''); k--)
      if (UP.test(words[k]!) || DOWN.test(words[k]!)) {
        j = k;
        break;
      }
  } else if (
    words[j] === 'of' &&
    (measured || /^points?$/.test(words[last + 1] ?? '')) &&
    (UP_NOUNS.test(words[j - 1] ?? '') || down(words[j - 1] ?? ''))
  )
    return UP_NOUNS.test(words[j - 1]!) ? 'up' : 'down';
  // "closed down 53.5 points", "rose a further 3%".
  if (/^(further|additional|another|a)$/.test(words[j] ?? '')) j--;
  const verb = words[j] ?? '';
  // "make up 20 to 25 percent": a share, no change.
  if (
    verb === 'up' &&
    /^(make|makes|made|making|take|takes|took|taking|sum|sums|summed|end|ended|ends)$/.test(words[j - 1] ?? '')
  )
    return null;
  // "the FTSE 250 gave up 1.3%": a fall.
  if (verb === 'up' && /^(give|gives|gave|given|giving)$/.test(words[j - 1] ?? '')) return 'down';
  const direction = UP.test(verb) ? 'up' : DOWN.test(verb) ? 'down' : null;
  if (!direction) return null;
  if (by || kind === 'percent' || verb === 'up' || verb === 'down') return direction;
  // "cut 200 jobs", "lost $6 billion": what was cut or lost, not a change; "lost 53.5 points" is a change.
  if (OBJECT_VERBS.test(verb) && kind !== 'fraction')
    return /^(points?|percent|percentage|per)$/.test(words[last + 1] ?? '') ? direction : null;
  return direction;
}
