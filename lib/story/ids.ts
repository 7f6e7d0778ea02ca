// The one shape of an id in the data: stories, articles, facts and packs.

/** Ids are short, lower-case and readable: "cnn-r1", "french-troops-in-mali". */
export function isId(value: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value);
}
