// The toolbar popup (also opened as popup.html?tabId=N): the summary of a tab's article and its actions.
// It never leaves the reader at a dead end: whatever is hidden on the page can be restored from here, every action
// says what it did in a live region (read out by screen readers), and buttons are never disabled under the
// pointer, so the keyboard focus stays on the control the reader used.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Removal, Report } from '../lib/types';
import type { PageState, ReportResponse } from '../utils/messages';
import { browser } from 'wxt/browser';
import { readSettings, setAutoClean, type ExportFormat, type Settings } from '../utils/settings';
import { cleanPage, getReport, hideBlock, openReader, PageUnavailable, restorePage } from './api';
import { blocksWord, describeClean, describeHidden, FORMAT_INFO, hiddenByReason, REASON_LABELS } from './format';
import { ArticleHeader, ContinuesNotice, PartialNotice, PartyList, QuoteList, RemovedList } from './Summary';

type Phase =
  | { kind: 'loading'; label: string }
  | { kind: 'error'; message: string; unavailable: boolean }
  | { kind: 'not-article'; state: PageState }
  | { kind: 'ready'; state: PageState; report: Report; pageRemovals: Removal[] };

type Ready = Extract<Phase, { kind: 'ready' }>;
const NOTHING_TO_HIDE = 'Nothing to hide: Clearpage found no clutter on this page.';

/**
 * What is hidden on the page now, in words: what the page says its last Clean did when it says so, else counted
 * from the hidden ids and the removals that explain them.
 */
function hiddenNow(p: Ready): string {
  if (!p.state.hidden.length) return '';
  const last = p.state.lastClean;
  return (last && !last.nothingToHide && describeClean(last)) || describeHidden(p.state.hidden, [...p.report.removed, ...p.pageRemovals]);
}

/** What the page looks like now (shown when the popup opens on a page already cleaned). */
function stateLine(p: Ready): string {
  const hidden = hiddenNow(p);
  return hidden ? `Hidden on the page: ${hidden}.` : '';
}

/** What Clean did, as the page reports it. */
function cleanLine(p: Ready): string {
  const last = p.state.lastClean;
  const hidden = hiddenNow(p);
  if (!hidden || last?.nothingToHide) return NOTHING_TO_HIDE;
  return `Hid ${hidden}.${last?.articleNotFound ? ' The article itself could not be found on the page: only the removed blocks were hidden.' : ''}`;
}

/** How many blocks are hidden, for "Restored the page: N blocks visible again". */
const hiddenCount = (p: Ready) =>
  p.state.lastClean && !p.state.lastClean.nothingToHide ? p.state.lastClean.hidden : hiddenByReason(p.state.hidden, [...p.report.removed, ...p.pageRemovals]).total;

/** What the popup shows for the tab's answer. */
const phaseOf = (res: ReportResponse): Phase =>
  res.report ? { kind: 'ready', state: res.state, report: res.report, pageRemovals: res.pageRemovals ?? [] } : { kind: 'not-article', state: res.state };

/**
 * `prefetched`: the first report, asked for by entrypoints/popup/main.tsx before the popup renders, so that the
 * question to the tab does not wait for the first paint; `answered`: that answer, when it came before the first
 * render (a summary prepared before the click): drawn at once, without a loading frame before it.
 */
export function Popup({ tabId, prefetched, answered }: { tabId: number | null; prefetched?: Promise<ReportResponse>; answered?: ReportResponse }) {
  const [phase, setPhase] = useState<Phase>(() => (answered ? phaseOf(answered) : { kind: 'loading', label: 'Reading the page…' }));
  const [settings, setSettings] = useState<Settings | null>(null);
  const [busy, setBusy] = useState(false);
  const busyRef = useRef(false);
  const [status, setStatus] = useState(() => (phase.kind === 'ready' ? stateLine(phase) : ''));
  const [format, setFormat] = useState<ExportFormat>('markdown');

  const load = async (force: boolean, first?: Promise<ReportResponse>) => {
    if (tabId === null) {
      setPhase({ kind: 'error', message: 'No tab to read.', unavailable: true });
      return;
    }
    setPhase({ kind: 'loading', label: force ? 'Extracting the page…' : 'Reading the page…' });
    try {
      const next = phaseOf(await (first ?? getReport(tabId, force)));
      setPhase(next);
      if (next.kind === 'ready') setStatus(stateLine(next));
    } catch (e) {
      setPhase({ kind: 'error', message: e instanceof Error ? e.message : String(e), unavailable: e instanceof PageUnavailable });
    }
  };

  useEffect(() => {
    void readSettings(browser.storage.local).then((s) => {
      setSettings(s);
      setFormat(s.exportFormat);
    });
    if (!answered) void load(false, prefetched);
  }, [tabId]);

  /**
   * Run an action on the tab, then read the page's state back (the report is cached there: a quick answer) so
   * that the popup shows what is true now; `say` turns the new state into the sentence announced.
   */
  const act = async (label: string, fn: () => Promise<{ state: PageState }>, say: (p: Ready, before: Ready | null) => string) => {
    if (busyRef.current || tabId === null) return;
    const before = phase.kind === 'ready' ? phase : null;
    busyRef.current = true;
    setBusy(true);
    setStatus(label);
    try {
      const { state } = await fn();
      const res = await getReport(tabId, false).catch(() => null);
      const next: Ready | null = res?.report
        ? { kind: 'ready', state: res.state, report: res.report, pageRemovals: res.pageRemovals ?? [] }
        : before && { ...before, state };
      if (next) {
        setPhase(next);
        setStatus(say(next, before));
      } else {
        setPhase({ kind: 'not-article', state: res?.state ?? state });
        setStatus(state.hidden.length ? '' : 'Restored: the page is as it was.');
      }
    } catch (e) {
      setStatus(`Failed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      busyRef.current = false;
      setBusy(false);
    }
  };

  const removalsOf = (p: Ready) => [...p.report.removed, ...p.pageRemovals];
  const labelOf = (p: Ready, fp: string) => {
    const r = removalsOf(p).find((x) => x.fingerprint === fp);
    return REASON_LABELS[r?.reason ?? 'site-memory'].toLowerCase();
  };
  const clean = () => act('Cleaning…', () => cleanPage(tabId!), cleanLine);
  const restoreAll = () => act('Restoring…', () => restorePage(tabId!), (p, before) => {
    const was = before ? hiddenCount(before) : 0;
    return p.state.hidden.length ? `Could not restore everything: ${hiddenNow(p)} still hidden.`
      : `Restored the page${was ? `: ${blocksWord(was)} visible again` : ''}.`;
  });
  const restoreOne = (fp: string) => act('Restoring…', () => restorePage(tabId!, fp), (p) => `Restored 1 block (${labelOf(p, fp)}).`);
  const hideOne = (fp: string) => act('Hiding…', () => hideBlock(tabId!, fp), (p) =>
    p.state.hidden.includes(fp) ? `Hid 1 block (${labelOf(p, fp)}).` : 'That block is no longer on the page.');

  const doExport = async (target: 'clipboard' | 'file') => {
    if (phase.kind !== 'ready') return;
    try {
      const { exportTo } = await import('./exporting');
      setStatus(await exportTo(phase.report, format, target));
    } catch (e) {
      setStatus(`Export failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  const toggleAuto = async (on: boolean, site: string) => {
    setSettings(await setAutoClean(browser.storage.local, site, on));
    setStatus(on ? `Articles on ${site} will be cleaned as they load.` : `Auto-clean off for ${site}.`);
  };

  // For benchmarks/extension.mjs: when the reader first sees the summary (click → summary).
  useEffect(() => {
    if (phase.kind === 'ready' && !performance.getEntriesByName('clearpage:summary-shown').length) performance.mark('clearpage:summary-shown');
  }, [phase.kind]);

  const statusRegion = <p class="cp-status" role="status" aria-live="polite" data-testid="status">{status}</p>;

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

  if (phase.kind === 'not-article') {
    const hidden = phase.state.hidden.length;
    return (
      <main class="cp-popup">
        <div class="cp-notice" data-testid="not-article">
          <h1>This page does not look like a news article</h1>
          {hidden ? (
            <>
              <p data-testid="page-state">Clearpage has hidden {blocksWord(hidden)} on it.</p>
              <button type="button" class="cp-primary" data-testid="restore" aria-disabled={busy} onClick={restoreAll}>Restore page</button>
            </>
          ) : (
            <>
              <p>Clearpage left it unchanged. If it is an article, it can try to extract it anyway.</p>
              <button type="button" class="cp-primary" data-testid="try-anyway" onClick={() => load(true)}>Try anyway</button>
            </>
          )}
          {statusRegion}
          <details class="cp-more">
            <summary>Why (score {phase.state.detection.score.toFixed(2)})</summary>
            <ul class="cp-reasons">{phase.state.detection.reasons.map((r) => <li key={r}>{r}</li>)}</ul>
          </details>
        </div>
      </main>
    );
  }

  const { report, state } = phase;
  const autoOn = !!settings && (settings.autoCleanEverywhere || settings.autoCleanSites.includes(state.site));
  return (
    <main class="cp-popup" data-testid="summary">
      {report.error && <p class="cp-error" role="alert">{report.error}</p>}
      {!report.article && <p class="cp-error" data-testid="no-text">Clearpage found no article text on this page.</p>}
      {/* A report on a page that does not read as an article was asked for ("Try anyway", or Clean). */}
      {!state.detection.isArticle && <p class="cp-muted" data-testid="forced">Extracted on request: this page does not read as a news article.</p>}
      <ArticleHeader report={report} />
      <PartialNotice report={report} />
      <ContinuesNotice report={report} />
      <div class="cp-actions" role="group" aria-label="Actions">
        <button type="button" class="cp-primary" data-testid={state.cleaned ? 'restore' : 'clean'} aria-disabled={busy}
          onClick={state.cleaned ? restoreAll : clean}>
          {state.cleaned ? 'Restore page' : 'Clean this page'}
        </button>
        <button type="button" data-testid="reader" onClick={() => openReader(tabId!)}>Reader view</button>
      </div>
      {statusRegion}
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
      <QuoteList quotes={report.quotes} lang={report.article?.lang} text={report.article?.text} />
      <PartyList parties={report.parties} />
      <RemovedList removed={removalsOf(phase)} hidden={state.hidden} cleaned={state.cleaned} busy={busy}
        onRestore={restoreOne} onHide={hideOne} />
    </main>
  );
}
