// One pipeline run for a tab: a numbered snapshot of the page (on the page's main thread, a few ms), then the
// pipeline in the host, off the page. The snapshot goes straight to the host, which holds the reader's settings and
// the site memory (entrypoints/offscreen/context.ts); a host not open or not primed yet leaves it unanswered, and the
// tab asks the background, which completes the job and opens the host (entrypoints/offscreen/job.ts). Shared by the every-page content script, which
// starts the first run itself the moment the popup asks (the summary needs no engine), and by the page engine's
// controller, which adopts that run and makes the later ones. Small on purpose: it ships in the every-page script.
import { browser } from 'wxt/browser';
import { snapshotPage, serializeSnapshot } from '../../lib/page/snapshot';
import { watchChanges, type ChangeWatch } from './page-changes';
import type { ArticleMap } from '../../lib/page/article-map';
import type { Report } from '../../lib/types';
import type { Analysis } from '../../lib/analysis';
import { analysisInputOf } from '../../lib/analysis/input';
import type { BackgroundRequest, DirectAnalysis, DirectJob, HostResponse, PageJob, PipelineResult } from '../../utils/messages';

/** A report held for one address, with the live elements its snapshot numbered. */
export interface Held {
  url: string;
  forced: boolean;
  report: Report;
  map: ArticleMap;
  elements: Element[];
  analyzed: boolean;
  /** Time the snapshot held the page's main thread (copy, numbering, serialising), ms. */
  snapshotMs: number;
  /** Time the host took (parse, pipeline, analysis when asked), ms. */
  hostMs: number;
  /** The host answered the tab directly (not through the background). */
  direct: boolean;
  /** Made before anyone asked (FirstRun, `prepared`). */
  prepared: boolean;
}

/**
 * A held run answers a request, forced or not: forcing only makes the pipeline extract from a page it does not judge
 * an article, so a run that found an article answers a forced request too (Clean and export do not read the page
 * again after a summary).
 */
export const answers = (h: Pick<Held, 'forced' | 'report'>, force: boolean): boolean => h.forced || !force || h.report.isArticle;

const nextTask = () => new Promise<void>((r) => setTimeout(r, 0));

/** Ask the background (the pipeline host behind it) and unwrap its answer. */
export async function ask<T>(msg: BackgroundRequest): Promise<T> {
  const res = (await browser.runtime.sendMessage(msg)) as HostResponse | undefined;
  if (!res) throw new Error('Clearpage could not reach its pipeline (reload the page and try again).');
  if ('error' in res) throw new Error(res.error);
  return res as T;
}

/** The host's answer to a message sent straight to it; null when no host answered (not open, or not primed). */
async function askDirect(msg: DirectJob | DirectAnalysis): Promise<HostResponse | null> {
  try {
    return ((await browser.runtime.sendMessage(msg)) as HostResponse | undefined) ?? null;
  } catch {
    return null; // no listener kept the channel open
  }
}

/** Snapshot `doc` and have the host run the pipeline on it (with the analysis when `analyze`); `prepared`: before
 * anyone asked (the site memory does not learn from it yet). */
export async function runInHost(doc: Document, url: string, force: boolean, analyze: boolean, prepared = false): Promise<Held> {
  // On the page's main thread: copy and number (one task), then serialise (the next one). Not in the task that
  // brought the request: there, in a tab the popup's tab had sent to the background, the copy took 20-40 ms instead
  // of 5 (Chromium, 2 cores under load; measured with and without this wait, benchmarks/extension.mjs).
  await nextTask();
  let t = performance.now();
  const snap = snapshotPage(doc);
  let snapshotMs = performance.now() - t;
  await nextTask();
  t = performance.now();
  const html = serializeSnapshot(snap);
  snapshotMs += performance.now() - t;
  const job: PageJob = { html, url, force, analyze, ...(prepared ? { prepared } : {}) };
  const direct = await askDirect({ type: 'clearpage:page-job', job });
  if (direct && 'error' in direct) throw new Error(direct.error);
  const res = direct ? (direct as PipelineResult) : await ask<PipelineResult>({ type: 'clearpage:pipeline', job });
  return { url, forced: force, report: res.report, map: res.map, elements: snap.elements, analyzed: analyze, snapshotMs, hostMs: res.hostMs, direct: !!direct, prepared };
}

/** The run with its analysis, asked of the host now if it was made without (a prepared run: the analysis waits
 * until a summary or an export needs it). */
export async function analysed(h: Held): Promise<Held> {
  if (h.analyzed || !h.report.article) return h;
  const a = h.report.article;
  const input = analysisInputOf(a);
  const direct = await askDirect({ type: 'clearpage:analyze-direct', input });
  if (direct && 'error' in direct) throw new Error(direct.error);
  const res = direct ? (direct as Analysis) : await ask<Analysis>({ type: 'clearpage:analyze', input });
  h.report = { ...h.report, quotes: res.quotes, parties: res.parties, article: { ...a, lang: a.lang || res.lang || null } };
  h.analyzed = true;
  return h;
}

/** What the site memory learns from, once a prepared run is used (the background draws the lesson: no site-memory
 * code in the every-page script). */
function learnFrom(h: Held): void {
  const msg: BackgroundRequest = { type: 'clearpage:learn-report', url: h.url, force: h.forced, report: h.report };
  void browser.runtime.sendMessage(msg).catch(() => undefined);
}

interface Run { url: string; force: boolean; analyze: boolean; run: Promise<Held>; held: Held | null; watch: ChangeWatch | null }

/**
 * The run the every-page script starts when the popup asks before the page engine is loaded (the summary needs no
 * engine), or prepares on an article before anyone asks (`prepared`). The engine adopts it when it loads, so that the
 * page is not snapshot and run twice. A prepared run answers only while the page reads as it did at its snapshot
 * (page-changes.ts), and the site memory learns from it only once it is used, as from a run asked for.
 */
export class FirstRun {
  private f: Run | null = null;

  /** Start a run on `doc` (snapshot now; the host works while the page goes on or the engine loads). */
  start(doc: Document, url: string, force: boolean, analyze: boolean, prepared = false): Promise<Held> {
    const watch = prepared ? watchChanges(doc) : null;
    const run = runInHost(doc, url, force, analyze, prepared);
    const f: Run = { url, force, analyze, run, held: null, watch };
    this.f = f;
    run.then((h) => { f.held = h; }, () => { watch?.stop(); if (this.f === f) this.f = null; });
    return run;
  }

  /** The run that answers a request at `url`: forced if asked forced (or it found an article: forcing changes
   * nothing then), analysed if asked (a run made without, a prepared one say, is analysed now); null when there is
   * none. */
  for(url: string, force: boolean, analyze: boolean): Promise<Held> | null {
    const f = this.usable(url);
    if (!f || !(f.force || !force || (!!f.held && answers(f.held, force)))) return null;
    const run = this.use(f);
    if (!analyze || f.analyze) return run;
    f.analyze = true;
    f.run = run.then(analysed);
    return f.run;
  }

  /** Its result, once it is there, for `url`. */
  held(url: string): Held | null {
    return this.f?.held && this.f.held.url === url ? this.f.held : null;
  }

  /** A run at `url` is under way or held (prepared ones included, used or not). */
  has(url: string): boolean {
    return this.f?.url === url;
  }

  /** Hand the run at `url` to the engine, and forget it here. */
  adopt(url: string): Promise<Held> | null {
    const f = this.usable(url);
    this.f = null;
    return f && this.use(f);
  }

  /** The page's address changed: the run no longer answers anything. */
  forget(): void {
    this.f?.watch?.stop();
    this.f = null;
  }

  /** The run at `url`, unless it was prepared and the page has changed since (then it is dropped). */
  private usable(url: string): Run | null {
    const f = this.f;
    if (!f || f.url !== url) return null;
    if (f.watch?.changed()) { this.f = null; return null; }
    return f;
  }

  /** A prepared run is used: the page may change from now on, as after any run, and the site memory learns. */
  private use(f: Run): Promise<Held> {
    if (f.watch) {
      f.watch.stop();
      f.watch = null;
      f.run.then(learnFrom, () => undefined);
    }
    return f.run;
  }
}
