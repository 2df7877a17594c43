// Settings and site memory in WXT storage (`storage.local`), versioned so that later shapes migrate old data.
import { storage } from 'wxt/utils/storage';
import { REMOVAL_REASONS, type RemovalReason } from '../lib/types';
import { emptyMemory, type SiteMemoryState } from '../lib/site-memory';

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

/** Version 1 (the first development builds) kept one list of sites and a boolean for reader mode. */
interface SettingsV1 {
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

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 2,
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

export function autoCleanApplies(s: Settings, site: string): boolean {
  return !!site && (s.autoCleanEverywhere || s.autoCleanSites.includes(site));
}

export async function setAutoClean(site: string, on: boolean): Promise<Settings> {
  const s = await getSettings();
  const sites = new Set(s.autoCleanSites);
  if (on) sites.add(site);
  else sites.delete(site);
  return updateSettings({ autoCleanSites: [...sites].sort() });
}
