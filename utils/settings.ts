// The settings' shape, defaults and migration, with no storage library: the every-page content script reads them
// straight from storage.local (utils/storage.ts wraps the same keys in WXT storage items for extension pages).
import { REMOVAL_REASONS } from '../lib/types';
import type { RemovalReason } from '../lib/types';

export type CleanMode = 'in-place' | 'reader';
export type ExportFormat = 'markdown' | 'text' | 'html';
export type ExportTarget = 'clipboard' | 'file';

export interface Settings {
  /** Sites (host names without www.) cleaned as their articles load. */
  autoCleanSites: string[];
  /** Clean every article page as it loads. */
  autoCleanEverywhere: boolean;
  /** What "Clean" (button and shortcut) does: hide clutter in place, or open the reader view. */
  cleanMode: CleanMode;
  exportFormat: ExportFormat;
  exportTarget: ExportTarget;
  /** Kinds of boilerplate that are left on the page (not hidden). */
  keepReasons: RemovalReason[];
  /** Learn recurring blocks per site (fingerprints only) and remove them. */
  siteMemory: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  autoCleanSites: [],
  autoCleanEverywhere: false,
  cleanMode: 'in-place',
  exportFormat: 'markdown',
  exportTarget: 'clipboard',
  keepReasons: [],
  siteMemory: true,
};

/** storage.local keys: the value, and WXT storage's metadata (`{ v: version }`) beside it. */
export const SETTINGS_KEY = 'settings';
export const SETTINGS_VERSION = 2;

/** Version 1 (the first development builds) kept one list of sites and a boolean for reader mode. */
export interface SettingsV1 {
  autoClean?: string[];
  reader?: boolean;
  exportFormat?: ExportFormat;
}

export function migrateSettingsV1(old: SettingsV1 | null | undefined): Settings {
  return {
    ...DEFAULT_SETTINGS,
    autoCleanSites: Array.isArray(old?.autoClean) ? old!.autoClean.filter((s) => typeof s === 'string') : [],
    cleanMode: old?.reader ? 'reader' : 'in-place',
    exportFormat: old?.exportFormat ?? 'markdown',
  };
}

/** Fill in fields a stored value lacks (e.g. one written by a build with fewer settings). */
export function normalizeSettings(v: Partial<Settings> | null | undefined): Settings {
  const s = { ...DEFAULT_SETTINGS, ...(v ?? {}) };
  s.keepReasons = (s.keepReasons ?? []).filter((r) => (REMOVAL_REASONS as readonly string[]).includes(r));
  s.autoCleanSites = [...new Set(s.autoCleanSites ?? [])];
  return s;
}

/**
 * The settings from what storage.local holds, as WXT storage would give them: a value stored without a version,
 * or with version 1, is migrated (the extension pages write the migrated value back; the content script only reads).
 */
export function settingsFromStore(value: unknown, meta: unknown): Settings {
  if (value === undefined || value === null) return { ...DEFAULT_SETTINGS };
  const v = (meta as { v?: number } | null | undefined)?.v ?? 1;
  return v < SETTINGS_VERSION ? migrateSettingsV1(value as SettingsV1) : normalizeSettings(value as Partial<Settings>);
}

/** Read the settings from a storage area (`storage.local` of the native API). */
export async function readSettings(area: { get(keys: string[]): Promise<Record<string, unknown>> }): Promise<Settings> {
  const got = await area.get([SETTINGS_KEY, `${SETTINGS_KEY}$`]);
  return settingsFromStore(got[SETTINGS_KEY], got[`${SETTINGS_KEY}$`]);
}

export function autoCleanApplies(s: Settings, site: string): boolean {
  return !!site && (s.autoCleanEverywhere || s.autoCleanSites.includes(site));
}
