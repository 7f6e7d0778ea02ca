// Presses applied in press order: the log slots a late arrival in by its time, never lets one field undo another.
import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/settings';
import { createWriteLog, parseWrite, type SettingsWrite } from '../../../lib/settings/settings-writes';

const set = (patch: Partial<Settings>, at: number): SettingsWrite => ({ kind: 'set', patch, at });
const flip = (at: number): SettingsWrite => ({ kind: 'toggle', field: 'highlights', at });

/** Applies writes in arrival order as the writer does: each against what the previous one stored. */
function run(writes: SettingsWrite[], start: Settings = { ...DEFAULT_SETTINGS }, now = 10_000): Settings {
  const log = createWriteLog(2_000, () => now);
  return writes.reduce((stored, w) => log.apply(stored, w), start);
}

describe('createWriteLog', () => {
  test('in press order, every press lands: a set, then a flip of what it set', () => {
    expect(run([set({ highlights: false }, 1), flip(2)]).highlights).toBe(true);
  });

  test('a set that arrives after a later flip is applied before it (press order, not arrival order)', () => {
    // Popup set "off" at t=1; the command flipped at t=2 but reached the writer first.
    expect(run([flip(2), set({ highlights: false }, 1)]).highlights).toBe(true);
    // And the other way round: the flip came first, the later set decides.
    expect(run([set({ highlights: false }, 2), flip(1)]).highlights).toBe(false);
  });

  test('the last of two sets to the same field wins, whichever arrives last', () => {
    expect(run([set({ highlights: false }, 2), set({ highlights: true }, 1)]).highlights).toBe(false);
    expect(run([set({ highlights: true }, 1), set({ highlights: false }, 2)]).highlights).toBe(false);
  });

  test('two presses of different fields never undo each other', () => {
    const after = run([set({ highlights: false }, 5), set({ collapsed: true }, 3)]);
    expect(after).toMatchObject({ highlights: false, collapsed: true });
  });

  test('two flips cancel out in any order; three leave it flipped', () => {
    expect(run([flip(2), flip(1)]).highlights).toBe(true);
    expect(run([flip(3), flip(1), flip(2)]).highlights).toBe(false);
  });

  test('presses older than the window are settled and not reordered any more', () => {
    const log = createWriteLog(2_000, () => 100_000);
    let s = log.apply({ ...DEFAULT_SETTINGS }, set({ highlights: false }, 1_000));
    s = log.apply(s, flip(10_000)); // far later: the first press is settled as the base
    expect(s.highlights).toBe(true);
    s = log.apply(s, set({ highlights: false }, 9_500)); // slots in before the flip
    expect(s.highlights).toBe(true);
  });

  test('a value stored by someone else since restarts the log from the stored value', () => {
    const log = createWriteLog(2_000, () => 10_000);
    let s = log.apply({ ...DEFAULT_SETTINGS }, set({ highlights: false }, 1));
    s = { ...s, highlights: true }; // another writer
    s = log.apply(s, flip(2));
    expect(s.highlights).toBe(false);
  });

  test('invalid values and unknown fields in a set are ignored; valid ones in the same set are kept', () => {
    const after = run([set({ highlights: 'yes', sidebarSide: 'left', nope: 1 } as unknown as Partial<Settings>, 1)]);
    expect(after).toEqual({ ...DEFAULT_SETTINGS, sidebarSide: 'left' });
  });

  test('a press stamped in the future is treated as pressed now', () => {
    // A clock ahead by a minute must not let its press outrank presses made after it.
    expect(run([set({ highlights: false }, 70_000), flip(10_000)], DEFAULT_SETTINGS, 10_000).highlights).toBe(true);
  });
});

describe('parseWrite', () => {
  test('accepts sets and flips of switches; rejects anything else', () => {
    expect(parseWrite({ kind: 'set', patch: { collapsed: true }, at: 5 })).toEqual({
      kind: 'set',
      patch: { collapsed: true },
      at: 5,
    });
    expect(parseWrite({ kind: 'toggle', field: 'highlights', at: 5 })).toEqual({
      kind: 'toggle',
      field: 'highlights',
      at: 5,
    });
    for (const bad of [
      null,
      'set',
      {},
      { kind: 'set', patch: [], at: 1 },
      { kind: 'set', patch: {}, at: 'now' },
      { kind: 'toggle', field: 'sidebarSide', at: 1 },
      { kind: 'toggle', field: 'highlights', at: Number.NaN },
      { kind: 'drop', at: 1 },
    ]) {
      expect(parseWrite(bad)).toBeNull();
    }
  });
});
