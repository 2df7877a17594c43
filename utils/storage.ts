// Settings and site memory in WXT storage (`storage.local`), versioned so that later shapes migrate old data.
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

export async function setAutoClean(site: string, on: boolean): Promise<Settings> {
  const s = await getSettings();
  const sites = new Set(s.autoCleanSites);
  if (on) sites.add(site);
  else sites.delete(site);
  return updateSettings({ autoCleanSites: [...sites].sort() });
}
