// Winnowing (Schleimer, Wilkerson, Aiken 2003): keep the minimum hash of every window of w consecutive
// k-gram hashes. Any run of at least w + k - 1 shared words yields at least one shared fingerprint, and
// the choice in a window depends only on that window, so shared text gives the same picks in both texts.

/** A selected k-gram: its hash and the index of its first word. */
export interface Fingerprint {
  hash: number;
  pos: number;
}

/**
 * Robust winnowing: in each window the minimum hash, the rightmost on ties, recorded once per position.
 * A text shorter than one window still yields its minimum.
 */
export function winnow(hashes: ArrayLike<number>, w: number): Fingerprint[] {
  const out: Fingerprint[] = [];
  const n = hashes.length;
  if (n === 0) return out;
  const windows = Math.max(1, n - w + 1);
  const span = Math.min(w, n);
  let last = -1;
  for (let start = 0; start < windows; start++) {
    let best = start;
    for (let i = start + 1; i < start + span; i++) {
      if ((hashes[i] as number) <= (hashes[best] as number)) best = i;
    }
    if (best !== last) {
      out.push({ hash: hashes[best] as number, pos: best });
      last = best;
    }
  }
  return out;
}
