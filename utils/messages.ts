// Messages between the popup / reader view / background and the content script. Plain JSON.
import type { Detection, Removal, Report } from '../lib/types';

export type ContentRequest =
  | { type: 'clearpage:report'; force?: boolean }
  | { type: 'clearpage:clean' }
  | { type: 'clearpage:restore'; fingerprint?: string }
  | { type: 'clearpage:hide'; fingerprint: string }
  | { type: 'clearpage:toggle' }
  | { type: 'clearpage:export'; format?: 'markdown' | 'text' | 'html' }
  | { type: 'clearpage:status' };

export interface PageState {
  url: string;
  site: string;
  detection: Detection;
  /** Fingerprints currently hidden on the page. */
  hidden: string[];
  cleaned: boolean;
  autoClean: boolean;
  /** Set when an auto-clean or clean failed. */
  error?: string;
  timings: ContentTimings;
}

export interface ContentTimings {
  /** Time the every-page part took to start (settings read included), ms. */
  startMs: number;
  detectMs: number | null;
  /** Time to fetch and evaluate the pipeline script, ms. */
  engineLoadMs: number | null;
  pipelineMs: number | null;
  /** performance.now() when the page was last cleaned, ms since navigation start. */
  cleanedAt: number | null;
}

export interface ReportResponse {
  state: PageState;
  /** Null on a page that is not an article, unless forced. */
  report: Report | null;
  /** Clutter found outside the article on the live page (hidden by Clean along with report.removed). */
  pageRemovals: Removal[];
}

export type BackgroundRequest = { type: 'clearpage:load-engine' };
