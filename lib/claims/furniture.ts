// A photo gallery's furniture inside a paragraph, where a page's text runs its captions into the story's own words:
// slide counters ("Image 1 of 8", "1 / 8 Back to Gallery"), its buttons ("Caption Close Image") and photo credits
// ("Photo: Metro Video"), and the outlet's rights line ("Copyright 2015"). Their numbers count slides or date the
// page, so no claim is read there; their names are the outlet's.

const FURNITURE = [
  /\b(?:image|photo|picture|slide|video)\s+\d+\s+of\s+(?:\/\s*)?\d+\b/gi,
  /\b\d+\s*\/\s*\d+\s+back to gallery\b/gi,
  /\bback to gallery\b/gi,
  /\bcaption\s+close\s+image\b/gi,
  /\b[Pp]hoto:\s*(?:[A-Z][\w.'-]*\s+){1,3}/g,
  // The outlet's rights line: its year is the page's, no day of the story's.
  /(?:©|\bcopyright\b)(?:\s*(?:\(c\)|©))?\s*\d{4}(?:\s*[-–]\s*\d{4})?/gi,
];
// An embedded video's stamp ("(Published Saturday, May 7, 2016)"): the day it was put up, not the story's. The
// figures command still reads its date, a date the text writes; no claim of a story is read there.
const STAMP = /\((?:published|updated|posted)\b[^)]{0,60}\)/gi;

/** The spans [start, end) of gallery furniture in a text (with video stamps unless `stamps` is false), sorted. */
export function furnitureSpans(text: string, stamps = true): [number, number][] {
  const spans: [number, number][] = [];
  for (const pattern of stamps ? [...FURNITURE, STAMP] : FURNITURE)
    for (const m of text.matchAll(pattern)) spans.push([m.index, m.index + m[0].length]);
  return spans.sort((a, b) => a[0] - b[0]);
}

/** Whether [start, end) overlaps one of the spans. */
export function inFurniture(spans: readonly [number, number][], start: number, end: number): boolean {
  return spans.some(([s, e]) => start < e && end > s);
}
