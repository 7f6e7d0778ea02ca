// The reader's settings: their versioned shape, defaults, and validation that repairs any damaged stored value.

/** The settings shape this build writes. */
export const SETTINGS_VERSION = 1;

/** Where the sidebar docks. */
export type SidebarSide = 'right' | 'left';

/** How the sidebar starts on a recognised article: as the reader last left it, always open, always collapsed. */
export type SidebarStart = 'last' | 'open' | 'collapsed';

/** Version 1 of the reader's settings. */
export interface Settings {
  version: 1;
  /** Highlight disputed figures in the page. */
  highlights: boolean;
  sidebarSide: SidebarSide;
  sidebarStart: SidebarStart;
  /** The reader's last collapse choice, remembered across pages (used when sidebarStart is 'last'). */
  collapsed: boolean;
  /** Check every site automatically; mirrors the optional `<all_urls>` host permission. */
  autoCheckAllSites: boolean;
}

/** Defaults for a first run and for any value that cannot be read. */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  version: 1,
  highlights: true,
  sidebarSide: 'right',
  sidebarStart: 'last',
  collapsed: false,
  autoCheckAllSites: false,
});

/** Upgrades a stored object of version N (the key) to version N + 1; add one entry per future version. */
export type Migrations = Readonly<Record<number, (old: Record<string, unknown>) => Record<string, unknown>>>;

/** What reading a stored value found: usable settings, and whether the stored value must be rewritten. */
export interface ParsedSettings {
  settings: Settings;
  /** True when the stored value was missing, damaged, partly invalid or of an older version. */
  repaired: boolean;
}

const SIDES: readonly SidebarSide[] = ['right', 'left'];
const STARTS: readonly SidebarStart[] = ['last', 'open', 'collapsed'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isBool = (v: unknown): v is boolean => typeof v === 'boolean';

/** One validator per field; a field that fails keeps its default (when loading) or its current value (a patch). */
const VALID: { [K in Exclude<keyof Settings, 'version'>]: (v: unknown) => v is Settings[K] } = {
  highlights: isBool,
  sidebarSide: (v): v is SidebarSide => SIDES.includes(v as SidebarSide),
  sidebarStart: (v): v is SidebarStart => STARTS.includes(v as SidebarStart),
  collapsed: isBool,
  autoCheckAllSites: isBool,
};
const FIELDS = Object.keys(VALID) as (keyof typeof VALID)[];

/** Validates the fields of a current-version object one by one, so one bad field does not lose the others. */
function fromCurrent(obj: Record<string, unknown>): ParsedSettings {
  const settings: Settings = { ...DEFAULT_SETTINGS };
  let repaired = Object.keys(obj).some((k) => k !== 'version' && !Object.hasOwn(VALID, k));
  for (const key of FIELDS) {
    if (VALID[key](obj[key])) (settings as unknown as Record<string, unknown>)[key] = obj[key];
    else repaired = true;
  }
  return { settings, repaired };
}

/**
 * Reads a stored value of any shape. A JSON string is parsed; an older version is migrated; anything missing,
 * unparseable, of an unknown or future version falls back to the defaults with `repaired: true`.
 */
export function parseSettings(raw: unknown, migrations: Migrations = {}): ParsedSettings {
  const fallback: ParsedSettings = { settings: { ...DEFAULT_SETTINGS }, repaired: true };
  let value = raw;
  const wasText = typeof value === 'string';
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value) as unknown;
    } catch {
      return fallback;
    }
  }
  if (!isRecord(value)) return fallback;
  let obj = value;
  let migrated = false;
  // A future version may have changed what a field means, so it is not read field by field.
  while (Number.isInteger(obj.version) && (obj.version as number) < SETTINGS_VERSION) {
    const from = obj.version as number;
    const step = migrations[from];
    if (!step) return fallback;
    const next = step(obj);
    // A migration that does not move the version forward would loop for ever.
    if (!isRecord(next) || !(typeof next.version === 'number' && next.version > from)) return fallback;
    obj = next;
    migrated = true;
  }
  if (obj.version !== SETTINGS_VERSION) return fallback;
  const parsed = fromCurrent(obj);
  return { settings: parsed.settings, repaired: parsed.repaired || migrated || wasText };
}

/** The fields a patch may set (every field but `version`). */
export type SettingsField = (typeof FIELDS)[number];

/** Whether `key` is a settings field and `value` a valid value for it. */
export function isValidSetting(key: string, value: unknown): key is SettingsField {
  return (FIELDS as readonly string[]).includes(key) && VALID[key as SettingsField](value);
}

/** Applies a patch from a caller, keeping only fields that are valid (an invalid field keeps its current value). */
export function applyPatch(current: Settings, patch: Partial<Settings>): Settings {
  const next: Settings = { ...current };
  for (const key of FIELDS) {
    if (key in patch && VALID[key](patch[key])) (next as unknown as Record<string, unknown>)[key] = patch[key];
  }
  return next;
}

/** Whether the sidebar starts collapsed on a newly recognised page. */
export function initialCollapsed(settings: Settings): boolean {
  if (settings.sidebarStart === 'open') return false;
  if (settings.sidebarStart === 'collapsed') return true;
  return settings.collapsed;
}
