// A settings change as a press: set some fields, or flip a switch, stamped with when it was pressed. The one
// writer applies presses in the order they were made, even when they arrive from other contexts out of order.
import { isValidSetting, type Settings, type SettingsField } from './settings';

/** Settings fields that are on/off switches, the only ones a press can flip. */
export type SwitchField = 'highlights' | 'collapsed' | 'autoCheckAllSites';

const SWITCHES: readonly SwitchField[] = ['highlights', 'collapsed', 'autoCheckAllSites'];

/** One press: fields set to values, or one switch flipped from whatever it is when the press is applied. */
export type SettingsWrite =
  | { kind: 'set'; patch: Partial<Settings>; at: number }
  | { kind: 'toggle'; field: SwitchField; at: number };

/** Reads a write sent by another context; null for anything else (a damaged or foreign message). */
export function parseWrite(raw: unknown): SettingsWrite | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const w = raw as Record<string, unknown>;
  if (typeof w.at !== 'number' || !Number.isFinite(w.at)) return null;
  if (w.kind === 'toggle' && SWITCHES.includes(w.field as SwitchField))
    return { kind: 'toggle', field: w.field as SwitchField, at: w.at };
  if (w.kind === 'set' && typeof w.patch === 'object' && w.patch !== null && !Array.isArray(w.patch)) {
    return { kind: 'set', patch: w.patch as Partial<Settings>, at: w.at };
  }
  return null;
}

type Field = SettingsField;
type Value = Settings[Field];

interface Press {
  at: number;
  /** Arrival order, for presses stamped in the same millisecond. */
  seq: number;
  toggle: boolean;
  value: Value;
}

/** A field's recent presses and its value before the first of them. */
interface FieldLog {
  base: Value;
  presses: Press[];
}

function fold(log: FieldLog): Value {
  return log.presses.reduce<Value>((v, p) => (p.toggle ? !v : p.value), log.base);
}

/** The fields a write touches, each with the press it makes (an invalid value is dropped, as in applyPatch). */
function pressesOf(write: SettingsWrite): [Field, Omit<Press, 'seq'>][] {
  if (write.kind === 'toggle') return [[write.field, { at: write.at, toggle: true, value: false }]];
  return Object.entries(write.patch)
    .filter(([k, v]) => isValidSetting(k, v))
    .map(([k, v]) => [k as Field, { at: write.at, toggle: false, value: v as Value }]);
}

/** Applies presses in press order, remembering each field's presses of the last `windowMs`. */
export interface WriteLog {
  /** The settings after `write`, given what is stored now. */
  apply(current: Settings, write: SettingsWrite): Settings;
}

/**
 * A log of recent presses per field. A press that arrives after a later one (two contexts pressed a few
 * milliseconds apart) is slotted in by its time and the field is recomputed from the value before them all; a
 * press never undoes another field. `now` stamps presses whose time is in the future (a clock cannot be trusted
 * beyond its own context).
 */
export function createWriteLog(windowMs = 2_000, now: () => number = Date.now): WriteLog {
  const logs = new Map<Field, FieldLog>();
  let seq = 0;
  return {
    apply(current, write) {
      const next: Settings = { ...current };
      for (const [field, press] of pressesOf(write)) {
        let log = logs.get(field);
        // Another writer changed the stored value since (or the log is empty): start again from what is stored.
        if (!log || fold(log) !== current[field]) log = { base: current[field], presses: [] };
        const entry: Press = { ...press, at: Math.min(press.at, now()), seq: ++seq };
        const after = log.presses.findIndex((p) => p.at > entry.at);
        if (after < 0) log.presses.push(entry);
        else log.presses.splice(after, 0, entry);
        const newest = log.presses.at(-1)!.at;
        // Presses older than the window are settled: fold them into the base.
        while (log.presses.length > 1 && log.presses[0]!.at < newest - windowMs) {
          log.base = fold({ base: log.base, presses: [log.presses.shift()!] });
        }
        logs.set(field, log);
        (next as Record<Field, Value>)[field] = fold(log);
      }
      return next;
    },
  };
}
