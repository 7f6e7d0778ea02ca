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
  /**
   * Read the head, answer the first page (an indexed article) through the engine's one door, reading the parts and the
   * story file it needs (median of 5 processes).
   */
  coldStartMs: number;
  /** The cold start, then an ordinary page through the door (recognition, then read as a possible report). Median of 5. */
  firstAnswerMs: number;
  /** The process's CPU time over the first answer (all its threads), median of the same 5. */
  firstAnswerCpuMs: number;
  /** Parts the first answer read, and their size. */
  firstAnswerPartsRead: number;
  firstAnswerPartsMB: number;
  /** Size of the head (read at every start) and of all the parts (IndexedDB records in the browser). */
  headMB: number;
  partsMB: number;
  /** Splitting the whole file into head and parts (what the background does once after an install or update). */
  splitMs: number;
  /** Reading the whole file (once after an install or update). */
  wholeFileReadMs: number;
  /** A page's lookup when it reads its parts (median of each page's first lookup). */
  lookupReadingPartsP50Ms: number;
  heapAfterStartMB: number;
  heapAfterMatchMB: number | null;
  recognitionMB: number;
  storyDataMB: number | null;
  lookupP50Ms: number;
  lookupP95Ms: number;
  /** Of the cold start: reading the head. */
  readFileMs: number;
  /** Writing as many bytes of fresh memory on this machine, by itself (the floor under reading the whole file). */
  freshMemoryMs: number;
  /** Checking the whole file's checksum and tables (once, before it is copied into IndexedDB). */
  checksumMs: number;
  pagesRecognised: number;
  pages: number;
}

/** A stopped Chromium service worker's first answer: the one-story package and 10,000 stories, in the same run. */
export interface ServiceWorkerWake {
  oneStoryMs: number;
  tenThousandMs: number;
  /** tenThousandMs / oneStoryMs. */
  ratio: number;
}

/** What a module may report besides plain figures: the scale figures and the service-worker wake times. */
export interface BenchOutput {
  figures: BenchResult[];
  scale?: Record<string, ScaleFigures>;
  serviceWorkerWakeMs?: number | null;
  serviceWorkerWake?: ServiceWorkerWake | null;
  /**
   * The reader's comparison: five 1,500-word reports compared (ms), and the popup's size (KB of 1,024 bytes: every
   * script and style it loads when it opens, minified; popupLaterKB what it may load later by import()).
   */
  compare?: {
    fiveReportsMs: number;
    fiveReportsCpuMs: number;
    fiveReportsFirstMs: number;
    popupKB?: number;
    popupGzipKB?: number;
    popupLaterKB?: number;
  };
}

/** What a benchmark module exports as default. */
export type BenchModule = () => Promise<BenchResult[] | BenchOutput>;
