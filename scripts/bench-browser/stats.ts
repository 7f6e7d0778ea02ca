// Medians and pairwise ratios for the browser bench.

/** The median of some numbers (NaN for none). */
export function median(values: number[]): number {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** with[i] / without[i] for each pair of runs taken one after the other. */
export function pairRatios(withValues: number[], withoutValues: number[]): number[] {
  return withValues.map((w, i) => w / (withoutValues[i] ?? NaN)).filter((r) => Number.isFinite(r));
}

/** Per key, the median of the values the records give for it (a record without the key counts as 0). */
export function medianByKey(records: Record<string, number>[]): Record<string, number> {
  const keys = [...new Set(records.flatMap((r) => Object.keys(r)))].sort();
  return Object.fromEntries(keys.map((k) => [k, median(records.map((r) => r[k] ?? 0))]));
}
