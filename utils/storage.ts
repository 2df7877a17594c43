// Settings, site memory and the reader view's display in WXT storage (`storage.local`), versioned so that later
// shapes migrate old data.
import { storage } from 'wxt/utils/storage';
import { emptyMemory, type SiteMemoryState } from '../lib/site-memory';
import {
  DEFAULT_SETTINGS, migrateSettingsV1, normalizeSettings, SETTINGS_KEY, SETTINGS_VERSION, type Settings, type SettingsV1,
} from './settings';

export {
  autoCleanApplies, DEFAULT_SETTINGS, migrateSettingsV1, normalizeSettings,
  type CleanMode, type ExportFormat, type ExportTarget, type Settings,
} from './settings';

export const settingsItem = storage.defineItem<Settings>(`local:${SETTINGS_KEY}`, {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: {
    2: (old: SettingsV1) => migrateSettingsV1(old),
  },
});

export const siteMemoryItem = storage.defineItem<SiteMemoryState>('local:siteMemory', {
  fallback: emptyMemory(),
  version: 1,
});

export async function getSettings(): Promise<Settings> {
  return normalizeSettings(await settingsItem.getValue());
}

export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = normalizeSettings({ ...(await getSettings()), ...patch });
  await settingsItem.setValue(next);
  return next;
}

/** The reader view's display, remembered for the next article (Firefox's reader view has the same controls). */
export type ReaderTheme = 'auto' | 'light' | 'sepia' | 'dark';
export type ReaderFont = 'serif' | 'sans';
export interface ReaderPrefs {
  theme: ReaderTheme;
  font: ReaderFont;
  /** Text size, px. */
  size: number;
  /** Column width, rem. */
  width: number;
  /** Line height, a multiple of the text size. */
  leading: number;
}

/** The steps the controls move through (the stored value snaps to the nearest). */
export const READER_STEPS = {
  size: [14, 16, 18, 19, 20, 22, 24, 27, 30],
  width: [30, 36, 42, 48, 56, 64],
  leading: [1.3, 1.45, 1.65, 1.85, 2.1],
} as const;
export const READER_THEMES: readonly ReaderTheme[] = ['auto', 'light', 'sepia', 'dark'];
export const DEFAULT_READER_PREFS: ReaderPrefs = { theme: 'auto', font: 'serif', size: 19, width: 42, leading: 1.65 };

const nearest = (steps: readonly number[], v: unknown, fallback: number) =>
  typeof v === 'number' && Number.isFinite(v) ? steps.reduce((a, b) => (Math.abs(b - v) < Math.abs(a - v) ? b : a)) : fallback;

export function normalizeReaderPrefs(v: Partial<ReaderPrefs> | null | undefined): ReaderPrefs {
  const d = DEFAULT_READER_PREFS;
  return {
    theme: READER_THEMES.includes(v?.theme as ReaderTheme) ? (v!.theme as ReaderTheme) : d.theme,
    font: v?.font === 'sans' ? 'sans' : 'serif',
    size: nearest(READER_STEPS.size, v?.size, d.size),
    width: nearest(READER_STEPS.width, v?.width, d.width),
    leading: nearest(READER_STEPS.leading, v?.leading, d.leading),
  };
}

/** One step up (+1) or down (-1) a scale, staying at its ends. */
export function stepReaderPref(prefs: ReaderPrefs, key: keyof typeof READER_STEPS, dir: 1 | -1): ReaderPrefs {
  const steps: readonly number[] = READER_STEPS[key];
  const i = Math.min(steps.length - 1, Math.max(0, steps.indexOf(prefs[key]) + dir));
  return { ...prefs, [key]: steps[i] };
}

export const readerPrefsItem = storage.defineItem<ReaderPrefs>('local:readerPrefs', {
  fallback: DEFAULT_READER_PREFS,
  version: 1,
});

export async function getReaderPrefs(): Promise<ReaderPrefs> {
  return normalizeReaderPrefs(await readerPrefsItem.getValue());
}

export async function setReaderPrefs(p: ReaderPrefs): Promise<ReaderPrefs> {
  const next = normalizeReaderPrefs(p);
  await readerPrefsItem.setValue(next);
  return next;
}
