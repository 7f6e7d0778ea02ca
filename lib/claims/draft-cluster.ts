// Grouping drafted claims: average linkage over a matrix of pair similarities, and how alike a group's claims from
// different texts are. Knows nothing of what a claim is beyond the text it comes from.

/** What grouping needs of a claim: the text it comes from. */
export interface Grouped {
  article: string;
}

/** The similarities between two groups: the sums and counts of their pairs from different texts and from one. */
interface Link {
  cross: number;
  crossN: number;
  same: number;
  sameN: number;
}

/**
 * Average-linkage clustering over pairs from different texts (a text repeating itself is no evidence of a fact's
 * identity; two of its claims alone join only when they are very alike), never joining groups with a pair that
 * cannot be one fact (similarity 0; `sim` holds every pair both ways). Each group keeps the sums of its pairs with
 * the groups it could join, and a merge adds them up, so a merge costs a pass over those links rather than a recount
 * of every pair; a pair of groups with no link between them can never join.
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
  // links[x]: group → its link with group x, one object shared by both groups. Any pair that cannot be one fact
  // blocks its groups for good: they have no link, and a merged group keeps only the links both halves had.
  const links = groups.map(() => new Map<number, Link>());
  for (let x = 0; x < k; x++) {
    const i = members[x]!;
    for (let y = x + 1; y < k; y++) {
      const j = members[y]!;
      const v = sim[i * n + j]!;
      if (v === 0) continue;
      const sameText = items[i]!.article === items[j]!.article;
      const link = {
        cross: sameText ? 0 : v,
        crossN: sameText ? 0 : 1,
        same: sameText ? v : 0,
        sameN: sameText ? 1 : 0,
      };
      links[x]!.set(y, link);
      links[y]!.set(x, link);
    }
  }
  const linkage = (link: Link | undefined) =>
    !link
      ? 0
      : link.crossN > 0
        ? link.cross / link.crossN
        : link.sameN > 0 && link.same / link.sameN >= thresholds.sameText
          ? link.same / link.sameN
          : 0;
  // The order groups are scanned in, as a rank (a merged group goes last), so ties are broken as they always were:
  // the first pair in scan order of the most alike wins.
  const rank = Array.from({ length: k }, (_, x) => x);
  let nextRank = k;
  // Each group's most alike group after it in the order (the first of equals), kept between merges: a merge changes
  // only the links of the merged group. Only a best at or over the threshold of a merge can be taken, and only those
  // are kept exact (`hopeful` holds their groups); a best under it stays under it until a merge raises it.
  const bestValue = new Float64Array(k).fill(-1);
  const bestPartner = new Int32Array(k).fill(-1);
  const hopeful = new Set<number>();
  const setBest = (x: number, value: number, partner: number): void => {
    bestValue[x] = value;
    bestPartner[x] = partner;
    if (value >= thresholds.merge) hopeful.add(x);
    else hopeful.delete(x);
  };
  const rescan = (x: number): void => {
    let value = -1;
    let partner = -1;
    for (const [z, link] of links[x]!) {
      if (rank[z]! < rank[x]!) continue;
      const v = linkage(link);
      if (v > value || (v === value && rank[z]! < rank[partner]!)) [value, partner] = [v, z];
    }
    setBest(x, value, partner);
  };
  for (let x = 0; x < k; x++) rescan(x);
  for (;;) {
    let bx = -1;
    for (const x of hopeful) {
      if (bx < 0 || bestValue[x]! > bestValue[bx]! || (bestValue[x] === bestValue[bx] && rank[x]! < rank[bx]!)) bx = x;
    }
    if (bx < 0) break;
    const by = bestPartner[bx]!;
    rank[bx] = nextRank++;
    // Group bx takes group by's members and its sums with every other group; a group either half had no link with
    // loses its link with both.
    groups[bx] = [...groups[bx]!, ...groups[by]!];
    groups[by] = null;
    hopeful.delete(by);
    const mine = links[bx]!;
    const theirs = links[by]!;
    mine.delete(by);
    for (const [z, link] of mine) {
      const other = theirs.get(z);
      if (other) {
        link.cross = link.cross + other.cross;
        link.crossN = link.crossN + other.crossN;
        link.same = link.same + other.same;
        link.sameN = link.sameN + other.sameN;
      } else {
        mine.delete(z);
        links[z]!.delete(bx);
      }
    }
    for (const z of theirs.keys()) links[z]!.delete(by);
    theirs.clear();
    // The merged group is last: nothing after it. A group whose best was one of the two looks again; any other keeps
    // its best unless the merged group, now last, is more alike (no other group can be: its other links are as
    // they were).
    setBest(bx, -1, -1);
    for (const z of [...hopeful]) if (bestPartner[z] === bx || bestPartner[z] === by) rescan(z);
    for (const z of mine.keys()) {
      if (bestPartner[z] === bx || bestPartner[z] === by) {
        if (bestValue[z]! >= thresholds.merge) continue;
        setBest(z, -1, -1);
      }
      const v = linkage(mine.get(z));
      if (v > bestValue[z]!) setBest(z, v, bx);
    }
  }
  return groups
    .map((g, x) => [g, rank[x]!] as const)
    .filter((e): e is readonly [number[], number] => e[0] !== null)
    .sort((a, b) => a[1] - b[1])
    .map((e) => e[0]);
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
