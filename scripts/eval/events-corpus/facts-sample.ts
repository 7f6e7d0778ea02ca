// A seeded random sample of the drafted facts that two or more articles report, printed for a reviewer to judge by
// hand whether each is really one fact (the drafting figure lib/claims/README.md and lib/event/README.md quote);
// with `compared`, only the facts a comparison of reports shows (lib/compare: the figure the README quotes).
import type { EvaluationIndex } from './evaluation-index';
import { random } from './random';

/** `n` of the shared facts (or of those a comparison shows), drawn with the seed, each with its claims' figures
 * and quotes. */
export function formatFactsSample(
  shared: EvaluationIndex['shared'],
  n: number,
  seed: number,
  compared = false,
): string {
  const next = random(seed);
  const from = compared ? shared.filter((f) => f.compared) : shared;
  const pool = [...from];
  const picked: EvaluationIndex['shared'] = [];
  while (picked.length < n && pool.length > 0) picked.push(pool.splice(Math.floor(next() * pool.length), 1)[0]!);
  const lines = [
    `facts sample: ${picked.length} of ${from.length} drafted facts two or more articles report` +
      `${compared ? ', of those a comparison shows' : ''} (seed ${seed})`,
  ];
  picked.forEach((f, i) => {
    const how = `${f.kind}, cohesion ${f.cohesion ?? '–'}${f.compared ? ', compared' : ''}`;
    lines.push(`#${i + 1} [event ${f.event}] ${f.label} (${how})`);
    for (const c of f.claims) lines.push(`   ${c.article.slice(0, 8)}: «${c.figure}» ${c.quote.slice(0, 220)}`);
  });
  return `${lines.join('\n')}\n`;
}
