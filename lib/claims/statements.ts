// The statement a status or attribution claim makes, in the words reviewers used for the fact: the speaker's
// recorded name and office, or the status whose reviewed wordings the claim's words are closest to.
import type { ClaimValue } from '../story/runtime-types';
import { statementValue } from '../quantity/parse-figure';
import type { FactProfile } from './fact-profile';
import { featuresOf } from './features';
import { ROLE_WORDS } from './lexicon';
import type { Claim } from './types';

// A status wording must be this much closer to one reviewed status than to any other to be read as it.
export const STATUS_MARGIN = 0.1;

/** The claim's statement for a status or attribution fact, or null when its words do not settle it. */
export function statementFor(claim: Claim, fact: FactProfile): ClaimValue | null {
  return fact.fact.kind === 'attribution' ? speakerStatement(claim, fact) : statusStatement(claim, fact);
}

// "Le Drian", "he" (resolved) → the statement that names Le Drian; a speaker none of them names is their own statement.
function speakerStatement(claim: Claim, fact: FactProfile): ClaimValue | null {
  if (!claim.speaker) return null;
  const surname = fold(claim.speaker).split(/\s+/).pop() ?? '';
  const statements = [
    ...new Set(fact.fact.claims.flatMap((c) => (c.value.kind === 'statement' ? [c.value.value] : []))),
  ];
  const naming = statements.filter((s) =>
    fold(s)
      .split(/[\s(),-]+/)
      .includes(surname),
  );
  if (naming.length === 1) return statementValue(naming[0]!);
  if (naming.length > 1) return null;
  // A speaker named by title only ("France's defence minister"): the statement whose office it repeats.
  const words = fold(claim.speaker)
    .replace(/['\u2019]s\b/g, '')
    .split(/\s+/);
  const byRole = statements.filter((s) => {
    const role = /\(([^)]*)\)/.exec(s)?.[1];
    return (
      role !== undefined &&
      fold(role)
        .split(/\s+/)
        .every((w) => words.includes(w) || (w === 'defence' && words.includes('defense')))
    );
  });
  if (byRole.length === 1) return statementValue(byRole[0]!);
  // Someone else by name (named here, or resolved from "he") is a statement of its own (it differs); a title that
  // fits no statement says nothing.
  const titled = words.some((w) => ROLE_WORDS.has(w));
  return byRole.length === 0 && !titled && /^\p{Lu}/u.test(claim.speaker) ? statementValue(claim.speaker) : null;
}

/**
 * How clearly a status claim's words pick one reviewed status: the words that say who holds the place
 * ("of French forces", "of militants"), without the words of holding themselves, which every status shares.
 */
export function statusFit(
  claim: Claim,
  fact: FactProfile,
): { statement: string; score: number; margin: number } | null {
  const words = statusWords(claim);
  if (words.size === 0) return null;
  const byValue = new Map<string, number>();
  for (const e of fact.exemplars) {
    if (e.value.kind !== 'statement') continue;
    const theirs = e.features.statusWords;
    const shared = [...words].filter((w) => theirs.has(w)).length;
    const score = shared / Math.sqrt(words.size * Math.max(1, theirs.size));
    byValue.set(e.value.value, Math.max(byValue.get(e.value.value) ?? 0, score));
  }
  const ranked = [...byValue].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] === 0) return null;
  return { statement: best[0], score: best[1], margin: best[1] - (second?.[1] ?? 0) };
}

// The reviewed status whose wordings share most of the claim's words about the place, when it clearly does.
function statusStatement(claim: Claim, fact: FactProfile): ClaimValue | null {
  const fit = statusFit(claim, fact);
  return fit && fit.margin >= STATUS_MARGIN ? statementValue(fit.statement) : null;
}

function statusWords(claim: Claim): Set<string> {
  return featuresOf(claim).statusWords;
}

function fold(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '');
}
