// A figure read in the outlet's own units: "$" alone is the outlet's dollar ("$5" in a New Zealand paper is NZD), "c"
// and "cents" its cent, "degrees" Celsius outside the US, and a fortnight two weeks.
import type { QuantityFigure } from '../quantity/quantity';
import { wordTable } from '../quantity/word-table';

// The dollar a "$" alone means in each country's news.
const LOCAL_DOLLAR = wordTable<string>({ nz: 'NZD', ca: 'CAD', au: 'AUD', sg: 'SGD', hk: 'HKD' });
// The hundredth of the outlet's money that "cents" and "c" name; "penny" in British copy is the pound's.
const LOCAL_CENT = wordTable<string>({ ...LOCAL_DOLLAR, za: 'ZAR', ie: 'EUR', uk: 'GBP' });

/** The figure in the outlet's units (`country`: `nz`, `ca`, `au`, `sg`, `us`, …; null when unknown). */
export function localise(f: QuantityFigure, country: string | null): QuantityFigure {
  // "the next fortnight": two weeks, in the units every outlet shares.
  if (f.unit === 'fortnight') return { ...f, unit: 'week', value: twice(f.value), interval: twice(f.interval) };
  if (f.unit === 'degree') return { ...f, unit: country === 'us' ? 'degree Fahrenheit' : 'degree Celsius' };
  if (f.unit === 'USD' && /(?:\bcents?|\bpenny|\bpennies|\dc)$/i.test(f.text) && !/\b\p{Lu}\w* cents?$/u.test(f.text)) {
    const cent = country ? LOCAL_CENT[country] : undefined;
    const pennyOnly = /penn(?:y|ies)$/i.test(f.text);
    if (cent && (country !== 'uk' || pennyOnly)) return { ...f, unit: cent };
    return f;
  }
  const dollar = country ? LOCAL_DOLLAR[country] : undefined;
  const own = /^-?\$/.test(f.text.replace(/^(between|from) /, ''));
  if (dollar && f.unit === 'USD' && own) return { ...f, unit: dollar };
  return f;
}

// A value or an interval doubled.
function twice<T>(x: T): T {
  if (typeof x === 'number') return (x * 2) as T;
  return (Array.isArray(x) ? x.map((v) => (typeof v === 'number' ? v * 2 : v)) : x) as T;
}
