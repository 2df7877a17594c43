// Every-page content script: kept small. It answers the popup, detects articles (cheap, on demand or when
// auto-clean applies). Asked for a report, it starts the run itself (snapshot here, pipeline in the host: the
// summary needs no engine); asked to clean, hide or export, it has the background inject the page engine
// (engine.js), which adopts that run (it is not made twice) and hides and restores on the page.
import { defineContentScript } from 'wxt/utils/define-content-script';
// On this script, wxt/browser is the native API, not the polyfill (wxt.config.ts, utils/native-browser.ts).
import { browser } from 'wxt/browser';
import { onMessage } from '../utils/ext-api';
import { detectArticle } from '../lib/detect';
import type { Detection } from '../lib/types';
import type { ContentRequest, ContentTimings, PageState, ReportResponse } from '../utils/messages';
import type { PageController } from './engine/controller';
import { FirstRun } from './engine/run';
import { autoCleanApplies, readSettings, type Settings } from '../utils/settings';
import { deliverText } from '../utils/download';

const PREHIDE_ID = 'clearpage-prehide';
const PREHIDE_MAX_MS = 2500;
/** How long an article's summary waits for the browser to be idle before it is prepared anyway. */
const PREPARE_WAIT_MS = 2000;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_start',
  main() {
    const t0 = performance.now();
    const timings: ContentTimings = { startMs: 0, detectMs: null, engineLoadMs: null, pipelineMs: null, cleanedAt: null };
    let detection: Detection | null = null;
    let detectedUrl = '';
    let controller: PageController | null = null;
    let enginePromise: Promise<PageController> | null = null;
    let settings: Settings | null = null;
    /** The run this script started before the engine was loaded (the engine adopts it). */
    const first = new FirstRun();
    let lastError: string | undefined;
    const site = () => location.hostname.toLowerCase().replace(/^www\./, '');

    const getSettings = () => readSettings(browser.storage.local);
    const domReady = () =>
      document.readyState !== 'loading'
        ? Promise.resolve()
        : new Promise<void>((r) => document.addEventListener('DOMContentLoaded', () => r(), { once: true }));

    function detect(): Detection {
      if (!detection || detectedUrl !== location.href) {
        const s = performance.now();
        detection = detectArticle(document, location.href);
        detectedUrl = location.href;
        timings.detectMs = performance.now() - s;
      }
      return detection;
    }

    function loadEngine(): Promise<PageController> {
      if (controller) return Promise.resolve(controller);
      enginePromise ??= (async () => {
        const s = performance.now();
        if (!globalThis.__clearpageEngine) {
          const res = (await browser.runtime.sendMessage({ type: 'clearpage:load-engine' })) as { ok: boolean; error?: string } | undefined;
          if (!res?.ok || !globalThis.__clearpageEngine) throw new Error(res?.error || 'could not load the pipeline');
        }
        timings.engineLoadMs = performance.now() - s;
        controller = globalThis.__clearpageEngine.createController(document, () => location.href, first.adopt(location.href));
        return controller;
      })().catch((e) => {
        enginePromise = null;
        throw e;
      });
      return enginePromise;
    }

    const startRun = (force: boolean, analyze: boolean) => first.start(document, location.href, force, analyze);
    const runFor = (force: boolean, analyze: boolean) => first.for(location.href, force, analyze);
    const held = () => first.held(location.href);
    const hasReport = () => controller?.hasReport() ?? !!held();

    async function state(): Promise<PageState> {
      settings ??= await getSettings();
      const hidden = controller?.hidden() ?? [];
      timings.snapshotMs = controller?.snapshotMs() ?? held()?.snapshotMs ?? null;
      timings.hostMs ??= held()?.hostMs ?? null;
      timings.direct ??= held()?.direct ?? null;
      timings.prepared ??= held()?.prepared ?? null;
      return {
        url: location.href,
        site: site(),
        detection: detect(),
        hidden,
        cleaned: hidden.length > 0,
        autoClean: autoCleanApplies(settings, site()),
        forced: controller?.forced() ?? held()?.forced ?? false,
        lastClean: controller?.lastClean() ?? null,
        error: lastError,
        timings,
      };
    }

    async function runReport(force: boolean): Promise<ReportResponse> {
      await domReady();
      const d = detect();
      // A page judged not an article has no report, unless one was forced on it earlier (or now).
      if (!d.isArticle && !force && !hasReport()) return { state: await state(), report: null, pageRemovals: [] };
      const s = performance.now();
      if (!controller) {
        // No engine yet: nothing is hidden, and the summary needs only the run (started here unless one is).
        const run = runFor(force, true) ?? (enginePromise ? null : startRun(force, true));
        if (run) {
          const h = await run;
          timings.pipelineMs ??= performance.now() - s;
          return { state: await state(), report: h.report, pageRemovals: [] };
        }
      }
      const c = await loadEngine();
      const report = await c.report({ force, analyze: true });
      timings.pipelineMs ??= performance.now() - s;
      return { state: await state(), report, pageRemovals: c.pageRemovals() };
    }

    async function clean(force: boolean): Promise<void> {
      await domReady();
      const forced = force || !detect().isArticle;
      const s = performance.now();
      // The snapshot first: the host runs the pipeline while the engine loads.
      if (!controller && !runFor(forced, false)) startRun(forced, false).catch(() => undefined);
      const c = await loadEngine();
      await c.clean(forced);
      timings.pipelineMs ??= performance.now() - s;
      timings.cleanedAt = performance.now();
    }

    async function handle(msg: ContentRequest): Promise<unknown> {
      switch (msg.type) {
        case 'clearpage:status':
          await domReady();
          return { state: await state() };
        case 'clearpage:report':
          return runReport(!!msg.force);
        case 'clearpage:clean':
          await clean(true);
          return { state: await state() };
        case 'clearpage:toggle':
          if (controller?.hidden().length) controller.restore();
          else await clean(true);
          return { state: await state() };
        case 'clearpage:restore':
          controller?.restore(msg.fingerprint);
          return { state: await state() };
        case 'clearpage:hide': {
          const c = await loadEngine();
          await c.hide(msg.fingerprint);
          return { state: await state() };
        }
        case 'clearpage:export': {
          await domReady();
          const c = await loadEngine();
          settings ??= await getSettings();
          const out = await c.exportText(msg.format ?? settings.exportFormat);
          const { copied } = await deliverText(document, out.text, settings.exportTarget, out.filename, out.mime);
          return { ok: true, copied, filename: out.filename };
        }
        default:
          return undefined;
      }
    }

    onMessage((msg: unknown) => {
      const m = msg as ContentRequest;
      if (!m || typeof m.type !== 'string' || !m.type.startsWith('clearpage:')) return undefined;
      return handle(m).catch((e: unknown) => ({ error: e instanceof Error ? e.message : String(e) }));
    });

    // Auto-clean: hide the page until it is cleaned (at most PREHIDE_MAX_MS), so that clutter does not flash.
    void (async () => {
      settings = await getSettings();
      timings.startMs = performance.now() - t0;
      if (!autoCleanApplies(settings, site())) return;
      const style = document.createElement('style');
      style.id = PREHIDE_ID;
      style.textContent = 'html{visibility:hidden!important}';
      document.documentElement.appendChild(style);
      const reveal = () => style.remove();
      const timer = setTimeout(reveal, PREHIDE_MAX_MS);
      try {
        await domReady();
        if (detect().isArticle) {
          await clean(false);
          watchNavigation();
        }
      } catch (e) {
        lastError = e instanceof Error ? e.message : String(e);
      } finally {
        clearTimeout(timer);
        reveal();
      }
    })();

    // Before the click: once an article has loaded and the browser is idle, its run is prepared for the popup
    // (snapshot here, extraction and cleaning in the host; the analysis only once the popup or an export asks). A
    // visible tab only, once a page load; on a page that is not an article, detection is all that runs. Not with
    // auto-clean: it starts its own run.
    function prepareWhenIdle(): void {
      if (document.visibilityState !== 'visible') {
        document.addEventListener('visibilitychange', prepareWhenIdle, { once: true });
        return;
      }
      const idle: (cb: () => void, o: { timeout: number }) => unknown = globalThis.requestIdleCallback ?? ((cb) => setTimeout(cb, 0));
      idle(() => void prepare().catch(() => undefined), { timeout: PREPARE_WAIT_MS });
    }
    async function prepare(): Promise<void> {
      settings ??= await getSettings();
      if (controller || enginePromise || first.has(location.href) || autoCleanApplies(settings, site()) || !detect().isArticle) return;
      await first.start(document, location.href, false, false, true);
    }
    if (document.readyState === 'complete') prepareWhenIdle();
    else addEventListener('load', prepareWhenIdle, { once: true });

    // Single-page apps: when the address changes without a page load, clean the new article once it renders.
    let watching = false;
    function watchNavigation() {
      if (watching) return;
      watching = true;
      let url = location.href;
      setInterval(() => {
        if (location.href === url) return;
        url = location.href;
        controller?.reset();
        detection = null;
        first.forget();
        setTimeout(() => {
          if (detect().isArticle) clean(false).catch((e) => (lastError = String(e)));
        }, 600);
      }, 500);
    }
  },
});
