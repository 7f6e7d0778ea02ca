// The shape every benchmark module in scripts/bench/ reports, read by scripts/bench.ts.

/** One measured figure; `target` is the most it may be (lower is better) when there is one. */
export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  target?: number;
}

/** What a benchmark module exports as default. */
export type BenchModule = () => Promise<BenchResult[]>;
