// Parsing stored settings: every damaged shape falls back to defaults and asks for a repair.
import { describe, expect, test } from 'vitest';
import {
  applyPatch,
  DEFAULT_SETTINGS,
  initialCollapsed,
  parseSettings,
  type Settings,
} from '../../../lib/settings/settings';

const good: Settings = {
  version: 1,
  highlights: false,
  sidebarSide: 'left',
  sidebarStart: 'collapsed',
  collapsed: true,
  autoCheckAllSites: true,
};

describe('parseSettings', () => {
  test('a valid current value is kept as is and needs no repair', () => {
    expect(parseSettings(good)).toEqual({ settings: good, repaired: false });
  });

  test.each([
    ['missing', undefined],
    ['null', null],
    ['a number', 42],
    ['an array', [good]],
    ['garbage JSON text', '{"version":1,"highlights":'],
    ['no version', { highlights: false }],
    ['an unknown version', { ...good, version: 0 }],
    ['a non-numeric version', { ...good, version: '1' }],
    ['a future version', { ...good, version: 2 }],
  ])('%s falls back to the defaults and asks for a repair', (_name, raw) => {
    expect(parseSettings(raw)).toEqual({ settings: DEFAULT_SETTINGS, repaired: true });
  });

  test('a JSON string of a valid value is read and rewritten as an object', () => {
    expect(parseSettings(JSON.stringify(good))).toEqual({ settings: good, repaired: true });
  });

  test('one field of the wrong type falls back alone; the other fields survive', () => {
    const { settings, repaired } = parseSettings({ ...good, sidebarSide: 'top', highlights: 'yes' });
    expect(repaired).toBe(true);
    expect(settings).toEqual({ ...good, sidebarSide: 'right', highlights: true });
  });

  test('unknown fields are dropped by the repair', () => {
    expect(parseSettings({ ...good, theme: 'dark' })).toEqual({ settings: good, repaired: true });
    // A field named as every object's own properties are is unknown too.
    expect(parseSettings({ ...good, constructor: 1 })).toEqual({ settings: good, repaired: true });
    expect(parseSettings(JSON.parse(`{"version":${good.version},"toString":1}`))).toMatchObject({ repaired: true });
  });

  test('an older version runs through the migration hook, step by step', () => {
    const migrations = {
      0: (old: Record<string, unknown>) => ({ version: 1, highlights: old.highlight === 'on', sidebarSide: old.side }),
    };
    const { settings, repaired } = parseSettings({ version: 0, highlight: 'off', side: 'left' }, migrations);
    expect(repaired).toBe(true);
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, highlights: false, sidebarSide: 'left' });
  });

  test('a migration that does not move the version forward falls back instead of looping', () => {
    const stuck = { 0: (old: Record<string, unknown>) => ({ ...old, version: 0 }) };
    expect(parseSettings({ version: 0 }, stuck)).toEqual({ settings: DEFAULT_SETTINGS, repaired: true });
  });

  test('an older version with no migration falls back to the defaults', () => {
    expect(parseSettings({ version: 0 }, {})).toEqual({ settings: DEFAULT_SETTINGS, repaired: true });
  });
});

describe('applyPatch', () => {
  test('applies valid fields and ignores invalid ones', () => {
    const patch = { highlights: false, sidebarSide: 'middle' } as unknown as Partial<Settings>;
    expect(applyPatch(DEFAULT_SETTINGS, patch)).toEqual({ ...DEFAULT_SETTINGS, highlights: false });
  });

  test('cannot change the version', () => {
    expect(applyPatch(DEFAULT_SETTINGS, { version: 2 } as unknown as Partial<Settings>).version).toBe(1);
  });
});

describe('initialCollapsed', () => {
  test('follows the start setting, or the remembered choice when it says "last"', () => {
    expect(initialCollapsed({ ...DEFAULT_SETTINGS, sidebarStart: 'open', collapsed: true })).toBe(false);
    expect(initialCollapsed({ ...DEFAULT_SETTINGS, sidebarStart: 'collapsed', collapsed: false })).toBe(true);
    expect(initialCollapsed({ ...DEFAULT_SETTINGS, sidebarStart: 'last', collapsed: true })).toBe(true);
    expect(initialCollapsed({ ...DEFAULT_SETTINGS, sidebarStart: 'last', collapsed: false })).toBe(false);
  });
});
