// Numbers that are no amount a reader could compare: a time of day ("10:15 p.m."), a name or model ("FTSE 100",
// "Boeing 737", "Route 66"), a reference ("Section 8", "page 5", "No. 2"), a telephone number, "one" as a pronoun
// ("one of the", "no one"), a year used as a name ("the 2012 Olympics", "Class of 2010").
import { leadingHedgeAt } from '../quantity/hedges';
import type { AmountRead } from './amounts';
import { notAnAmountInContext } from './not-amount-context';
import type { Piece } from './pieces';
import type { Token } from './tokens';

// Words after which a number names or numbers a thing rather than counting it.
const REFERENCES = new Set(
  (
    'page pages p pp section sections article articles chapter chapters clause clauses paragraph para rule rules ' +
    'resolution amendment flight route highway interstate gate platform room suite apartment proposition prop ' +
    'item items episode volume vol issue part version season round heat lane seat row exit bay ward precinct pier ' +
    'terminal track channel pick jersey shirt phase stage tier class division district junction junctions posts ' +
    'post block unit lot log ' +
    'line bus model type mark series region zone act bill code form tab figure table appendix annex'
  ).split(' '),
);
// Words after a calibre in millimetres.
const GUN_WORDS =
  /^(handgun|handguns|pistol|pistols|gun|guns|rifle|rifles|semi-automatic|semiautomatic|automatic|round|rounds|ammunition|bullet|bullets|shell|shells|casing|casings|luger|glock|caliber|calibre)$/;
// Capitalised words before a number that still count it ("In 2012", "About 300", "Some 40", "Only 3").
const LEADS = new Set(
  (
    'in on at by since from until till about around nearly almost some over under only just roughly approximately ' +
    'another all of and but or as to for with more than less fewer at least up down another estimated an a the ' +
    'some total while when after before between among including killing killed leaving injuring wounding'
  ).split(' '),
);
const CLOCK_WORDS = /^(am|pm|a\.m|p\.m|gmt|est|edt|bst|utc|cet|cest|pst|pdt|ist|aest|aedt|hrs|h|o'clock|oclock)$/;

/** Why the amount starting at piece `k` is no amount ("a time of day", …), or null when it is one. */
export function notAnAmount(
  tokens: readonly Token[],
  P: readonly Piece[],
  k: number,
  read: AmountRead,
  titleCase: boolean,
): string | null {
  const t = P[k]!.t;
  const token = tokens[t]!;
  const prev = tokens[t - 1];
  const prev2 = tokens[t - 2];
  const context = notAnAmountInContext(tokens, P, k, read, titleCase);
  if (context) return context;
  const lastPiece = P[read.last]!;
  const after = P[read.last + 1];
  // "10:15", "18.40 GMT", "4pm", "10 a.m.": a time of day.
  if (after?.w === ':' && after.joined && /^\d\d$/.test(P[read.last + 2]?.w ?? '') && P[read.last + 2]!.joined)
    return 'a time of day';
  if (
    prev?.text === ':' &&
    prev.start === tokens[t - 2]?.end &&
    /^\d/.test(tokens[t - 2]?.text ?? '') &&
    prev.end === token.start
  )
    return 'a time of day';
  if (!read.unit && after && CLOCK_WORDS.test(after.w) && /^\d/.test(P[k]!.w)) return 'a time of day';
  if (!read.unit && /^\d+(am|pm)$/.test(token.lower)) return 'a time of day';
  // "+44 20 7946 0000", "555-1234": a telephone number; digits right after digits are a code, not an amount.
  if (prev && /^\d+$/.test(prev.text) && /^\d+$/.test(token.text) && !read.unit && token.start - prev.end === 1)
    return 'a telephone number';
  if (P[k - 1]?.w === '+' && P[k]!.joined && /^\d/.test(P[k]!.w)) return 'a telephone number';
  if (read.span && /^\d{3}$/.test(P[k]!.w) && /^\d{4}$/.test(lastPiece.w) && !read.unit) return 'a telephone number';
  // "one of the", "no one", "one another", "another one", ", one of the most popular".
  if (P[k]!.w === 'one' && read.last === k) {
    const next = tokens[t + 1]?.lower;
    if (
      next === 'of' ||
      next === 'another' ||
      /^(no|any|every|each|the|that|this|which|anyone|someone|another|either|neither)$/.test(prev?.lower ?? '')
    )
      return '"one" as a pronoun';
  }
  const nextWord = tokens[P[read.last]!.t + 1];
  // "the 6200 block", "a .45", "a 38-caliber gun", "150px", "triple zero", "911".
  // ("a 20-gauge shotgun": a gun's bore.)
  // ("the 600 and 700 blocks": hundreds of street numbers, not "about three blocks" away.)
  const hundredsBlocks = nextWord?.lower === 'blocks' && /^[1-9]\d*00$/.test(P[k]!.w);
  if (!read.unit && nextWord && (/^(block|caliber|calibre|gauge|px|pixels?)$/.test(nextWord.lower) || hundredsBlocks))
    return 'an address or a size';
  if (/-(block|caliber|calibre|gauge|px)$/.test(tokens[P[read.last]!.t]?.lower ?? '')) return 'an address or a size';
  // "13 WTHR", "KSLA 12": a broadcaster's channel beside its call letters.
  if (!read.unit && nextWord?.type === 'word' && /^[KW][A-Z]{2,3}$/.test(nextWord.text) && read.last === k)
    return 'a name';
  // "Image 1 of 3", "Photo 2 of 12": a gallery's counter.
  const gallery = (j: number) => /^(image|photo|picture|slide)$/i.test(tokens[j]?.text ?? '');
  if (
    /^\d+$/.test(token.text) &&
    (gallery(t - 1) ||
      (prev?.lower === 'of' && /^\d+$/.test(prev2?.text ?? '') && gallery(t - 3)) ||
      (prev?.text === '/' && prev2?.lower === 'of' && gallery(t - 4)))
  )
    return 'a gallery counter';
  // "a 9mm semi-automatic handgun", "9mm rounds": a gun's calibre.
  // ("a 9 mm, semi-automatic handgun": a comma and a word between.)
  const gunAfter = tokens.slice(P[read.last]!.t + 1, P[read.last]!.t + 4).some((x) => GUN_WORDS.test(x.lower));
  if (read.unit?.name === 'millimetre' && gunAfter) return 'a calibre';
  if (/^(triple|double)$/.test(prev?.lower ?? '') && /^(zero|nine|0|9)$/.test(P[k]!.w)) return 'a telephone number';
  if (!read.unit && /^(911|999|000|111|112|1799)$/.test(P[k]!.w) && read.last === k) return 'a telephone number';
  if (prev?.text === '.' && prev.end === token.start && /^\d{2,3}$/.test(P[k]!.w)) return 'a calibre';
  // "(1)", "(305) 471-TIPS": a list label or an area code, alone in brackets.
  if (prev?.text === '(' && nextWord?.text === ')' && !read.unit && read.last === k && /^\d+$/.test(P[k]!.w))
    return 'a label in brackets';
  if (namedTerm(tokens, t)) return 'a name';
  // "24-Hour News 8": a name in capitals.
  if (/^\d+-[A-Z][a-z]+$/.test(token.text) && nextWord?.type === 'word' && nextWord.cap && t > 0) return 'a name';
  // "7News", "1News-Verian": a broadcaster's name; "2cwCJjj": a link's code.
  if (/^\d+(?:news|tv)\b/i.test(token.text) && /[A-Z]/.test(token.text)) return 'a name';
  if (/^\d+[a-z]+[A-Z]/.test(token.text)) return 'a code';
  // "777-200LR", "471-TIPS", "30-Stock": a number joined to a name.
  const own = P[read.last]!;
  if (P[read.last + 1]?.w === '-' && P[read.last + 1]!.t === own.t && /\d-\w*[A-Z]/.test(tokens[own.t]!.text))
    return 'a name';
  // "posts 542 and 543": the second of two references.
  if (/^(and|or|to)$/.test(prev?.lower ?? '') || prev?.text === ',') {
    const before = tokens[t - 3];
    if (/^\d/.test(prev2?.text ?? '') && before && REFERENCES.has(before.lower)) return 'a reference number';
  }
  // "one on the front …, and one on the back", "the current one.": "one" as a pronoun.
  if (
    prev?.type === 'word' &&
    P[k]!.w === 'one' &&
    read.last === k &&
    !/^(only|just|least|than|nearly|almost|about|over|another)$/.test(prev?.lower ?? '')
  ) {
    if (
      !nextWord ||
      nextWord.type === 'punct' ||
      /^(on|in|at|for|from|with|who|that|which|would|will|is|was)$/.test(nextWord.lower)
    )
      return '"one" as a pronoun';
  }
  // "50,000th", "the 1,000th": an ordinal written after a grouped number.
  if (nextWord && nextWord.start === tokens[P[read.last]!.t]!.end && /^(st|nd|rd|th)$/.test(nextWord.lower))
    return 'an ordinal';
  // "day two" of a match, "at number three": a position, not a count.
  if (
    /^(day|game|round|week|stage|match|race|leg|heat)$/.test(prev?.lower ?? '') &&
    !read.unit &&
    read.last === k &&
    !prev?.cap
  )
    return 'a position';
  // ("is supposed to number 8 000 men": "number" is the verb, and a noun follows.)
  if (
    prev?.lower === 'number' &&
    /^(at|to|from|in|as)$/.test(prev2?.lower ?? '') &&
    read.lo <= 20 &&
    nextWord?.type !== 'word'
  )
    return 'a rank';
  if (read.score) return null;
  // "the 787-8", "the A330-200": a model and its variant, not a range (a range never runs downwards).
  const variant = /^(\d{3,})-(\d{1,3})[A-Z]*$/.exec(token.text);
  // "the 737-800", "a 777-300ER": a model's number, then its variant in hundreds.
  if (variant && Number(variant[1]) % 10 !== 0 && /^[1-9]00$/.test(variant[2]!) && !read.unit)
    return 'a name or model number';
  const financialYear = /^(1[89]|20)\d\d$/.test(variant?.[1] ?? '') && variant?.[2]?.length === 2;
  if (variant && Number(variant[2]) < Number(variant[1]) && !financialYear && !read.unit)
    return 'a name or model number';
  if (prev?.type !== 'word') {
    // "No. 2": a rank.
    if (prev?.text === '.' && prev2?.lower === 'no' && prev2.cap) return 'a reference number';
    return null;
  }
  // "France's 4,000 troops" counts; "Standard & Poor's 500 (S&P)" is a name.
  if (prev.text.endsWith("'s") || prev.text.endsWith('\u2019s'))
    return prev.cap &&
      (!nextWord ||
        (nextWord.type === 'punct' && nextWord.text !== '-') ||
        /^(index|indices|indexes|stock|futures)$/.test(nextWord.lower) ||
        // "the Standard & Poor's 500 plunged": a name of two joined by "&".
        prev2?.text === '&') &&
      !read.unit
      ? 'a name'
      : null;
  // "the 787", "a 777-200LR", "the final 717 jet", "the 717 program": a model named by its number (a count comes
  // before its noun: "the 500 workers").
  if (
    /^(the|a|an|its|their|his|her|our|first|final|latest|original|long-range|back)$/.test(prev.lower) &&
    !read.unit &&
    !read.span &&
    /^\d{3,}$/.test(P[k]!.w)
  ) {
    const model =
      !nextWord ||
      (nextWord.type === 'punct' && nextWord.text !== '-') ||
      /^(is|was|will|has|had|and|or|jet|jets|aircraft|plane|planes|airliner|airliners|jetliner|narrowbody|widebody|engine|model|series|family|program|programme|project|production|replacement|fleet|variant|version)$/.test(
        nextWord.lower,
      );
    if (model && !/^(1[89]|20)\d\d$/.test(P[k]!.w)) return 'a name or model number';
  }
  // "their new 787 Dreamliner at …": a bare number before a capitalised name, not a plural ("4,000 French troops",
  // "500 Americans were").
  const name = tokens[P[read.last]!.t + 1];
  const afterAfter = tokens[P[read.last]!.t + 2];
  if (
    !read.unit &&
    !read.span &&
    /^\d{3,}$/.test(token.text) &&
    name?.type === 'word' &&
    name.cap &&
    !/s$/.test(name.text) &&
    !isMonthOrDay(name.text) &&
    (!afterAfter || afterAfter.type === 'punct' || afterAfter.stop)
  )
    return 'a name or model number';
  // "a Category 4 storm", "upgraded to Level 4": a rating on a scale, a count (but "a lounge on Level 2" is a floor).
  const rating = /^(category|level|grade)$/.test(prev.lower) && prev2?.lower !== 'on';
  if (rating && !read.unit && /^\d{1,2}$/.test(P[k]!.w) && read.last === k) return null;
  // "777-200LR", "30-Stock": a number joined to a name.
  // "the number three in Ansar Dine", "No 2".
  if (/^(number|no|nos)$/.test(prev.lower) && (/^(the|a|its|his|her|their)$/.test(prev2?.lower ?? '') || prev.cap))
    return 'a reference number';
  if (
    REFERENCES.has(prev.lower) &&
    // "it will seat 200": the word is a verb there.
    !/^(will|would|can|could|may|might|should|must)$/.test(prev2?.lower ?? '') &&
    !read.unit &&
    /^\d/.test(P[k]!.w) &&
    (prev.cap || !/^(line|class|level|round|stage|phase|series|code|form|type|track|part|issue|act)$/.test(prev.lower))
  )
    return 'a reference number';
  // "Class of 2010".
  if (prev.lower === 'of' && prev2?.lower === 'class') return 'a year as a name';
  // "FTSE 100", "Boeing 737", "S&P 500", "Windows 11": a capitalised name right before the number. In a headline
  // in title case every word is capitalised, so only a name in capitals or mixed case counts there.
  if (
    (prev.cap || /[a-z][A-Z]/.test(prev.text)) &&
    !prev.stop &&
    !LEADS.has(prev.lower) &&
    /^\d/.test(P[k]!.w) &&
    !read.unit
  ) {
    // "KSLA News 12", "Channel 4": a broadcaster, in any case of headline.
    if (/^(news|channel|tv)$/.test(prev.lower)) return 'a name';
    const caps = /^[A-Z&]{2,}$/.test(prev.text) || /[a-z][A-Z]/.test(prev.text) || prev.text.length === 1;
    // "leave Labour 38 seats short": a count after a name, of what it counts.
    if (!caps && nextWord && /^(seats|votes|points|goals|runs|wickets|tries|people|members|mps)$/.test(nextWord.lower))
      return null;
    const hedge = leadingHedgeAt([prev.lower], 0);
    if (!hedge && (caps || (!titleCase && t - 1 > 0))) return 'a name or model number';
  }
  return null;
}

// Months and weekdays after a number are dates ("4 March"), not names.
function isMonthOrDay(text: string): boolean {
  return /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)/i.test(text);
}

/** Whether a sentence is set in title case (a headline): most of its longer words capitalised. */
export function isTitleCase(tokens: readonly Token[]): boolean {
  const words = tokens.filter((x) => x.type === 'word' && /^\p{L}{4,}/u.test(x.text));
  if (words.length < 3) return false;
  return words.filter((x) => x.cap).length / words.length >= 0.6;
}

/**
 * Whether the term at token t names a thing rather than measures one: a debt by its term ("the 10-year Treasury",
 * "10-year gilts", "two-year swap rates"), a period of reporting ("its half-year result").
 */
export function namedTerm(tokens: readonly Token[], t: number): boolean {
  const token = tokens[t]!;
  const next = tokens[t + 1];
  if (next?.type !== 'word') return false;
  // ("a one-day international", "one-day cricket": a format of the game.)
  if (
    /^one-day$/i.test(token.text) &&
    /^(internationals?|cricket|matche?s?|series|games?|format|side|squad)$/i.test(next.text)
  )
    return true;
  const term = /^(?:\d+|one|two|three|five|seven|ten|thirty|half)-(?:year|month|week)$/i.test(token.text);
  if (term && /^(treasury|treasuries|gilts?|bonds?|notes?|swaps?|bunds?|yields?)$/i.test(next.text)) return true;
  return /^half-year$/i.test(token.text) && /^(results?|report|profits?|loss|earnings)$/i.test(next.text);
}

/**
 * The model numbers a sentence writes after a maker's name inside it ("a Boeing 787", "the Airbus 320 family"): three
 * digits after a capitalised word that is no lead-in ("About 300"), never a year.
 */
export function modelNumbersOf(tokens: readonly Token[]): string[] {
  const out: string[] = [];
  for (let i = 2; i < tokens.length; i++) {
    const prev = tokens[i - 1]!;
    if (!/^\d{3}$/.test(tokens[i]!.text) || prev.type !== 'word' || !prev.cap || prev.stop) continue;
    // ("Whitford's 137 off 124 balls": a possession, not a maker.)
    if (LEADS.has(prev.lower) || /['\u2019]s$/.test(prev.text) || tokens[i - 2]!.type !== 'word') continue;
    if (prev.end + 1 !== tokens[i]!.start) continue;
    out.push(tokens[i]!.text);
  }
  return out;
}
