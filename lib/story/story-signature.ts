// The shape of a story's event signature as story files carry it (built by lib/event/signature.ts).

/** What the event recogniser compares a page with, before aligning anything. */
export interface StorySignature {
  format: 1;
  /** Folded name keys the story's articles use, each with the number of articles that name it, most shared first. */
  names: { name: string; articles: number }[];
  dates: { start: string; end: string };
}
