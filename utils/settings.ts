// The settings' shape, defaults and migration, with no storage library: the every-page content script, the page
// engine and the popup read and write them straight in storage.local, as WXT storage would (utils/storage.ts wraps
// the same keys in WXT storage items for the options page, the background and the pipeline host).
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
function fillSettings(v: Partial<Settings> | null | undefined): Settings {
  const s = { ...DEFAULT_SETTINGS, ...(v ?? {}) };
  s.autoCleanSites = [...new Set(s.autoCleanSites ?? [])];
  return s;
}

/** Filled in, and without the removal reasons this build does not know (a stored value from another build's). */
export function normalizeSettings(v: Partial<Settings> | null | undefined): Settings {
  const s = fillSettings(v);
  s.keepReasons = (s.keepReasons ?? []).filter((r) => (REMOVAL_REASONS as readonly string[]).includes(r));
  return s;
}

/**
 * The settings from what storage.local holds, as WXT storage would give them: a value stored without a version,
 * or with version 1, is migrated (the extension pages write the migrated value back; the content script only reads).
 * `keepReasons` stay as stored: only the engine and the options page use them, through normalizeSettings (the engine)
 * or utils/storage.ts, which drop reasons this build does not know; leaving the reason list out keeps it out of the
 * every-page script.
 */
export function settingsFromStore(value: unknown, meta: unknown): Settings {
  if (value === undefined || value === null) return { ...DEFAULT_SETTINGS };
  const v = (meta as { v?: number } | null | undefined)?.v ?? 1;
  return v < SETTINGS_VERSION ? migrateSettingsV1(value as SettingsV1) : fillSettings(value as Partial<Settings>);
}

/** A storage area (`browser.storage.local`): what these functions need of it. */
export interface Area {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** Read the settings from a storage area (`storage.local` of the native API). */
export async function readSettings(area: Pick<Area, 'get'>): Promise<Settings> {
  const got = await area.get([SETTINGS_KEY, `${SETTINGS_KEY}$`]);
  return settingsFromStore(got[SETTINGS_KEY], got[`${SETTINGS_KEY}$`]);
}

/** Write the settings as WXT storage does (value and version), for pages that do not load WXT storage. */
export async function writeSettings(area: Area, s: Settings): Promise<Settings> {
  const next = normalizeSettings(s);
  await area.set({ [SETTINGS_KEY]: next, [`${SETTINGS_KEY}$`]: { v: SETTINGS_VERSION } });
  return next;
}

/** Turn auto-clean on or off for one site (the popup's checkbox). */
export async function setAutoClean(area: Area, site: string, on: boolean): Promise<Settings> {
  const s = await readSettings(area);
  const sites = new Set(s.autoCleanSites);
  if (on) sites.add(site);
  else sites.delete(site);
  return writeSettings(area, { ...s, autoCleanSites: [...sites].sort() });
}

export function autoCleanApplies(s: Settings, site: string): boolean {
  return !!site && (s.autoCleanEverywhere || s.autoCleanSites.includes(site));
}
