// The units of news figures: currencies (symbols, codes, prefixed dollars, words), scale words and letters
// ("million", "bn", "M", "k", "crore"), percent and percentage points, and measurement units, each with the
// normalised name the figures command reports (ISO 4217 codes, British singular unit names).
import { wordTable } from './word-table';

/** What sort of thing a unit measures; decides the figure's kind. */
export type UnitFamily = 'money' | 'percent' | 'measure' | 'duration';

/** A unit as the figures command reports it. */
export interface Unit {
  name: string;
  family: UnitFamily;
}

/** Currency symbols and the code each stands for when nothing else is said ("$" is USD). */
export const CURRENCY_SYMBOLS = wordTable<string>({
  $: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '₹': 'INR',
  '₩': 'KRW',
  '₦': 'NGN',
  '₱': 'PHP',
  '₽': 'RUB',
  '₺': 'TRY',
  '₪': 'ILS',
  '₴': 'UAH',
});

/** Letters written before "$" that name another dollar ("A$", "HK$", "US$"). */
export const DOLLAR_PREFIXES = wordTable<string>({
  us: 'USD',
  a: 'AUD',
  au: 'AUD',
  c: 'CAD',
  ca: 'CAD',
  can: 'CAD',
  nz: 'NZD',
  hk: 'HKD',
  s: 'SGD',
  sg: 'SGD',
  nt: 'TWD',
  r: 'BRL',
  mx: 'MXN',
});

/** Currency words written before a number ("Rs 500", "Sh2 billion"). */
export const CURRENCY_PREFIX_WORDS = wordTable<string>({
  rs: 'INR',
  inr: 'INR',
  usd: 'USD',
  eur: 'EUR',
  gbp: 'GBP',
  jpy: 'JPY',
  aud: 'AUD',
  cad: 'CAD',
  cny: 'CNY',
  rmb: 'CNY',
  chf: 'CHF',
  nzd: 'NZD',
  zar: 'ZAR',
  hkd: 'HKD',
  sgd: 'SGD',
  ksh: 'KES',
  kes: 'KES',
  ngn: 'NGN',
  php: 'PHP',
  rub: 'RUB',
  brl: 'BRL',
  mxn: 'MXN',
  sek: 'SEK',
  nok: 'NOK',
  dkk: 'DKK',
  pkr: 'PKR',
});

/** Currency words written after a number ("40 euros", "500 rupees"); "dollars" is USD unless a prefix says otherwise. */
export const CURRENCY_WORDS = wordTable<string>({
  dollar: 'USD',
  dollars: 'USD',
  euro: 'EUR',
  euros: 'EUR',
  pound: 'GBP',
  pounds: 'GBP',
  sterling: 'GBP',
  yen: 'JPY',
  yuan: 'CNY',
  renminbi: 'CNY',
  rupee: 'INR',
  rupees: 'INR',
  rand: 'ZAR',
  franc: 'CHF',
  francs: 'CHF',
  ruble: 'RUB',
  rubles: 'RUB',
  rouble: 'RUB',
  roubles: 'RUB',
  peso: 'MXN',
  pesos: 'MXN',
  won: 'KRW',
  naira: 'NGN',
  shilling: 'KES',
  shillings: 'KES',
  krona: 'SEK',
  kronor: 'SEK',
  krone: 'NOK',
  kroner: 'NOK',
  ringgit: 'MYR',
  baht: 'THB',
  dirham: 'AED',
  dirhams: 'AED',
  riyal: 'SAR',
  riyals: 'SAR',
  lira: 'TRY',
  usd: 'USD',
  eur: 'EUR',
  gbp: 'GBP',
  jpy: 'JPY',
  aud: 'AUD',
  cad: 'CAD',
  cny: 'CNY',
  chf: 'CHF',
  inr: 'INR',
});

/** Scale words after a number: "1.5 million", "Rs 5 crore". */
export const SCALE_WORDS = wordTable<number>({
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  lakh: 1e5,
  lakhs: 1e5,
  crore: 1e7,
  crores: 1e7,
  bn: 1e9,
  mn: 1e6,
  mln: 1e6,
  bln: 1e9,
  tn: 1e12,
  trn: 1e12,
});

/** Scale letters joined to a number ("4.2M", "1.5bn", "12k"); "m" and "b" only with money (else "4m" is metres). */
export const SCALE_LETTERS = wordTable<number>({ k: 1e3, m: 1e6, mn: 1e6, b: 1e9, bn: 1e9, tn: 1e12, trn: 1e12 });

const MEASURES: [string, string[]][] = [
  ['kilometre', ['km', 'kms', 'kilometre', 'kilometres', 'kilometer', 'kilometers']],
  ['metre', ['metre', 'metres', 'meter', 'meters', 'm']],
  ['centimetre', ['cm', 'centimetre', 'centimetres', 'centimeter', 'centimeters']],
  ['millimetre', ['mm', 'millimetre', 'millimetres', 'millimeter', 'millimeters']],
  ['nautical mile', ['nautical mile', 'nautical miles', 'nmi']],
  ['mile', ['mile', 'miles', 'mi']],
  ['foot', ['foot', 'feet', 'ft']],
  ['inch', ['inch', 'inches', 'in']],
  ['yard', ['yard', 'yards', 'yd', 'yds']],
  [
    'square kilometre',
    ['km2', 'sq km', 'square kilometre', 'square kilometres', 'square kilometer', 'square kilometers'],
  ],
  ['square metre', ['m2', 'sq m', 'square metre', 'square metres', 'square meter', 'square meters']],
  ['square mile', ['sq mi', 'square mile', 'square miles']],
  ['square foot', ['sq ft', 'square foot', 'square feet']],
  ['hectare', ['hectare', 'hectares', 'ha']],
  ['acre', ['acre', 'acres']],
  ['kilogram', ['kg', 'kgs', 'kilo', 'kilos', 'kilogram', 'kilograms', 'kilogramme', 'kilogrammes']],
  ['gram', ['g', 'gram', 'grams', 'gramme', 'grammes']],
  ['milligram', ['mg', 'milligram', 'milligrams']],
  ['tonne', ['tonne', 'tonnes', 'ton', 'tons', 't']],
  ['pound', ['lb', 'lbs']],
  ['ounce', ['oz', 'ounce', 'ounces']],
  ['litre', ['litre', 'litres', 'liter', 'liters', 'l']],
  ['millilitre', ['ml', 'millilitre', 'millilitres', 'milliliter', 'milliliters']],
  ['gallon', ['gallon', 'gallons']],
  ['barrel', ['barrel', 'barrels']],
  [
    'kilometre per hour',
    ['km/h', 'km / h', 'kmh', 'kph', 'kilometres per hour', 'kilometers per hour', 'kilometre per hour', 'km an hour'],
  ],
  ['mile per hour', ['mph', 'miles per hour', 'mile per hour', 'miles an hour']],
  ['metre per second', ['m/s', 'm / s', 'metres per second', 'meters per second']],
  ['knot', ['knot', 'knots']],
  ['degree Celsius', ['°c', 'degrees celsius', 'degree celsius', 'celsius', 'c', 'degrees centigrade', 'deg c']],
  ['degree Fahrenheit', ['°f', 'degrees fahrenheit', 'degree fahrenheit', 'fahrenheit', 'f', 'deg f']],
  ['degree', ['degrees', 'degree', '°']],
  ['kelvin', ['kelvin']],
  ['watt', ['watt', 'watts', 'w']],
  ['kilowatt', ['kw', 'kilowatt', 'kilowatts']],
  ['megawatt', ['mw', 'megawatt', 'megawatts']],
  ['gigawatt', ['gw', 'gigawatt', 'gigawatts']],
  ['kilowatt hour', ['kwh', 'kilowatt hour', 'kilowatt hours', 'kilowatt-hour', 'kilowatt-hours']],
  ['megawatt hour', ['mwh', 'megawatt hour', 'megawatt hours', 'megawatt-hour', 'megawatt-hours']],
  ['gigawatt hour', ['gwh', 'gigawatt hour', 'gigawatt hours']],
  ['byte', ['byte', 'bytes']],
  ['kilobyte', ['kb', 'kilobyte', 'kilobytes']],
  ['megabyte', ['mb', 'megabyte', 'megabytes']],
  ['gigabyte', ['gb', 'gigabyte', 'gigabytes']],
  ['terabyte', ['tb', 'terabyte', 'terabytes']],
  ['magnitude', ['magnitude']],
  ['newton', ['newton', 'newtons']],
  ['megahertz', ['mhz', 'megahertz']],
  ['gigahertz', ['ghz', 'gigahertz']],
  ['calorie', ['calorie', 'calories', 'kcal']],
];

const DURATIONS: [string, string[]][] = [
  ['second', ['second', 'seconds', 'sec', 'secs']],
  ['minute', ['minute', 'minutes', 'min', 'mins']],
  ['hour', ['hour', 'hours', 'hr', 'hrs']],
  ['day', ['day', 'days']],
  ['week', ['week', 'weeks']],
  ['fortnight', ['fortnight', 'fortnights']],
  ['month', ['month', 'months']],
  ['year', ['year', 'years', 'yr', 'yrs']],
  ['decade', ['decade', 'decades']],
  ['century', ['century', 'centuries']],
];

function table(entries: [string, string[]][], family: UnitFamily): Map<string, Unit> {
  const map = new Map<string, Unit>();
  for (const [name, words] of entries) for (const w of words) map.set(w, { name, family });
  return map;
}

const UNIT_WORDS = new Map<string, Unit>([...table(MEASURES, 'measure'), ...table(DURATIONS, 'duration')]);
// Abbreviations that are ordinary words or letters when spelled out alone: they are units only when joined to
// the number ("5ft", "30C", "10g") or after digits with a space in measurement copy ("5 ft").
const JOINED_ONLY = new Set(['m', 'in', 'g', 't', 'l', 'c', 'f', 'w', 'mi', 'ha', 'min', 'sec', 'b']);

/** The longest unit phrase starting at word `i` ("square kilometres", "km/h"), with its length in words. */
export function unitAt(words: readonly string[], i: number, joined = false): { unit: Unit; length: number } | null {
  for (const length of [3, 2, 1]) {
    const phrase = words.slice(i, i + length).join(' ');
    if (words.length < i + length) continue;
    const unit = UNIT_WORDS.get(phrase);
    if (!unit) continue;
    if (length === 1 && !joined && JOINED_ONLY.has(phrase)) continue;
    return { unit, length };
  }
  return null;
}

/** The unit a suffix joined to digits names ("5km", "30mph", "25c"), or null. */
export function joinedUnit(suffix: string): Unit | null {
  return UNIT_WORDS.get(suffix) ?? null;
}

/** Whether a word is a duration unit ("weeks", "year"). */
export function isDurationWord(word: string): boolean {
  return UNIT_WORDS.get(word)?.family === 'duration';
}
