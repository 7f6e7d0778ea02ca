// The shapes every benchmark module in scripts/bench/ reports, read by scripts/bench.ts.

/** One measured figure; `target` is the most it may be (lower is better) when there is one. */
export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  target?: number;
}

/** The figures of one synthetic index size (story figures are null where story data is not built). */
export interface ScaleFigures {
  coldStartMs: number;
  heapAfterStartMB: number;
  heapAfterMatchMB: number | null;
  recognitionMB: number;
  storyDataMB: number | null;
  lookupP50Ms: number;
  lookupP95Ms: number;
  /** Of the cold start: reading the file. */
  readFileMs: number;
  /** Writing as many bytes of fresh memory on this machine, by itself (the floor under reading the whole file). */
  freshMemoryMs: number;
  /** Checking the whole file's checksum and tables, done after the first answer. */
  checksumMs: number;
  pagesRecognised: number;
  pages: number;
}

/** What a module may report besides plain figures: the scale figures and the service-worker wake time. */
export interface BenchOutput {
  figures: BenchResult[];
  scale?: Record<string, ScaleFigures>;
  serviceWorkerWakeMs?: number | null;
  /** The reader's comparison: five 1,500-word reports compared (ms), and the popup's size (KB). */
  compare?: {
    fiveReportsMs: number;
    fiveReportsCpuMs: number;
    fiveReportsFirstMs: number;
    popupKB?: number;
    popupGzipKB?: number;
  };
}

/** What a benchmark module exports as default. */
export type BenchModule = () => Promise<BenchResult[] | BenchOutput>;
