// The page engine's controller: what the tab does on an article page once the engine is loaded. It takes a numbered
// snapshot of the page, has the pipeline host run the pipeline on it (off the page's main thread), finds the
// article on the live page and hides everything else (lib/page/), restores exactly, learns site memory, keeps late
// content clean and exports. Loaded by entrypoints/engine/index.ts (injected on demand), never by the every-page
// content script.
import { hideOutsideArticle, locateArticle, sampleText, AS_REMOVAL_REASON, PAGE_REASONS, type HideStep, type LiveArticle, type PageCleanResult, type PageReason } from '../../lib/page';
import { CONTAINER, applyHiding, hideBlocks, hiddenFingerprints, keptCounts, restoreAll, restoreBlock } from '../../lib/page/hide';
import { planHiding } from '../../lib/page/plan';
import type { Removal, Report } from '../../lib/types';
import type { ExportKind, ExportResult } from '../../utils/messages';
import { browser } from 'wxt/browser';
import { normalizeSettings, readSettings } from '../../utils/settings';
import { layoutReady } from './layout';
import { analysed, answers, ask, runInHost, type Held } from './run';

export interface ReportOptions {
  /** Extract even when the page is not detected as an article ("Try anyway"); remembered for the page. */
  force?: boolean;
  /** Quotes and parties too (the popup's summary, exports); Clean alone does not need them. */
  analyze?: boolean;
}

export interface PageController {
  /** The page's report, cached per address; a forced run is remembered. */
  report(opts?: ReportOptions): Promise<Report>;
  /** Leave the article: hide everything else on the page. Says what it did. */
  clean(force?: boolean): Promise<PageCleanResult>;
  /** Show again one id (a block's fingerprint or a `page:<reason>` group), or everything. Returns the ids still hidden. */
  restore(id?: string): string[];
  /** Hide again one id that was restored. */
  hide(id: string): Promise<string[]>;
  /** Regions hidden outside the article, one entry per element, as removals the popup can list and restore. */
  pageRemovals(): Removal[];
  exportText(format: ExportKind): Promise<ExportResult>;
  /** Forget the report and undo the cleaning (single-page-app navigation). */
  reset(): void;
  hidden(): string[];
  /** The report held for this address came from a forced run. */
  forced(): boolean;
  /** A report is held for the current address. */
  hasReport(): boolean;
  lastClean(): PageCleanResult | null;
  /** Time the last snapshot held the page's main thread (copy, numbering, serialising), ms. */
  snapshotMs(): number | null;
}

export interface EngineApi {
  /** `first`: a run the content script started before the engine was loaded (adopted, not run again). */
  createController(doc: Document, getUrl: () => string, first?: Promise<Held> | null): PageController;
}

declare global {
  // Set by engine.js in the extension's isolated world, read by the content script.
  var __clearpageEngine: EngineApi | undefined;
}

function ogImage(doc: Document): string | null {
  return doc.querySelector('meta[property="og:image" i], meta[name="og:image" i], meta[name="twitter:image" i]')?.getAttribute('content') ?? null;
}

export function createController(doc: Document, getUrl: () => string, first?: Promise<Held> | null): PageController {
  let held: Held | null = null;
  // The adopted run is held as soon as it ends (it may end before the first call, or have ended already).
  let running: Promise<Held> | null = first ? first.then((h) => (held ??= h)).finally(() => { running = null; }) : null;
  running?.catch(() => undefined); // a failed run is reported to the call that awaits it, if any
  let steps: HideStep[] = [];
  let live: LiveArticle | null = null;
  let last: PageCleanResult | null = null;
  let observer: MutationObserver | null = null;
  let snapMs: number | null = null;

  async function report(opts: ReportOptions = {}): Promise<Report> {
    const url = getUrl();
    const force = !!opts.force, analyze = !!opts.analyze;
    // A run already under way is awaited; a forced request after an unforced run runs again, forced, unless that run
    // found an article (forcing changes nothing then: it only makes the pipeline extract from a page not judged one).
    while (!(held && held.url === url && answers(held, force))) {
      running ??= runInHost(doc, url, force, analyze).finally(() => { running = null; });
      held = await running;
      snapMs = held.snapshotMs;
    }
    return (analyze ? await analysed(held) : held).report;
  }

  function observe(): void {
    if (observer || typeof MutationObserver === 'undefined' || !doc.body) return;
    let pending: Element[] = [];
    let timer: ReturnType<typeof setTimeout> | null = null;
    const flush = () => {
      timer = null;
      const roots = pending.filter((el, i) => el.isConnected && !pending.some((o, j) => j !== i && o.contains(el)));
      pending = [];
      if (!roots.length || !held || !live) return;
      // Late content: a new box outside the article goes like the rest; inside, removed blocks found by their text.
      const fresh = planHiding(doc, live, new Map(held.report.removed.map((r) => [r.fingerprint, r.reason as string])))
        .filter((s) => roots.some((r) => r.contains(s.el)));
      applyHiding(doc, fresh);
      steps.push(...fresh);
      const targets = held.report.removed.map((x) => ({ fingerprint: x.fingerprint, reason: x.reason }));
      const kept = keptCounts(held.report.article?.text);
      for (const root of roots) hideBlocks(doc, targets.filter((t) => !kept.has(t.fingerprint)), { root });
    };
    observer = new MutationObserver((records) => {
      for (const rec of records) for (const n of Array.from(rec.addedNodes)) if (n.nodeType === 1) pending.push(n as Element);
      if (pending.length && !timer) timer = setTimeout(flush, 150);
    });
    observer.observe(doc.body, { childList: true, subtree: true });
  }

  async function clean(force = false): Promise<PageCleanResult> {
    await layoutReady(doc);
    const r = await report({ force });
    const h = held!;
    // Read as utils/storage.ts' getSettings reads them, without WXT storage and its migrations (the extension's
    // pages migrate the stored value): 8 kB less to compile on every page the engine is injected into.
    const settings = normalizeSettings(await readSettings(browser.storage.local));
    const keep = new Set<string>(settings.keepReasons);
    if (!r.article) {
      last = { hidden: 0, byReason: {}, nothingToHide: true, articleNotFound: true };
      return last;
    }
    live = locateArticle(h.elements, h.map, { title: r.article.title, byline: r.article.byline, published: r.article.publishedTime, image: ogImage(doc), standfirst: r.article.standfirst, sponsor: r.article.sponsor });
    if (live) {
      const out = hideOutsideArticle(doc, live, r.removed, keep);
      steps = out.steps;
      last = out.result;
    } else {
      // The article's elements are gone from the page (it re-rendered): hide the removed blocks found by their text.
      const res = hideBlocks(doc, r.removed.filter((x) => !keep.has(x.reason)).map((x) => ({ fingerprint: x.fingerprint, reason: x.reason })), { kept: keptCounts(r.article.text) });
      last = { hidden: res.hidden, byReason: {}, nothingToHide: res.hidden === 0, articleNotFound: true };
    }
    observe();
    return last;
  }

  function restore(id?: string): string[] {
    if (id) restoreBlock(doc, id);
    else {
      restoreAll(doc);
      observer?.disconnect();
      observer = null;
    }
    return hiddenFingerprints(doc);
  }

  async function hide(id: string): Promise<string[]> {
    const again = steps.filter((s) => s.id === id || (s.id === CONTAINER && steps.some((o) => o.id === id && s.el.contains(o.el))));
    if (again.length) applyHiding(doc, again);
    else {
      const r = await report();
      const removal = r.removed.find((x) => x.fingerprint === id);
      if (removal) hideBlocks(doc, [{ fingerprint: id, reason: removal.reason }], { kept: keptCounts(r.article?.text) });
    }
    return hiddenFingerprints(doc);
  }

  function pageRemovals(): Removal[] {
    const out: Removal[] = [];
    for (const s of steps) {
      if (!s.id.startsWith('page:') || !(PAGE_REASONS as readonly string[]).includes(s.reason)) continue;
      const reason = s.reason as PageReason;
      out.push({ text: sampleText(s.el) || `(${s.el.tagName.toLowerCase()} without text)`, reason: AS_REMOVAL_REASON[reason], rule: s.id, fingerprint: s.id, index: -1, tag: s.el.tagName.toLowerCase(), html: '' });
    }
    return out;
  }

  async function exportText(format: ExportKind): Promise<ExportResult> {
    const r = await report({ force: true, analyze: true });
    return ask<ExportResult>({ type: 'clearpage:export-text', report: r, format });
  }

  function reset(): void {
    restore();
    held = null;
    steps = [];
    live = null;
    last = null;
  }

  const current = () => !!held && held.url === getUrl();
  return {
    report, clean, restore, hide, exportText, reset, pageRemovals,
    hidden: () => hiddenFingerprints(doc),
    forced: () => current() && held!.forced,
    hasReport: current,
    lastClean: () => (current() ? last : null),
    snapshotMs: () => snapMs,
  };
}
