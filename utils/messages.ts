// Messages between the popup / reader view / background, the tab's content script and the pipeline host. Plain JSON.
// The single source of truth for what crosses a channel: every field is documented here.
//
// Additions for Clean on the live page and the off-page pipeline (branch `page`):
// - PageState.forced: the page's report came from a forced run ("Try anyway"); the popup shows it, not "not an
//   article", and Restore stays available.
// - PageState.lastClean: what the last Clean did (elements hidden by reason, or nothingToHide): say it to the reader.
// - ReportResponse.pageRemovals: one entry per hidden region outside the article (fingerprint `page:<reason>`,
//   rule `page:<reason>`), so the removed list can show and restore them by group.
// - BackgroundRequest 'clearpage:pipeline' / 'clearpage:analyze' / 'clearpage:export-text': the tab asks the
//   background, which runs them in the pipeline host (Chrome: offscreen document; Firefox: a frame of the
//   background page), off the page's main thread. HostRequest is what the background forwards to the host.
// - The tab's 'clearpage:pipeline' carries a PageJob (the snapshot and what was asked); the background completes it
//   with the reader's settings and the site memory (a PipelineJob for the host) and learns the site from the answer,
//   so that the tab reads no storage before its snapshot and the every-page script carries no site memory.
// - The tab sends its PageJob straight to the host first (DirectJob): the host holds the settings and site memory
//   the background sends it (HostRequest 'clearpage:context') and tells the background what to learn (LearnMessage);
//   a host not open or not primed leaves the message unanswered and the tab asks the background.
// - The tab's analysis goes straight to an open host too (DirectAnalysis), else through the background.
import type { Analysis, AnalyzeInput } from '../lib/analysis';
import type { ArticleMap } from '../lib/page/article-map';
import type { PageCleanResult } from '../lib/page';
import type { Detection, Removal, RemovalReason, Report } from '../lib/types';
import type { LearnInput, SiteMemoryState } from '../lib/site-memory';

/** What a page's run needs besides its snapshot, as the pipeline host holds it (entrypoints/offscreen/context.ts). */
export interface HostContext {
  /** Removal reasons the reader keeps. */
  keep: RemovalReason[];
  /** The site memory; null when the reader turned it off. */
  memory: SiteMemoryState | null;
}

export type ExportKind = 'markdown' | 'text' | 'html';

export type ContentRequest =
  | { type: 'clearpage:report'; force?: boolean }
  | { type: 'clearpage:clean' }
  | { type: 'clearpage:restore'; fingerprint?: string }
  | { type: 'clearpage:hide'; fingerprint: string }
  | { type: 'clearpage:toggle' }
  | { type: 'clearpage:export'; format?: ExportKind }
  | { type: 'clearpage:status' };

export interface PageState {
  url: string;
  site: string;
  detection: Detection;
  /** Ids currently hidden on the page: removed blocks' fingerprints and `page:<reason>` region groups. */
  hidden: string[];
  cleaned: boolean;
  autoClean: boolean;
  /** The report held for this page came from a forced run ("Try anyway" on a page judged not an article).
   * Always set by the content script (optional only for older senders and test fixtures). */
  forced?: boolean;
  /** What the last Clean on this page did; null before any Clean (or after the page changed address). Always set
   * by the content script. */
  lastClean?: PageCleanResult | null;
  /** Set when an auto-clean or clean failed. */
  error?: string;
  timings: ContentTimings;
}

export interface ContentTimings {
  /** Time the every-page part took to start (settings read included), ms. */
  startMs: number;
  detectMs: number | null;
  /** Time to fetch and evaluate the page engine (snapshot, hide, restore), ms. */
  engineLoadMs: number | null;
  /** Time from asking for the report to having it (snapshot + pipeline host round trip), ms. */
  pipelineMs: number | null;
  /** Of which on the page's main thread: copying and numbering the page, and serialising the copy, ms. */
  snapshotMs?: number | null;
  /** Of which in the pipeline host: parse, pipeline (and analysis when asked), ms. */
  hostMs?: number | null;
  /** The snapshot went straight to the host (true), or through the background (false: the host was not primed). */
  direct?: boolean | null;
  /** The report was prepared before the popup asked (true), or made when asked (false). */
  prepared?: boolean | null;
  /** performance.now() when the page was last cleaned, ms since navigation start. */
  cleanedAt: number | null;
}

export interface ReportResponse {
  state: PageState;
  /** Null on a page that is not an article, unless forced (now or earlier on this page). */
  report: Report | null;
  /** Clutter hidden outside the article on the live page, one entry per region (restorable by fingerprint). */
  pageRemovals: Removal[];
}

/** A pipeline run, as the tab asks for it. */
export interface PageJob {
  /** The numbered snapshot of the page (lib/page/snapshot.ts), as HTML. */
  html: string;
  url: string;
  force: boolean;
  /** Run the analysis stage (quotes, parties) too: only when a summary or an export needs it. */
  analyze: boolean;
  /** Prepared before anyone asked (an article, once loaded, at idle): the site memory learns only once it is used
   * ('clearpage:learn-report'). */
  prepared?: boolean;
}

/** A pipeline run, as the background hands it to the host (the tab's PageJob with settings and site memory). */
export interface PipelineJob extends PageJob {
  /** Site memory: fingerprints of blocks this site repeats. */
  known: string[];
  /** Of those, the blocks the site's own rules removed on another article. */
  removed?: string[];
  /** Removal reasons the reader keeps. */
  keep: RemovalReason[];
}

export interface PipelineResult {
  report: Report;
  /** The article's elements by snapshot number. */
  map: ArticleMap;
  /** Time in the host: parse + pipeline (+ analysis), ms. */
  hostMs: number;
}

export interface ExportResult { text: string; filename: string; mime: string }

export type BackgroundRequest =
  | { type: 'clearpage:load-engine' }
  | { type: 'clearpage:pipeline'; job: PageJob }
  | { type: 'clearpage:analyze'; input: AnalyzeInput }
  | { type: 'clearpage:export-text'; report: Report; format: ExportKind }
  /** A prepared run was used: the background learns the site from its report (not answered). */
  | { type: 'clearpage:learn-report'; url: string; force: boolean; report: Report };

/** What the background forwards to the pipeline host; answered with PipelineResult, Analysis or ExportResult
 * ({ ok: true } for 'clearpage:context': the settings and site memory the host keeps to answer tabs directly). */
export type HostRequest =
  | { type: 'clearpage:pipeline'; job: PipelineJob }
  | { type: 'clearpage:context'; context: HostContext }
  | Exclude<BackgroundRequest, { type: 'clearpage:load-engine' | 'clearpage:pipeline' | 'clearpage:learn-report' }>;
export type HostResponse = PipelineResult | Analysis | ExportResult | { ok: true } | { error: string };
export interface HostMessage { type: 'clearpage:host'; request: HostRequest }

/** A tab's job straight to the host: answered with a PipelineResult by a host that holds its
 * context, else by no one (the tab then sends 'clearpage:pipeline' to the background). */
export interface DirectJob { type: 'clearpage:page-job'; job: PageJob }
/** A tab's analysis straight to the host: answered with an Analysis by an open host (it needs no context), else by
 * no one (the tab then asks the background, which opens the host). Skips the hop through the background, which in
 * Chrome is a service worker that may first have to wake. */
export interface DirectAnalysis { type: 'clearpage:analyze-direct'; input: AnalyzeInput }
/** The popup, as it opens, to the pipeline host on HOST_CHANNEL (a BroadcastChannel between the extension's own
 * pages): the summary of this tab is wanted, so the analysis of the article the host last ran for it may start now
 * (entrypoints/offscreen/early-analysis.ts). Not answered. */
export interface AnalysisWanted {
  type: 'clearpage:analysis-wanted';
  tabId: number;
  /** The tab's address, when the popup knows it: an article the tab showed before is not started. */
  url?: string;
}
export const HOST_CHANNEL = 'clearpage:host';
/** The host to the background after answering a tab directly: what the site memory learns from that run. */
export interface LearnMessage { type: 'clearpage:learn'; lesson: LearnInput }
