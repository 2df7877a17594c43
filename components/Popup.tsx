// The toolbar popup (also opened as popup.html?tabId=N): the summary of a tab's article and its actions.
import { useEffect, useState } from 'preact/hooks';
import type { Removal, Report } from '../lib/types';
import type { PageState } from '../utils/messages';
import { getSettings, setAutoClean, type ExportFormat, type Settings } from '../utils/storage';
import { cleanPage, getReport, hideBlock, openReader, PageUnavailable, restorePage } from './api';
import { deliver, exportFilename, exportReport, FORMAT_INFO } from './exporting';
import { ArticleHeader, PartyList, QuoteList, RemovedList } from './Summary';

type Phase =
  | { kind: 'loading'; label: string }
  | { kind: 'error'; message: string; unavailable: boolean }
  | { kind: 'not-article'; state: PageState }
  | { kind: 'ready'; state: PageState; report: Report; pageRemovals: Removal[] };

export function Popup({ tabId }: { tabId: number | null }) {
  const [phase, setPhase] = useState<Phase>({ kind: 'loading', label: 'Reading the page…' });
  const [settings, setSettings] = useState<Settings | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [format, setFormat] = useState<ExportFormat>('markdown');

  const load = async (force: boolean) => {
    if (tabId === null) {
      setPhase({ kind: 'error', message: 'No tab to read.', unavailable: true });
      return;
    }
    setPhase({ kind: 'loading', label: force ? 'Extracting the page…' : 'Reading the page…' });
    try {
      const res = await getReport(tabId, force);
      if (!res.report) setPhase({ kind: 'not-article', state: res.state });
      else setPhase({ kind: 'ready', state: res.state, report: res.report, pageRemovals: res.pageRemovals ?? [] });
    } catch (e) {
      setPhase({ kind: 'error', message: e instanceof Error ? e.message : String(e), unavailable: e instanceof PageUnavailable });
    }
  };

  useEffect(() => {
    void getSettings().then((s) => {
      setSettings(s);
      setFormat(s.exportFormat);
    });
    void load(false);
  }, [tabId]);

  const act = async (label: string, fn: () => Promise<{ state: PageState }>) => {
    if (phase.kind !== 'ready') return;
    setBusy(true);
    setStatus(label);
    try {
      const { state } = await fn();
      setPhase({ ...phase, state });
      setStatus('');
    } catch (e) {
      setStatus(`Failed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };

  const doExport = async (target: 'clipboard' | 'file') => {
    if (phase.kind !== 'ready') return;
    try {
      const text = exportReport(phase.report, format);
      setStatus(await deliver(text, target, exportFilename(phase.report, format), FORMAT_INFO[format].mime));
    } catch (e) {
      setStatus(`Export failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  const toggleAuto = async (on: boolean, site: string) => {
    setSettings(await setAutoClean(site, on));
    setStatus(on ? `Articles on ${site} will be cleaned as they load.` : `Auto-clean off for ${site}.`);
  };

  if (phase.kind === 'loading')
    return (
      <main class="cp-popup" aria-busy="true">
        <p class="cp-loading" role="status" data-testid="loading"><span class="cp-spinner" aria-hidden="true" />{phase.label}</p>
      </main>
    );

  if (phase.kind === 'error')
    return (
      <main class="cp-popup">
        <div class="cp-error" role="alert" data-testid="error">
          <p>{phase.message}</p>
          {!phase.unavailable && <button type="button" onClick={() => load(false)}>Try again</button>}
        </div>
      </main>
    );

  if (phase.kind === 'not-article')
    return (
      <main class="cp-popup">
        <div class="cp-notice" data-testid="not-article">
          <h1>This page does not look like a news article</h1>
          <p>Clearpage left it unchanged. If it is an article, it can try to extract it anyway.</p>
          <button type="button" class="cp-primary" data-testid="try-anyway" onClick={() => load(true)}>Try anyway</button>
          <details class="cp-more">
            <summary>Why (score {phase.state.detection.score.toFixed(2)})</summary>
            <ul class="cp-reasons">{phase.state.detection.reasons.map((r) => <li key={r}>{r}</li>)}</ul>
          </details>
        </div>
      </main>
    );

  const { report, state } = phase;
  const autoOn = !!settings && (settings.autoCleanEverywhere || settings.autoCleanSites.includes(state.site));
  return (
    <main class="cp-popup" data-testid="summary">
      {report.error && <p class="cp-error" role="alert">{report.error}</p>}
      <ArticleHeader report={report} />
      <div class="cp-actions" role="group" aria-label="Actions">
        {state.cleaned ? (
          <button type="button" class="cp-primary" data-testid="restore" disabled={busy} onClick={() => act('Restoring…', () => restorePage(tabId!))}>
            Restore page
          </button>
        ) : (
          <button type="button" class="cp-primary" data-testid="clean" disabled={busy} onClick={() => act('Cleaning…', () => cleanPage(tabId!))}>
            Clean this page
          </button>
        )}
        <button type="button" data-testid="reader" onClick={() => openReader(tabId!)}>Reader view</button>
      </div>
      <div class="cp-export" role="group" aria-label="Export">
        <label>
          Export{' '}
          <select data-testid="export-format" value={format} onChange={(e) => setFormat((e.currentTarget as HTMLSelectElement).value as ExportFormat)}>
            {(Object.keys(FORMAT_INFO) as ExportFormat[]).map((f) => <option key={f} value={f}>{FORMAT_INFO[f].label}</option>)}
          </select>
        </label>
        <button type="button" data-testid="export-copy" onClick={() => doExport('clipboard')}>Copy</button>
        <button type="button" data-testid="export-file" onClick={() => doExport('file')}>Download</button>
      </div>
      {state.site && (
        <label class="cp-toggle">
          <input type="checkbox" data-testid="auto-clean" checked={autoOn} disabled={!settings || settings.autoCleanEverywhere}
            onChange={(e) => toggleAuto((e.currentTarget as HTMLInputElement).checked, state.site)} />
          Auto-clean {state.site}{settings?.autoCleanEverywhere ? ' (on everywhere)' : ''}
        </label>
      )}
      <p class="cp-status" role="status" aria-live="polite" data-testid="status">{status}</p>
      <QuoteList quotes={report.quotes} />
      <PartyList parties={report.parties} />
      <RemovedList removed={[...report.removed, ...phase.pageRemovals]} hidden={state.hidden} cleaned={state.cleaned} busy={busy}
        onRestore={(fp) => act('Restoring…', () => restorePage(tabId!, fp))}
        onHide={(fp) => act('Hiding…', () => hideBlock(tabId!, fp))} />
    </main>
  );
}
