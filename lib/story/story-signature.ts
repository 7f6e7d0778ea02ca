// The shape of a story's event signature as story files carry it (built by lib/event/signature.ts).

/** One name of a story's articles. */
export interface SignatureName {
  /** Folded key (lib/event/names.ts). */
  name: string;
  /** Articles of the story that use it. */
  articles: number;
  /** Of them, those that use it at the top: the headline or the first two paragraphs (format 2; 0 in format 1). */
  lead?: number;
  /** A person named with at least two words (format 2). */
  person?: boolean;
}

/** What the event recogniser compares a page with, before aligning anything. */
export interface StorySignature {
  /** 1: names from the texts alone; 2: from headlines and texts without the outlets' own lines, with `lead`. */
  format: 1 | 2;
  /** The names the story's articles use, most shared first. */
  names: SignatureName[];
  dates: { start: string; end: string };
}
