// The page's CSS Custom Highlight API, looked up on a given window and described only as far as Parallax uses it.

/** Names in the page's highlight registry; public/highlights.css styles the same names. Neutral on purpose:
 * page scripts can list the registry, and the names should not say what Parallax marks. */
export const HIGHLIGHT_NAMES = { disputed: 'plx-a', agreed: 'plx-b', automatic: 'plx-c' } as const;

/** The part of a `Highlight` object Parallax uses. */
export interface HighlightLike {
  add(range: AbstractRange): unknown;
  clear(): void;
  priority: number;
  readonly size: number;
}

/** The part of `CSS.highlights` Parallax uses. */
export interface HighlightRegistryLike {
  get(name: string): unknown;
  set(name: string, highlight: HighlightLike): unknown;
  delete(name: string): boolean;
}

/** The API found on a window: the registry and a way to make highlights. */
export interface HighlightApi {
  registry: HighlightRegistryLike;
  create(): HighlightLike;
}

/** Finds `CSS.highlights` and `Highlight` on `win`, or null where the browser (or a test DOM) lacks them. */
export function highlightApi(win: Window): HighlightApi | null {
  const w = win as unknown as {
    CSS?: { highlights?: HighlightRegistryLike };
    Highlight?: new () => HighlightLike;
  };
  const registry = w.CSS?.highlights;
  const Ctor = w.Highlight;
  if (registry === undefined || registry === null || typeof Ctor !== 'function') return null;
  return { registry, create: () => new Ctor() };
}
