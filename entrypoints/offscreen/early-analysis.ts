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
  private articles = new Map<number, { url: string; input: AnalyzeInput }>();
  private wanted = new Map<number, { since: number; url?: string }>();

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

  /** A tab's run at `url` came back from the host: with the analysis, nothing is left to start early; without, its
   * article. */
  noteRun(tabId: number, url: string, report: Report | null, analysed: boolean): void {
    const input = !analysed && report ? analysisInput(report) : null;
    if (!input) { this.articles.delete(tabId); return; }
    keep(this.articles, tabId, { url, input }, KEEP_TABS);
    const wish = this.wanted.get(tabId);
    this.wanted.delete(tabId);
    if (wish && Date.now() - wish.since < WANTED_MS && same(wish.url, url)) void this.analyse(input).catch(() => undefined);
  }

  /** The popup opened on `tabId` (at `url`, when it knows): its article's analysis starts now, or as soon as the
   * tab's run is back. */
  wantedFor(tabId: number, url?: string): void {
    const article = this.articles.get(tabId);
    if (article && same(url, article.url)) void this.analyse(article.input).catch(() => undefined);
    else this.wanted.set(tabId, { since: Date.now(), url });
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

/** The same page, or no address to tell (a popup opened for a tab by its id). */
const same = (wanted: string | undefined, url: string) => wanted === undefined || wanted === url;

/** Whether a BroadcastChannel message is the popup's. */
export const isWanted = (m: unknown): m is AnalysisWanted =>
  (m as AnalysisWanted | null)?.type === 'clearpage:analysis-wanted' && typeof (m as AnalysisWanted).tabId === 'number';
