// One value per object, worked out the first time it is asked for and kept while the object lives: a page's claims
// meet every fact of every candidate story, and what depends on a claim, a fact or a story alone need not be redone.

/** The value `cache` holds for `key`; made by `make` and kept, the first time. */
export function cachedIn<K extends object, V>(cache: WeakMap<K, V>, key: K, make: () => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}
