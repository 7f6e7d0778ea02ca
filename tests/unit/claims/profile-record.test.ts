// A story's profile written by the index build is, once read back, the profile the engine works out
// from the story's articles; a record that does not fit its story is refused and changes nothing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { adoptStoryProfile, storyProfile } from '../../../lib/claims/fact-profile';
import {
  adoptProfileRecord,
  PROFILE_FORMAT,
  profileFromRecord,
  profileRecord,
  type StoryProfileRecord,
} from '../../../lib/claims/profile-record';
import { GENERATED_DIR, profileFilePath, storyFilePath } from '../../../lib/story/generated-layout';
import { readStoryFile } from '../../../lib/story/story-file';
import type { RuntimeStory } from '../../../lib/story/runtime-types';
import { mali, REPO } from './helpers';

const fresh = (): RuntimeStory => structuredClone(mali);
const record = (): StoryProfileRecord => JSON.parse(JSON.stringify(profileRecord(storyProfile(mali))));

describe("a story's profile as a record", () => {
  test('read back through JSON, it is the profile worked out from the articles', () => {
    const story = fresh();
    const read = profileFromRecord(story, record());
    expect(read).not.toBeNull();
    const worked = storyProfile(fresh());
    expect({ ...read!, story: null }).toEqual({ ...worked, story: null });
    // Each fact is the story's own object, and each exemplar's value its reviewed claim's.
    expect(read!.facts.map((f) => f.fact)).toEqual(story.facts);
    for (const f of read!.facts)
      for (const e of f.exemplars)
        expect(f.fact.claims.some((c) => c.article === e.article && c.value === e.value)).toBe(true);
  });

  test("the index build writes it beside the story's file", () => {
    const dir = join(REPO, GENERATED_DIR);
    const story = readStoryFile(readFileSync(join(dir, storyFilePath(mali.id)), 'utf8'), mali.id);
    const written: unknown = JSON.parse(readFileSync(join(dir, profileFilePath(mali.id)), 'utf8'));
    expect(written).toEqual(record());
    expect(adoptProfileRecord(story, written)).toBe(true);
    expect({ ...storyProfile(story), story: null }).toEqual({ ...storyProfile(fresh()), story: null });
  });

  test('adopted, it is the profile alignment uses, and a later record does not replace it', () => {
    const story = fresh();
    expect(adoptProfileRecord(story, record())).toBe(true);
    const adopted = storyProfile(story);
    expect(adoptProfileRecord(story, record())).toBe(true);
    expect(storyProfile(story)).toBe(adopted);
    expect(adoptStoryProfile(story, () => null)).toBe(true);
  });

  const damaged: [string, (r: StoryProfileRecord) => unknown][] = [
    ['not an object', () => 'profile'],
    ['null', () => null],
    ['another format', (r) => ({ ...r, format: PROFILE_FORMAT + 1 })],
    ['a fact missing', (r) => ({ ...r, facts: r.facts.slice(1) })],
    ['facts in another order', (r) => ({ ...r, facts: [r.facts[1], r.facts[0], ...r.facts.slice(2)] })],
    ['an exemplar of a claim the fact does not have', (r) => withExemplar(r, (e) => ({ ...e, claim: 999 }))],
    ['an exemplar of no claim', (r) => withExemplar(r, (e) => ({ ...e, claim: -1 }))],
    ['an unknown measure', (r) => withExemplar(r, (e) => ({ ...e, measure: 'weight' }))],
    ['an unknown kind', (r) => withExemplar(r, (e) => ({ ...e, features: { ...e.features, kind: 'constructor' } }))],
    ['a bag that is no list of pairs', (r) => withExemplar(r, (e) => ({ ...e, features: { ...e.features, bag: {} } }))],
    [
      'a weight that is no number',
      (r) => withExemplar(r, (e) => ({ ...e, features: { ...e.features, bag: [['x', 'y']] } })),
    ],
    [
      'a list of names with a number',
      (r) => withExemplar(r, (e) => ({ ...e, features: { ...e.features, names: [1] } })),
    ],
    ['no features', (r) => withExemplar(r, ({ features: _, ...e }) => e)],
    ['an idf of no pairs', (r) => ({ ...r, idf: [['soldier']] })],
    ['an infinite idf', (r) => ({ ...r, idf: [['soldier', null]] })],
    ['a unit that is no word', (r) => ({ ...r, facts: r.facts.map((f, i) => (i === 0 ? { ...f, unit: 3 } : f)) })],
    ['places that are no list', (r) => ({ ...r, places: 'mali' })],
  ];

  test.each(damaged)('%s is refused, and the profile is worked out as without it', (_name, damage) => {
    const story = fresh();
    expect(profileFromRecord(story, damage(record()))).toBeNull();
    expect(adoptProfileRecord(story, damage(record()))).toBe(false);
    expect({ ...storyProfile(story), story: null }).toEqual({ ...storyProfile(fresh()), story: null });
  });
});

// The record with its first exemplar changed.
function withExemplar(
  r: StoryProfileRecord,
  change: (e: StoryProfileRecord['facts'][number]['exemplars'][number]) => unknown,
): StoryProfileRecord {
  const at = r.facts.findIndex((f) => f.exemplars.length > 0);
  const facts = r.facts.map((f, i) =>
    i === at ? { ...f, exemplars: [change(f.exemplars[0]!), ...f.exemplars.slice(1)] } : f,
  );
  return { ...r, facts } as StoryProfileRecord;
}
