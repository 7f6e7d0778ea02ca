// The statement a status or attribution claim makes, in the words reviewers used for the fact: the speaker's
// recorded name and office, or the status whose reviewed wordings the claim's words are closest to.
import type { ClaimValue } from '../index/runtime-types';
import { statementValue } from '../quantity/parse-figure';
import type { FactProfile } from './fact-profile';
import { featuresOf } from './features';
import type { Claim } from './types';

// A status wording must be this much closer to one reviewed status than to any other to be read as it.
const STATUS_MARGIN = 0.1;

/** The claim's statement for a status or attribution fact, or null when its words do not settle it. */
export function statementFor(claim: Claim, fact: FactProfile): ClaimValue | null {
  return fact.fact.kind === 'attribution' ? speakerStatement(claim, fact) : statusStatement(claim, fact);
}

// "Le Drian", "he" (resolved) → the statement that names Le Drian; a speaker none of them names is their own statement.
function speakerStatement(claim: Claim, fact: FactProfile): ClaimValue | null {
  if (!claim.speaker) return null;
  const surname = fold(claim.speaker).split(/\s+/).pop() ?? '';
  const statements = [...new Set(fact.fact.claims.flatMap((c) => (c.value.kind === 'statement' ? [c.value.value] : [])))];
  const naming = statements.filter((s) => fold(s).split(/[\s(),-]+/).includes(surname));
  if (naming.length === 1) return statementValue(naming[0]!);
  if (naming.length > 1) return null;
  return statementValue(claim.speaker);
}

// The reviewed status whose wordings share most of the claim's words about the place.
function statusStatement(claim: Claim, fact: FactProfile): ClaimValue | null {
  const words = statusWords(claim);
  const byValue = new Map<string, number>();
  for (const e of fact.exemplars) {
    if (e.value.kind !== 'statement') continue;
    const theirs = new Set([...e.features.figure, ...e.features.local]);
    const shared = [...words].filter((w) => theirs.has(w)).length;
    const score = shared / Math.sqrt(Math.max(1, words.size) * Math.max(1, theirs.size));
    byValue.set(e.value.value, Math.max(byValue.get(e.value.value) ?? 0, score));
  }
  const ranked = [...byValue].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] === 0 || (second && best[1] - second[1] < STATUS_MARGIN)) return null;
  return statementValue(best[0]);
}

function statusWords(claim: Claim): Set<string> {
  const f = featuresOf(claim);
  return new Set([...f.figure, ...f.local]);
}

function fold(s: string): string {
  return s.toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '');
}
