// Options page: auto-clean sites, clean mode, export defaults, kinds of boilerplate, site memory.
import { useEffect, useState } from 'preact/hooks';
import { memorySummary, emptyMemory, type SiteMemoryState } from '../lib/site-memory';
import { REMOVAL_REASONS, type RemovalReason } from '../lib/types';
import { getSettings, siteMemoryItem, updateSettings, type ExportFormat, type ExportTarget, type Settings } from '../utils/storage';
import { FORMAT_INFO, REASON_LABELS } from './format';

export function Options() {
  const [s, setS] = useState<Settings | null>(null);
  const [memory, setMemory] = useState<SiteMemoryState | null>(null);
  const [newSite, setNewSite] = useState('');
  const [status, setStatus] = useState('');

  useEffect(() => {
    void getSettings().then(setS);
    void siteMemoryItem.getValue().then(setMemory);
  }, []);

  if (!s) return <main class="cp-options"><p role="status">Loading…</p></main>;

  const save = async (patch: Partial<Settings>) => {
    setS(await updateSettings(patch));
    setStatus('Saved');
  };
  const addSite = async (e: Event) => {
    e.preventDefault();
    let site = newSite.trim().toLowerCase();
    try {
      if (site.includes('/')) site = new URL(site.includes('://') ? site : `https://${site}`).hostname;
    } catch { /* keep as typed */ }
    site = site.replace(/^www\./, '');
    if (!/^[a-z0-9.-]+$/.test(site)) { setStatus('Not a site name'); return; }
    await save({ autoCleanSites: [...s.autoCleanSites, site].sort() });
    setNewSite('');
  };
  const toggleReason = (r: RemovalReason, remove: boolean) =>
    save({ keepReasons: remove ? s.keepReasons.filter((x) => x !== r) : [...s.keepReasons, r] });
  const clearMemory = async () => {
    await siteMemoryItem.setValue(emptyMemory());
    setMemory(emptyMemory());
    setStatus('Site memory cleared');
  };
  const sites = memory ? memorySummary(memory) : [];

  return (
    <main class="cp-options">
      <h1>Clearpage options</h1>
      <p class="cp-status" role="status" aria-live="polite">{status}</p>

      <section class="cp-section">
        <h2>Auto-clean</h2>
        <label class="cp-toggle">
          <input type="checkbox" checked={s.autoCleanEverywhere} onChange={(e) => save({ autoCleanEverywhere: (e.currentTarget as HTMLInputElement).checked })} />
          Clean every article page as it loads
        </label>
        <p>Sites cleaned as their articles load:</p>
        <ul class="cp-list" data-testid="auto-sites">
          {s.autoCleanSites.length === 0 && <li class="cp-muted">None yet. Turn it on from the popup, or add a site here.</li>}
          {s.autoCleanSites.map((site) => (
            <li key={site}>
              {site}{' '}
              <button type="button" class="cp-small" onClick={() => save({ autoCleanSites: s.autoCleanSites.filter((x) => x !== site) })} aria-label={`Remove ${site}`}>Remove</button>
            </li>
          ))}
        </ul>
        <form onSubmit={addSite} class="cp-inline">
          <label>Add a site <input type="text" value={newSite} placeholder="example.com" onInput={(e) => setNewSite((e.currentTarget as HTMLInputElement).value)} /></label>
          <button type="submit">Add</button>
        </form>
      </section>

      <section class="cp-section">
        <h2>Cleaning</h2>
        <fieldset>
          <legend>The clean shortcut (Alt+Shift+K)</legend>
          <label><input type="radio" name="mode" checked={s.cleanMode === 'in-place'} onChange={() => save({ cleanMode: 'in-place' })} /> Hide clutter on the page</label>
          <label><input type="radio" name="mode" checked={s.cleanMode === 'reader'} onChange={() => save({ cleanMode: 'reader' })} /> Open the reader view</label>
        </fieldset>
        <fieldset>
          <legend>Kinds of boilerplate to remove</legend>
          <div class="cp-grid">
            {REMOVAL_REASONS.map((r) => (
              <label key={r}>
                <input type="checkbox" checked={!s.keepReasons.includes(r)} onChange={(e) => toggleReason(r, (e.currentTarget as HTMLInputElement).checked)} /> {REASON_LABELS[r]}
              </label>
            ))}
          </div>
        </fieldset>
      </section>

      <section class="cp-section">
        <h2>Export</h2>
        <label>Format{' '}
          <select value={s.exportFormat} onChange={(e) => save({ exportFormat: (e.currentTarget as HTMLSelectElement).value as ExportFormat })}>
            {(Object.keys(FORMAT_INFO) as ExportFormat[]).map((f) => <option key={f} value={f}>{FORMAT_INFO[f].label}</option>)}
          </select>
        </label>{' '}
        <label>Shortcut exports to{' '}
          <select value={s.exportTarget} onChange={(e) => save({ exportTarget: (e.currentTarget as HTMLSelectElement).value as ExportTarget })}>
            <option value="clipboard">the clipboard (a file when the page does not allow it)</option>
            <option value="file">a file</option>
          </select>
        </label>
        <p class="cp-muted">Shortcuts: Alt+Shift+K cleans or restores, Alt+Shift+E exports (change them in the browser's extension shortcuts).</p>
      </section>

      <section class="cp-section">
        <h2>Site memory</h2>
        <label class="cp-toggle">
          <input type="checkbox" checked={s.siteMemory} onChange={(e) => save({ siteMemory: (e.currentTarget as HTMLInputElement).checked })} />
          Learn blocks that recur on a site's articles and remove them
        </label>
        <p class="cp-muted">Only fingerprints (hashes) of blocks are stored, on this device, never page text.</p>
        <ul class="cp-list" data-testid="memory-sites">
          {sites.map((m) => <li key={m.site}>{m.site}: {m.articles} articles read, {m.known} blocks known</li>)}
        </ul>
        <button type="button" data-testid="clear-memory" onClick={clearMemory}>Clear site memory</button>
      </section>
    </main>
  );
}
