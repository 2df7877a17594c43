// The pipeline: detect → extract → clean → analyse, over a Document, with a budget and timings.
// Pure: hosts (content script, CLI) parse the page, call runPipeline and show or print the Report.
import { analysisInputOf } from './analysis/input';
import { detectWithMeta, overBudget, pageUrl } from './detect';
import { extractArticle } from './extract';
import { cleanArticle } from './clean';
import { PageBlocks } from './blocks';
import { measureTree } from './dom';
import { stripWorkingAttributes } from './html';
import { splitTitle } from './title';
import { jsonLd } from './json-ld';
import { datelineDate } from './dateline';
import { machineTime } from './written-time';
import { pageLang } from './analysis/text/lang';
import { visibleText } from './analysis/text/invisible';
import { paywallVerdict, probePaywall, type PaywallProbe } from './paywall';
import { nextPageOf } from './next-page';
import { DEFAULT_BUDGET, type ArticleMeta, type Budget, type Report, type Removal, type RemovalReason, type Quote, type Party, type Timings } from './types';

export type Analyzer = (input: { text: string; title?: string | null; lang?: string | null; site?: string | null }) => { quotes: Quote[]; parties: Party[]; lang?: string | null };

export interface PipelineOptions {
  url?: string | null;
  /** Extract and clean even when the page does not look like an article ("Try anyway"). */
  force?: boolean;
  /** The document came from plain text (textToHtml): no detection or Readability, the body is the article. */
  input?: 'html' | 'text';
  /** The host owns `doc` (freshly parsed, not a live page): extract from it directly instead of from a copy. */
  inPlace?: boolean;
  budget?: Partial<Budget>;
  /** Site memory: fingerprints of blocks that recur across this site's articles. */
  knownFingerprints?: ReadonlySet<string>;
  /** Of those, the blocks the site's own rules removed on another of its articles. */
  removedFingerprints?: ReadonlySet<string>;
  /** Removal reasons the user wants kept. */
  keep?: ReadonlySet<RemovalReason>;
  /** The analysis stage (quotes and parties); left out, the Report has none. */
  analyze?: Analyzer | null;
  /** A fresh parse of the same page, untouched by any stage: with `inPlace`, the only copy left for the fallback
   * to Readability alone (lib/plain-fallback.ts), asked only when our extraction comes out suspiciously short. */
  reparse?: () => Document | null;
  /** Time already spent parsing, reported in timings. */
  parseMs?: number;
  /** Sees Readability's article body before cleaning and the cleaned body before its working attributes go
   * (lib/page/article-map.ts finds the article on the live page from them). */
  observe?: (stage: 'extracted' | 'cleaned', body: Element) => void;
}

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());


/** Run every stage at once: what the CLI and tests do. */
export function runPipeline(doc: Document, opts: PipelineOptions = {}): Report {
  const run = stages(doc, opts);
  for (;;) { const step = run.next(); if (step.done) return step.value; }
}

/**
 * Run the stages with a pause between them (`pause` resolves when the host is ready to go on, e.g. after a
 * setTimeout(0)), so that a page's own scripts and input are not held up for the whole pipeline at once.
 */
export async function runPipelineInSteps(doc: Document, opts: PipelineOptions = {}, pause: () => Promise<void> = () => new Promise((r) => setTimeout(r, 0))): Promise<Report> {
  const run = stages(doc, opts);
  for (;;) { const step = run.next(); if (step.done) return step.value; await pause(); }
}

/** The pipeline as a generator: it yields between stages and returns the Report. */
function* stages(doc: Document, opts: PipelineOptions): Generator<void, Report, void> {
  const timings: Timings = { parseMs: opts.parseMs ?? 0, detectMs: 0, extractMs: 0, cleanMs: 0, analyzeMs: 0 };
  const report: Report = { url: opts.url || null, isArticle: false, articleScore: 0, reasons: [], article: null, removed: [], quotes: [], parties: [], timings };
  if (!doc.documentElement) return refuse(report, 'no document element (not an HTML page)');

  let t = now();
  const detected = detectStage(doc, opts, report);
  timings.detectMs = now() - t;
  if (detected === REFUSED || (!report.isArticle && !opts.force)) return report;
  yield;

  t = now();
  const extracted = extractStage(doc, opts, report, detected);
  timings.extractMs = now() - t;
  if (!extracted) return report;
  opts.observe?.('extracted', extracted.body);
  yield;

  t = now();
  cleanStage(extracted, opts, report);
  timings.cleanMs = now() - t;

  if (opts.analyze) {
    yield;
    analyzeReport(report, opts.analyze);
  }
  return report;
}

const REFUSED = Symbol('refused');

function refuse(report: Report, why: string): Report {
  report.error = why; report.reasons = [why];
  return report;
}

/** Detection, or for plain text the size check alone: the page's meta tags for extraction, or REFUSED when the
 * page is over budget (too many elements or too deep a nesting: refused before Readability could take too long;
 * detection measures the page on its way through it, plain text is measured here). */
function detectStage(doc: Document, opts: PipelineOptions, report: Report): Detected | typeof REFUSED {
  const budget = { ...DEFAULT_BUDGET, ...opts.budget };
  if (opts.input === 'text') {
    const tooBig = overBudget(measureTree(doc.documentElement, Math.max(budget.maxElements, budget.maxDepth) + 1), budget);
    if (tooBig) { refuse(report, tooBig); return REFUSED; }
    report.isArticle = true; report.articleScore = 1; report.reasons.push('plain text: read as an article');
    return { runChars: 0 };
  }
  const { detection: d, meta: tags, tooBig, runChars } = detectWithMeta(doc, opts.url, budget);
  if (tooBig) { refuse(report, tooBig); return REFUSED; }
  report.isArticle = d.isArticle; report.articleScore = d.score; report.reasons = d.reasons; report.url = withoutTabExtras(absoluteUrl(d.url, tags.get('og:url')), doc);
  return { meta: tags, runChars };
}

/** What detection hands extraction: the meta tags it read, the characters of the page's long runs of text. */
interface Detected { meta?: Map<string, string>; runChars: number }

interface Extracted { meta: ArticleMeta; body: Element; authorAbout: string[]; heldBack?: Removal[]; page?: PageBlocks; paywall?: PaywallProbe; continues?: string | null; declaredUrl?: string | null }

/** Readability's article and its metadata (plain text: the body as it is); null, with the report's error set,
 * when no article text is found. */
function extractStage(doc: Document, opts: PipelineOptions, report: Report, { meta: pageMeta, runChars }: Detected): Extracted | null {
  if (opts.input === 'text') {
    const meta = { title: doc.title || '', byline: null, siteName: null, publishedTime: null, lang: null, excerpt: null };
    return { meta, body: doc.body?.firstElementChild ?? doc.body ?? doc.documentElement, authorAbout: [] };
  }
  const page = new PageBlocks(doc.body ?? doc.documentElement);
  // The page's JSON-LD, parsed once for the paywall probe and the extraction (it was parsed by each).
  const ld = jsonLd(doc);
  const paywall = probePaywall(doc, pageMeta, ld); // before extraction, which may work on `doc` itself
  const pageTitle = doc.title || ''; // before extraction, which may work on `doc` itself
  const continues = nextPageOf(doc, report.url); // the page's pager, before extraction drops it
  const declaredUrl = absoluteUrl(pageUrl(doc), pageMeta?.get('og:url')); // the address the page gives itself
  const fresh = opts.inPlace ? opts.reparse : undefined;
  const x = extractArticle(doc, { url: report.url, meta: pageMeta, inPlace: opts.inPlace, ld, expected: runChars, fresh });
  if (!x) { report.error = 'Readability found no article text on this page'; return null; }
  const { body, authorAbout, heldBack, ...meta } = x;
  // The headline alone, as every surface shows it ("Talks collapse", not "Talks collapse | TheHill"): the site's
  // name is meta.siteName (as the page's <title> writes it, or taken off it when the page declares none). The clean
  // stage's repeated-title test and the analysis read the headline too.
  const declared = meta.siteName;
  meta.siteName = splitTitle(pageTitle || meta.title, meta.siteName, report.url).site;
  if (meta.byline && meta.byline === declared) meta.byline = meta.siteName; // the site as its own author, written alike
  meta.title = splitTitle(meta.title, meta.siteName, report.url).title;
  return { meta, body, authorAbout, heldBack, page, paywall, continues, declaredUrl };
}

/** The clean stage, and the report's article from what it kept. */
function cleanStage({ meta, body, authorAbout, heldBack, page, paywall, continues, declaredUrl }: Extracted, opts: PipelineOptions, report: Report): void {
  const c = cleanArticle(body, { page, knownFingerprints: opts.knownFingerprints, removedFingerprints: opts.removedFingerprints, title: meta.title, keep: opts.keep, siteName: meta.siteName, byline: meta.byline, published: meta.publishedTime, updated: meta.updatedTime, lang: meta.lang, authorAbout, url: report.url, declaredUrl });
  opts.observe?.('cleaned', c.body);
  stripWorkingAttributes(c.body);
  // The part the page held back follows the story's blocks (it was cut before Readability: no place of its own).
  const blocks = c.text.split(/\n{2,}/).length + c.removed.length;
  report.removed = heldBack ? [...c.removed, ...heldBack.map((r, k) => ({ ...r, index: blocks + k }))] : c.removed;
  // The story's language, one for the analysis, the reader and the exports: the declared one unless the clean text
  // contradicts it (a template's "en-US" on an isiZulu story: lib/analysis/text/lang.ts), else the text's guess or
  // none (a page that declares none gets the analysis's guess, analyzeReport). The template's own lines (bylines,
  // the date beside the headline, the metadata's dates) keep the declared one: a template prints them in the
  // language it declares (WordPress formats its dates in the site's locale).
  const lang = meta.lang ? pageLang(meta.lang, c.text) : null;
  // No date in the metadata (or a placeholder): the one the story's dateline prints. A date written for people, not
  // machines ("Fri Apr 28 19:20:36 CEST 2023"), as a timestamp every surface reads on the page's clock.
  meta.publishedTime ??= c.datelines.map((d) => datelineDate(d, lang)).find(Boolean) ?? null;
  if (meta.publishedTime) meta.publishedTime = machineTime(meta.publishedTime, meta.lang);
  if (meta.updatedTime) meta.updatedTime = machineTime(meta.updatedTime, meta.lang);
  const partial = paywall && paywallVerdict(paywall, c.text, report.removed);
  // The text as a reader sees it, without the invisible characters inside words (a soft hyphen cut "Pan-Africanism"
  // for the analysis); the HTML keeps them as the page's hyphenation hints. The only place they go: the analysis
  // reads this text (and the credits after it: analysisInputOf) as given, so its quotes' offsets are into it.
  const withCaptions = c.withCaptions && visibleText(c.withCaptions);
  const credits = c.credits.map(visibleText);
  report.article = { ...meta, lang, html: c.body.innerHTML.trim(), text: visibleText(c.text), ...(withCaptions ? { withCaptions } : {}), ...(credits.length ? { credits } : {}), ...(partial ? { partial } : {}), ...(continues ? { continues } : {}) };
}

/** The input the analysis stage reads from a report's article (a host that loads a model first needs it too). */
export function analysisInput(report: Report): Parameters<Analyzer>[0] | null {
  return report.article ? analysisInputOf(report.article) : null;
}

/** The address the site gives the story where the tab's is the same page with a query or a fragment added
 * ("?ref=rss", "?utm_source=…", "#comments"): the exports and the reader's "Original page" link get the site's. A
 * canonical link to another page, or one with a query of its own, leaves the tab's address as it is. */
function withoutTabExtras(tab: string | null, doc: Document): string | null {
  const own = pageUrl(doc);
  if (!tab || !own || !URL.canParse(tab) || !URL.canParse(own, tab)) return tab;
  const a = new URL(tab), b = new URL(own, tab);
  const samePage = a.host === b.host && a.pathname === b.pathname && !b.search && !b.hash;
  return samePage && (a.search || a.hash) ? b.href : tab;
}

/** A canonical link written relative to the site ("/news/…") made whole against the page's og:url, when that is a
 * web address: the exports' `url`, the links of the article and the clean stage's own-site test need a whole one. */
function absoluteUrl(url: string | null | undefined, base: string | undefined): string | null {
  if (!url || URL.canParse(url)) return url || null;
  return base && /^https?:\/\//i.test(base) && URL.canParse(url, base) ? new URL(url, base).href : url;
}

/** The analysis stage over a report's article: its quotes, parties and time. */
export function analyzeReport(report: Report, analyze: Analyzer): void {
  const input = analysisInput(report);
  if (!input) return;
  const t = now();
  const out = analyze(input);
  ({ quotes: report.quotes, parties: report.parties } = out);
  // A page that declares no language gets the one its text was analysed as (the reader view's lang, the exports').
  if (report.article && !report.article.lang && out.lang) report.article.lang = out.lang;
  report.timings.analyzeMs = now() - t;
}
