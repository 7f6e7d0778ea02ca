// Byte-stable JSON for the files the index build and packs write: the same bytes for the same data, every time.
/** JSON with every object's keys sorted and no whitespace: the same bytes for the same index, every time. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
    return sorted;
  });
}
