// The analysis of a tab's article, started as the popup opens on that tab rather than when the tab, asked by the
// popup, asks for it. A run prepared before the click (content.ts) comes without its analysis: a summary needs it,
// and the click path was popup → tab → host → tab → popup with the analysis in the middle. The popup's first script
// tells the host at once (a BroadcastChannel between the extension's own pages: no service worker woken), so the
// analysis runs while the popup's question travels to the tab and the tab's to the host, which then finds it done or
// under way. Analyses are kept by their input, so an answer never goes to another article; the tab's note only says
// which article to start early.
import { analysisInput } from '../../lib/pipeline';
import type { Analysis, AnalyzeInput } from '../../lib/analysis';
import type { Report } from '../../lib/types';
import type { AnalysisWanted } from '../../utils/messages';

/** Analyses kept (the article of each open popup, an export soon after). */
const KEEP_ANALYSES = 4;
/** Tabs whose last article without its analysis is remembered. */
const KEEP_TABS = 8;
/** A popup that opened before its tab's run was back wants that run's analysis for this long. */
const WANTED_MS = 5000;

type Analyse = (input: AnalyzeInput) => Promise<Analysis>;

export class EarlyAnalysis {
  private analyses = new Map<string, Promise<Analysis>>();
  private articles = new Map<number, AnalyzeInput>();
  private wanted = new Map<number, number>();

  constructor(private run: Analyse) {}

  /** The analysis of `input`: the one under way or done for the same input, else a new one. */
  analyse(input: AnalyzeInput): Promise<Analysis> {
    const key = [input.lang, input.title, input.site, input.text].join('\u0000');
    let p = this.analyses.get(key);
    if (p) return p;
    p = this.run(input);
    p.catch(() => this.analyses.delete(key));
    keep(this.analyses, key, p, KEEP_ANALYSES);
    return p;
  }

  /** A tab's run came back from the host: with the analysis, nothing is left to start early; without, its article. */
  noteRun(tabId: number, report: Report | null, analysed: boolean): void {
    const input = !analysed && report ? analysisInput(report) : null;
    if (!input) { this.articles.delete(tabId); return; }
    keep(this.articles, tabId, input, KEEP_TABS);
    const since = this.wanted.get(tabId);
    this.wanted.delete(tabId);
    if (since !== undefined && Date.now() - since < WANTED_MS) void this.analyse(input).catch(() => undefined);
  }

  /** The popup opened on `tabId`: its article's analysis starts now, or as soon as the tab's run is back. */
  wantedFor(tabId: number): void {
    const input = this.articles.get(tabId);
    if (input) void this.analyse(input).catch(() => undefined);
    else this.wanted.set(tabId, Date.now());
  }
}

/** Sets `key` last in `map`, dropping the oldest entries beyond `max`. */
function keep<K, V>(map: Map<K, V>, key: K, value: V, max: number): void {
  map.delete(key);
  map.set(key, value);
  for (const k of map.keys()) {
    if (map.size <= max) break;
    map.delete(k);
  }
}

/** Whether a BroadcastChannel message is the popup's. */
export const isWanted = (m: unknown): m is AnalysisWanted =>
  (m as AnalysisWanted | null)?.type === 'clearpage:analysis-wanted' && typeof (m as AnalysisWanted).tabId === 'number';
