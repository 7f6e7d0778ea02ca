// The reviewed Mali story, built from data/ as the index build builds it, and small readers for the tests.
import { join } from 'node:path';
import { buildIndex } from '../../../lib/index/build-index';
import { formatError } from '../../../lib/index/validate-stories';
import type { RuntimeStory } from '../../../lib/story/runtime-types';
import { alignClaims } from '../../../lib/claims/align-claims';
import { extractClaims } from '../../../lib/claims/extract-claims';
import type { Alignment, Claim } from '../../../lib/claims/types';

export const REPO = join(import.meta.dirname, '..', '..', '..');

const built = buildIndex(REPO, null);
if (!built.ok) throw new Error(built.errors.map(formatError).join('\n'));
/** The reviewed story. */
export const mali: RuntimeStory = built.index.stories.find((s) => s.id === 'mali-offensive-2013')!;

/** The claim whose figure is exactly `figure` (the nth when it repeats). */
export function claimAt(claims: readonly Claim[], figure: string, nth = 1): Claim {
  const found = claims.filter((c) => c.figure.text === figure);
  const claim = found[nth - 1];
  if (!claim) throw new Error(`no claim "${figure}" (have: ${claims.map((c) => c.figure.text).join(' | ')})`);
  return claim;
}

/** Extracts and aligns a text against a story, dated `published`. */
export function align(text: string, published: string | null, story: RuntimeStory = mali): Alignment[] {
  return alignClaims(extractClaims(text, { published }), story, { published });
}

/** The fact the figure was aligned with (null for none). */
export function factOf(alignments: readonly Alignment[], figure: string, nth = 1): string | null {
  const found = alignments.filter((a) => a.claim.figure.text === figure);
  const a = found[nth - 1];
  if (!a) throw new Error(`no claim "${figure}" (have: ${alignments.map((x) => x.claim.figure.text).join(' | ')})`);
  return a.fact;
}
