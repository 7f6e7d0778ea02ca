// Grouping drafted claims: average linkage over a matrix of pair similarities, and how alike a group's claims from
// different texts are. Knows nothing of what a claim is beyond the text it comes from.

/** What grouping needs of a claim: the text it comes from. */
export interface Grouped {
  article: string;
}

/**
 * Average-linkage clustering over pairs from different texts (a text repeating itself is no evidence of a fact's
 * identity; two of its claims alone join only when they are very alike), never joining groups with a pair that
 * cannot be one fact. The pair sums between groups are kept and added up on each merge, so each merge costs a pass
 * over the groups rather than a recount of every pair.
 */
export function cluster(
  items: readonly Grouped[],
  members: readonly number[],
  sim: Float64Array,
  thresholds: { merge: number; sameText: number },
): number[][] {
  const n = items.length;
  const groups: (number[] | null)[] = members.map((i) => [i]);
  const k = groups.length;
  // Per pair of groups: the sum and count of their cross-text similarities and same-text ones, and whether any
  // pair between them cannot be one fact.
  const cross = new Float64Array(k * k);
  const crossN = new Float64Array(k * k);
  const same = new Float64Array(k * k);
  const sameN = new Float64Array(k * k);
  const blocked = new Uint8Array(k * k);
  for (let x = 0; x < k; x++) {
    for (let y = x + 1; y < k; y++) {
      const i = members[x]!;
      const j = members[y]!;
      const v = sim[i * n + j]!;
      const at = x * k + y;
      if (v === 0) blocked[at] = 1;
      else if (items[i]!.article === items[j]!.article) {
        same[at] = v;
        sameN[at] = 1;
      } else {
        cross[at] = v;
        crossN[at] = 1;
      }
    }
  }
  const idx = (x: number, y: number) => (x < y ? x * k + y : y * k + x);
  const linkage = (at: number) =>
    blocked[at]
      ? 0
      : crossN[at]! > 0
        ? cross[at]! / crossN[at]!
        : sameN[at]! > 0 && same[at]! / sameN[at]! >= thresholds.sameText
          ? same[at]! / sameN[at]!
          : 0;
  // The order groups are scanned in: a merged group goes last, so ties are broken as they always were.
  let order = groups.map((_, x) => x);
  for (;;) {
    let best = -1;
    let bx = -1;
    let by = -1;
    for (let p = 0; p < order.length; p++) {
      for (let q = p + 1; q < order.length; q++) {
        const v = linkage(idx(order[p]!, order[q]!));
        if (v > best) [best, bx, by] = [v, order[p]!, order[q]!];
      }
    }
    if (best < thresholds.merge || bx < 0) return order.map((x) => groups[x]!);
    order = [...order.filter((x) => x !== bx && x !== by), bx];
    // Group bx takes group by's members and its sums with every other group.
    groups[bx] = [...groups[bx]!, ...groups[by]!];
    groups[by] = null;
    for (let z = 0; z < k; z++) {
      if (!groups[z] || z === bx) continue;
      const to = idx(bx, z);
      const from = idx(by, z);
      cross[to] = cross[to]! + cross[from]!;
      crossN[to] = crossN[to]! + crossN[from]!;
      same[to] = same[to]! + same[from]!;
      sameN[to] = sameN[to]! + sameN[from]!;
      blocked[to] = blocked[to]! | blocked[from]!;
    }
  }
}

/** The average similarity of a group's pairs from different texts, or null when one text holds them all. */
export function cohesion(group: readonly number[], items: readonly Grouped[], sim: Float64Array): number | null {
  const n = items.length;
  let total = 0;
  let pairs = 0;
  for (let x = 0; x < group.length; x++) {
    for (let y = x + 1; y < group.length; y++) {
      const i = group[x]!;
      const j = group[y]!;
      if (items[i]!.article === items[j]!.article) continue;
      total += sim[i * n + j]!;
      pairs++;
    }
  }
  return pairs === 0 ? null : Math.round((total / pairs) * 1000) / 1000;
}
