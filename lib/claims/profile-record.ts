// A story's profile (fact-profile.ts) as plain JSON, so the index build can work it out once and the background read
// it from a file beside the story's instead of reading the story's articles again after every wake. A record that
// does not fit its story (another format, another fact, a damaged field) is refused, and the profile is worked out.
import type { RuntimeFact, RuntimeStory } from '../story/runtime-types';
import { adoptStoryProfile, type Exemplar, type FactProfile, type Measure, type StoryProfile } from './fact-profile';
import type { Features } from './features';
import type { Claim } from './types';

/** Format of the records written, the only one read: raised when a record's shape changes. */
export const PROFILE_FORMAT = 1;

/** An exemplar's features with its sets and maps as arrays, in their order. */
export interface FeaturesRecord {
  kind: Claim['kind'];
  head: string | null;
  bag: [string, number][];
  local: string[];
  proper: string[];
  nearNames: string[];
  names: string[];
  figure: string[];
  statusWords: string[];
  subject: string | null;
}

/** One fact's profile; its exemplars name their reviewed claim by its place among the fact's claims. */
export interface FactProfileRecord {
  fact: string;
  unit: string | null;
  exemplars: { claim: number; measure: Measure; features: FeaturesRecord }[];
  label: string[];
  labelNames: string[];
  places: string[];
  linked: string[];
}

/** A story's profile as its file holds it. */
export interface StoryProfileRecord {
  format: typeof PROFILE_FORMAT;
  facts: FactProfileRecord[];
  idf: [string, number][];
  places: string[];
  nations: string[];
}

/** The record of a profile, for its file. */
export function profileRecord(profile: StoryProfile): StoryProfileRecord {
  return {
    format: PROFILE_FORMAT,
    facts: profile.facts.map((f) => ({
      fact: f.fact.id,
      unit: f.unit,
      exemplars: f.exemplars.map((e) => ({
        claim: f.fact.claims.findIndex((c) => c.article === e.article && c.value === e.value),
        measure: e.measure,
        features: featuresRecord(e.features),
      })),
      label: f.label,
      labelNames: f.labelNames,
      places: [...f.places],
      linked: [...f.linked],
    })),
    idf: [...profile.idf],
    places: profile.places,
    nations: profile.nations,
  };
}

function featuresRecord(f: Features): FeaturesRecord {
  return {
    kind: f.kind,
    head: f.head,
    bag: [...f.bag],
    local: [...f.local],
    proper: f.proper,
    nearNames: f.nearNames,
    names: f.names,
    figure: [...f.figure],
    statusWords: [...f.statusWords],
    subject: f.subject,
  };
}

/** The profile a record gives its story, or null when the record is not one for this story in this format. */
export function profileFromRecord(story: RuntimeStory, record: unknown): StoryProfile | null {
  const r = record as Partial<StoryProfileRecord> | null;
  if (typeof r !== 'object' || r === null || r.format !== PROFILE_FORMAT) return null;
  if (!Array.isArray(r.facts) || r.facts.length !== story.facts.length) return null;
  if (!isPairs(r.idf) || !isStrings(r.places) || !isStrings(r.nations)) return null;
  const facts: FactProfile[] = [];
  for (const [i, fact] of story.facts.entries()) {
    const f = r.facts[i] as Partial<FactProfileRecord> | null;
    if (typeof f !== 'object' || f === null || f.fact !== fact.id || !Array.isArray(f.exemplars)) return null;
    if (!isStrings(f.label) || !isStrings(f.labelNames) || !isStrings(f.places) || !isStrings(f.linked)) return null;
    if (f.unit !== null && typeof f.unit !== 'string') return null;
    const exemplars = (f.exemplars as unknown[]).map((e) => readExemplar(fact, e));
    if (!exemplars.every((e) => e !== null)) return null;
    facts.push({
      fact,
      unit: f.unit ?? null,
      storyEnd: story.dates.end,
      exemplars,
      label: f.label,
      labelNames: f.labelNames,
      places: new Set(f.places),
      linked: new Set(f.linked),
    });
  }
  return { story, facts, idf: new Map(r.idf), places: r.places, nations: r.nations };
}

// An exemplar of one of the fact's reviewed claims, or null when the record names none or its features are damaged.
function readExemplar(fact: RuntimeFact, value: unknown): Exemplar | null {
  const e = value as Partial<FactProfileRecord['exemplars'][number]> | null;
  if (typeof e !== 'object' || e === null || !Number.isInteger(e.claim) || !isMeasure(e.measure)) return null;
  const reviewed = fact.claims[e.claim!];
  const features = readFeatures(e.features);
  if (!reviewed || !features) return null;
  return { article: reviewed.article, value: reviewed.value, features, measure: e.measure };
}

/**
 * Makes a record the profile of its story, unless the story already has one; answers whether the story now has a
 * profile from the record or from before. A record refused by profileFromRecord changes nothing.
 */
export function adoptProfileRecord(story: RuntimeStory, record: unknown): boolean {
  return adoptStoryProfile(story, () => profileFromRecord(story, record));
}

// Every kind a claim may have: the record lists each, so a kind added later is a type error until it is here too.
const KINDS: Readonly<Record<Claim['kind'], true>> = {
  count: true,
  date: true,
  duration: true,
  distance: true,
  status: true,
  attribution: true,
};

function readFeatures(value: unknown): Features | null {
  const f = value as Partial<FeaturesRecord> | null;
  if (typeof f !== 'object' || f === null || typeof f.kind !== 'string' || !Object.hasOwn(KINDS, f.kind)) return null;
  if (!isStringOrNull(f.head) || !isStringOrNull(f.subject) || !isPairs(f.bag)) return null;
  const lists = [f.local, f.proper, f.nearNames, f.names, f.figure, f.statusWords];
  if (!lists.every(isStrings)) return null;
  return {
    kind: f.kind,
    head: f.head,
    bag: new Map(f.bag),
    local: new Set(f.local),
    proper: f.proper!,
    nearNames: f.nearNames!,
    names: f.names!,
    figure: new Set(f.figure),
    statusWords: new Set(f.statusWords),
    subject: f.subject,
  };
}

function isMeasure(value: unknown): value is Measure {
  return value === 'money' || value === 'percent' || value === 'count';
}

function isStringOrNull(value: unknown): value is string | null {
  return value === null || typeof value === 'string';
}

function isStrings(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

function isPairs(value: unknown): value is [string, number][] {
  return (
    Array.isArray(value) &&
    value.every((p) => Array.isArray(p) && p.length === 2 && typeof p[0] === 'string' && Number.isFinite(p[1]))
  );
}
