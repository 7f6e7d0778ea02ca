// The reviewed index as the evaluation needs it: runtime stories, and each article's reference day (its
// publication day, or the reviewer's `datedBy` day when the publication day is unknown).
import { loadStorySources } from '../../lib/index/build-index';
import { compileStories } from '../../lib/index/compile-index';
import type { RuntimeStory } from '../../lib/story/runtime-types';
import { formatError, validateStories } from '../../lib/index/validate-stories';

/** Stories and reference days. */
export interface Reviewed {
  stories: RuntimeStory[];
  /** Article id → the day its relative dates are read from, or null. */
  referenceDay: Map<string, string | null>;
}

/** Reads and validates data/ under `root`; exits with the build's errors when the data is broken. */
export function loadReviewed(root: string): Reviewed {
  const errors: Parameters<typeof loadStorySources>[1] = [];
  const validation = validateStories(loadStorySources(root, errors));
  const compiled = compileStories(validation.stories);
  const all = [...errors, ...validation.errors, ...compiled.errors];
  if (all.length > 0) {
    for (const e of all) process.stderr.write(`${formatError(e)}\n`);
    process.stderr.write('eval: data/ has problems; run `npm run index` for the same list\n');
    process.exit(1);
  }
  const referenceDay = new Map<string, string | null>();
  for (const s of validation.stories)
    for (const a of s.articles) referenceDay.set(a.id, a.referenceDate?.slice(0, 10) ?? null);
  return { stories: compiled.stories, referenceDay };
}
