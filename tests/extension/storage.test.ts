import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { normalizeSettings, readSettings, setAutoClean } from '../../utils/settings';
import { autoCleanApplies, DEFAULT_SETTINGS, getSettings, settingsItem, siteMemoryItem, updateSettings } from '../../utils/storage';

describe('settings storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('falls back to the defaults', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    expect((await siteMemoryItem.getValue()).sites).toEqual({});
  });

  it('migrates version 1 settings (one list of sites, a reader flag)', async () => {
    await fakeBrowser.storage.local.set({ settings: { autoClean: ['news.example'], reader: true }, settings$: { v: 1 } });
    await settingsItem.migrate();
    const s = await getSettings();
    expect(s.autoCleanSites).toEqual(['news.example']);
    expect(s.cleanMode).toBe('reader');
    expect(s.siteMemory).toBe(true);
    expect((await fakeBrowser.storage.local.get('settings$'))['settings$']).toMatchObject({ v: 2 });
  });

  it('turns auto-clean on and off per site (the popup writes directly, WXT storage reads the same)', async () => {
    const local = fakeBrowser.storage.local as unknown as Parameters<typeof setAutoClean>[0];
    let s = await setAutoClean(local, 'news.example', true);
    expect(await getSettings()).toEqual(s);
    expect(autoCleanApplies(s, 'news.example')).toBe(true);
    expect(autoCleanApplies(s, 'other.example')).toBe(false);
    s = await setAutoClean(local, 'news.example', false);
    expect(s.autoCleanSites).toEqual([]);
    s = await updateSettings({ autoCleanEverywhere: true });
    expect(autoCleanApplies(s, 'other.example')).toBe(true);
    expect(autoCleanApplies(s, '')).toBe(false);
  });

  it('drops unknown removal reasons from stored settings', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, keepReasons: ['cookie', 'bogus' as never] });
    expect((await getSettings()).keepReasons).toEqual(['cookie']);
  });

  it("the content script's direct read gives what WXT storage gives (nothing stored, version 1, version 2)", async () => {
    const local = fakeBrowser.storage.local as unknown as Parameters<typeof readSettings>[0];
    expect(await readSettings(local)).toEqual(await getSettings());
    await fakeBrowser.storage.local.set({ settings: { autoClean: ['news.example'], reader: true } }); // v1, no version
    // Read before the extension's pages migrated it: already in the new shape.
    expect(await readSettings(local)).toEqual({ ...DEFAULT_SETTINGS, autoCleanSites: ['news.example'], cleanMode: 'reader' });
    await settingsItem.migrate();
    expect(await readSettings(local)).toEqual(await getSettings());
    await updateSettings({ autoCleanSites: ['a.example', 'a.example', 'b.example'], keepReasons: ['cookie', 'bogus' as never] });
    expect(await readSettings(local)).toEqual(await getSettings());
    expect((await readSettings(local)).autoCleanSites).toEqual(['a.example', 'b.example']);
  });

  it("the page engine's read (the direct read, normalised) gives what getSettings gives, unknown reasons dropped", async () => {
    const local = fakeBrowser.storage.local as unknown as Parameters<typeof readSettings>[0];
    const engineRead = async () => normalizeSettings(await readSettings(local));
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, keepReasons: ['cookie', 'bogus'] }, settings$: { v: 2 } });
    expect((await engineRead()).keepReasons).toEqual(['cookie']);
    expect(await engineRead()).toEqual(await getSettings());
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({ settings: { autoClean: ['news.example'], reader: true } }); // v1, not migrated yet
    expect(await engineRead()).toEqual({ ...DEFAULT_SETTINGS, autoCleanSites: ['news.example'], cleanMode: 'reader' });
  });
});
