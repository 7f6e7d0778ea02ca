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
  const span = Math.min(w, n);
  // The candidates for the minimum of the window ending at i, oldest first: positions whose hashes rise strictly,
  // each later than the last, so the first is the window's rightmost minimum. Every hash enters and leaves once: a
  // page's fingerprints cost one pass, not one scan of w hashes per window.
  const queue = new Int32Array(span);
  const values = new Float64Array(span);
  let head = 0;
  let size = 0;
  let last = -1;
  for (let i = 0; i < n; i++) {
    // Only the last `span` positions are in the window ending at i: the oldest candidate may have left it.
    if (size > 0 && queue[head]! <= i - span) {
      head = (head + 1) % span;
      size--;
    }
    const value = hashes[i] as number;
    // A later hash no larger than a candidate's makes it useless (rightmost on ties).
    while (size > 0 && values[(head + size - 1) % span]! >= value) size--;
    queue[(head + size) % span] = i;
    values[(head + size) % span] = value;
    size++;
    if (i < span - 1) continue;
    const best = queue[head]!;
    if (best !== last) {
      out.push({ hash: values[head]!, pos: best });
      last = best;
    }
  }
  return out;
}
