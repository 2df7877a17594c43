// What the content script does on an article page once the pipeline is loaded: run it, hide and restore removed
// blocks on the live page, learn site memory, keep late content clean, export. Loaded by entrypoints/engine.ts
// (injected on demand), never by the every-page content script, so that none of this costs on other pages.
import { runPipelineInSteps } from '../lib/pipeline';
import { toHtml, toMarkdown, toPlainText } from '../lib/export';
import {
  findPageFurniture, hideBlocks, hideFurniture, hiddenFingerprints, keptCounts, restoreAll, restoreBlock,
  type FurnitureHit, type HideTarget,
} from '../lib/live-page';
import { keptBlockFingerprints, knownFingerprints, learn, siteKey } from '../lib/site-memory';
import type { Removal, Report } from '../lib/types';
import { getSettings, siteMemoryItem, type ExportFormat, type Settings } from './storage';
import { sanitizeArticleHtml } from './sanitize';
import { analyzeArticle, modelFile } from '../lib/analysis';
import { nerModel } from './ner-models';

export interface PageController {
  /** The page's report (cached per address; `force` extracts even when the page is not detected as an article). */
  report(force?: boolean): Promise<Report>;
  /** Hide the removed blocks (and site-memory blocks); keeps late content clean. Returns the hidden fingerprints. */
  clean(force?: boolean): Promise<string[]>;
  restore(fingerprint?: string): string[];
  /** Clutter outside the article on the live page (counter, comment notice, cookie bar…), as removals. */
  pageRemovals(): Removal[];
  hide(fingerprint: string): Promise<string[]>;
  exportText(format: ExportFormat): Promise<{ text: string; filename: string; mime: string }>;
  /** Forget the cached report and undo the cleaning (single-page-app navigation). */
  reset(): void;
  hidden(): string[];
}

export interface EngineApi {
  createController(doc: Document, getUrl: () => string): PageController;
}

declare global {
  // Set by engine.js in the extension's isolated world, read by the content script.
  var __clearpageEngine: EngineApi | undefined;
}

export function createController(doc: Document, getUrl: () => string): PageController {
  let cached: { url: string; forced: boolean; report: Report; known: Set<string> } | null = null;
  let targets: HideTarget[] = [];
  let kept = new Map<string, number>();
  let observer: MutationObserver | null = null;
  let furniture: FurnitureHit[] = [];
  let furnitureFor: Report | null = null;

  async function computeFurniture(r: Report): Promise<FurnitureHit[]> {
    const settings = await getSettings();
    const keep = new Set<string>(settings.keepReasons);
    const removedFps = new Set(r.removed.map((x) => x.fingerprint));
    furniture = findPageFurniture(doc, keptCounts(r.article?.text)).filter((h) => !keep.has(h.reason) && !removedFps.has(h.fingerprint));
    furnitureFor = r;
    return furniture;
  }

  function toRemoval(h: FurnitureHit): Removal {
    return { text: h.text, reason: h.reason, rule: h.rule, fingerprint: h.fingerprint, index: -1, tag: h.el.tagName.toLowerCase(), html: '' };
  }

  async function report(force = false): Promise<Report> {
    const url = getUrl();
    if (cached && cached.url === url && (cached.forced || !force)) return cached.report;
    const settings = await getSettings();
    const memory = settings.siteMemory ? await siteMemoryItem.getValue() : null;
    const known = memory ? knownFingerprints(memory, url) : new Set<string>();
    // The tagger's model for the page's declared language, loaded before the pipeline runs (an article in another
    // language than its page declares is analysed without a model).
    const file = modelFile({ text: '', lang: doc.documentElement.lang || null });
    const ner = await nerModel(file);
    const analyze = (input: { text: string; lang?: string | null }) => analyzeArticle(input, { ner: modelFile(input) === file ? ner : null });
    // In steps: the page's own scripts and input get a turn between detection, extraction, cleaning and analysis.
    const r = await runPipelineInSteps(doc, { url, force, analyze, knownFingerprints: known, keep: new Set(settings.keepReasons) });
    cached = { url, forced: force, report: r, known };
    if (r.article) await computeFurniture(r);
    if (settings.siteMemory && r.article && (r.isArticle || force)) {
      // Learn after answering: storage writes must not delay the caller.
      void siteMemoryItem.getValue().then((m) =>
        siteMemoryItem.setValue(learn(m, { url, removed: r.removed, kept: keptBlockFingerprints(r.article?.text) })),
      );
    }
    return r;
  }

  function targetsFor(r: Report, settings: Settings, known: Set<string>): HideTarget[] {
    const keep = new Set<string>(settings.keepReasons);
    const out: HideTarget[] = r.removed.filter((x) => !keep.has(x.reason)).map((x) => ({ fingerprint: x.fingerprint, reason: x.reason }));
    if (settings.siteMemory && !keep.has('site-memory')) {
      const have = new Set(out.map((t) => t.fingerprint));
      for (const f of known) if (!have.has(f)) out.push({ fingerprint: f, reason: 'site-memory' });
    }
    return out;
  }

  function observe(): void {
    if (observer || typeof MutationObserver === 'undefined' || !doc.body) return;
    let pending: Element[] = [];
    let timer: ReturnType<typeof setTimeout> | null = null;
    const flush = () => {
      timer = null;
      const roots = pending.filter((el, i) => el.isConnected && !pending.some((o, j) => j !== i && o.contains(el)));
      pending = [];
      if (!roots.length || !targets.length) return;
      // Late content: hide matching blocks inside what was added (not copies the article keeps).
      const late = targets.filter((t) => !kept.has(t.fingerprint));
      for (const root of roots) hideBlocks(doc, late, { root });
    };
    observer = new MutationObserver((records) => {
      for (const rec of records)
        for (const n of Array.from(rec.addedNodes)) if (n.nodeType === 1) pending.push(n as Element);
      if (pending.length && !timer) timer = setTimeout(flush, 150);
    });
    observer.observe(doc.body, { childList: true, subtree: true });
  }

  async function clean(force = false): Promise<string[]> {
    const r = await report(force);
    const settings = await getSettings();
    targets = targetsFor(r, settings, cached?.known ?? new Set());
    kept = keptCounts(r.article?.text);
    hideBlocks(doc, targets, { kept });
    hideFurniture(doc, await computeFurniture(r));
    observe();
    return hiddenFingerprints(doc);
  }

  function restore(fp?: string): string[] {
    if (fp) {
      restoreBlock(doc, fp);
      targets = targets.filter((t) => t.fingerprint !== fp);
    } else {
      restoreAll(doc);
      targets = [];
      observer?.disconnect();
      observer = null;
    }
    return hiddenFingerprints(doc);
  }

  async function hide(fp: string): Promise<string[]> {
    const r = await report();
    const removal = r.removed.find((x) => x.fingerprint === fp);
    const piece = furniture.filter((h) => h.fingerprint === fp);
    if (!removal && piece.length) {
      hideFurniture(doc, piece);
      return hiddenFingerprints(doc);
    }
    const t: HideTarget = { fingerprint: fp, reason: removal?.reason ?? 'site-memory' };
    if (!targets.some((x) => x.fingerprint === fp)) targets.push(t);
    hideBlocks(doc, [t], { kept });
    observe();
    return hiddenFingerprints(doc);
  }

  async function exportText(format: ExportFormat) {
    const r = await report(true);
    const base = (r.article?.title || siteKey(r.url) || 'article').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 80) || 'article';
    if (format === 'html')
      return { text: toHtml(r, (h) => sanitizeArticleHtml(h, r.url)), filename: `${base}.html`, mime: 'text/html' };
    if (format === 'text') return { text: toPlainText(r), filename: `${base}.txt`, mime: 'text/plain' };
    return { text: toMarkdown(r), filename: `${base}.md`, mime: 'text/markdown' };
  }

  function reset(): void {
    restore();
    cached = null;
    furniture = [];
    furnitureFor = null;
  }

  function pageRemovals(): Removal[] {
    return furnitureFor === cached?.report ? furniture.map(toRemoval) : [];
  }

  return { report, clean, restore, hide, exportText, reset, pageRemovals, hidden: () => hiddenFingerprints(doc) };
}
