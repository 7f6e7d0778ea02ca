// Tables looked up by a word of a page or a pack: built without a prototype, so "constructor" or "__proto__" written
// in a text is a word like any other, never a property every object has.
/** `entries` as a frozen table whose only keys are its own. */
export function wordTable<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
