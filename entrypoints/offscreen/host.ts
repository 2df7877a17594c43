// The pipeline off the page's main thread: the tab sends a numbered snapshot of its page as HTML; here it is parsed
// (DOMParser: no script runs, nothing loads), the pipeline runs over it in place, and the report comes back with the
// article's elements by number, which the tab finds again on the live page (lib/page/).
//
// Model files (the analysis stage's weights) belong here too: this is an extension page, so a loader can read them
// with fetch(browser.runtime.getURL('/ner-models/…')) (utils/ner-models.ts) and hand them to the analysis, cached.
import { analysisInput, analyzeReport, runPipelineInSteps } from '../../lib/pipeline';
import { analyzeArticle, modelFile } from '../../lib/analysis';
import { nerModel } from '../../utils/ner-models';
import { toHtml, toMarkdown, toPlainText } from '../../lib/export';
import { mappingOptions, scrubReport } from '../../lib/page/article-map';
import { resolveHiddenRuns } from '../../lib/hidden-story';
import { headBack } from '../../lib/page/reparse';
import { sanitizeArticleHtml } from '../../utils/sanitize';
import type { ExportKind, ExportResult, HostContext, HostRequest, HostResponse, PageJob, PipelineJob, PipelineResult } from '../../utils/messages';
import type { LearnInput } from '../../lib/site-memory';
import { completeJob, lessonOf, reportOf } from './context';
import { DEFAULT_BUDGET, type Report } from '../../lib/types';
import { flattenDeep } from '../../lib/flatten';
import { EarlyAnalysis } from './early-analysis';

/** Every analysis asked of this host: one a popup started early is found again when its tab asks. */
export const early = new EarlyAnalysis(async (input) => analyzeArticle(input, { ner: await nerModel(modelFile(input)) }));

/**
 * Relative addresses resolve against the page, not this extension page: Readability makes links and images
 * absolute by the document's base URI, which for a parsed copy here is chrome-extension:// (the sanitiser then drops
 * them: the reader view lost every image and link). The page's own <base> is kept, made absolute. (Branch ext.)
 */
function pageBase(doc: Document, url: string): void {
  if (!url) return;
  const own = doc.querySelector('base[href]');
  let href: string;
  try { href = new URL(own?.getAttribute('href') ?? '', url).href; } catch { return; }
  const base = own ?? doc.head.insertBefore(doc.createElement('base'), doc.head.firstChild);
  base.setAttribute('href', href);
}

/** The tab's snapshot as a Document ready for the pipeline; parsed again only for the fallback to Readability alone. */
function parsePage(job: PipelineJob): Document {
  const doc = new DOMParser().parseFromString(job.html, 'text/html');
  headBack(doc); // what the page's scripts put in its head and the parse moved into the body (lib/page/reparse.ts)
  pageBase(doc, job.url);
  resolveHiddenRuns(doc); // before anything reads the copy (lib/hidden-story.ts)
  // The browser's parser caps nesting at 512 levels, the pipeline's budget at fewer: a page between the two is
  // flattened at the budget as the CLI does (lib/flatten.ts), so it is read, not refused.
  flattenDeep(doc.documentElement, DEFAULT_BUDGET.maxDepth, DEFAULT_BUDGET.maxElements);
  return doc;
}

async function runJob(job: PipelineJob): Promise<PipelineResult> {
  const t0 = performance.now();
  const doc = parsePage(job);
  const parseMs = performance.now() - t0;
  const { opts, map } = mappingOptions({
    url: job.url, force: job.force, inPlace: true, parseMs, reparse: () => parsePage(job),
    knownFingerprints: new Set(job.known), removedFingerprints: new Set(job.removed ?? []), keep: new Set(job.keep),
  });
  // In steps: a second request (another tab) gets a turn between the stages.
  const raw = await runPipelineInSteps(doc, opts);
  // The analysis after the pipeline, once the article's language is known and its tagger model fetched (the
  // pipeline's own stages are synchronous; most pages declare no language, so the page cannot say which model).
  const input = job.analyze ? analysisInput(raw) : null;
  if (input) {
    const ner = await nerModel(modelFile(input));
    analyzeReport(raw, (i) => analyzeArticle(i, { ner }));
  }
  const report = scrubReport(raw);
  return { report, map, hostMs: performance.now() - t0 };
}

function exportText(r: Report, format: ExportKind): ExportResult {
  const base = (r.article?.title || (r.url ? new URL(r.url).hostname : '') || 'article')
    .replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 80) || 'article';
  if (format === 'html') return { text: toHtml(r, (h) => sanitizeArticleHtml(h, r.url)), filename: `${base}.html`, mime: 'text/html' };
  if (format === 'text') return { text: toPlainText(r), filename: `${base}.txt`, mime: 'text/plain' };
  return { text: toMarkdown(r), filename: `${base}.md`, mime: 'text/markdown' };
}

/** The reader's settings and the site memory as the background last sent them (null: not yet). */
let context: HostContext | null = null;

/**
 * A tab's snapshot, answered here without the background, when the host holds the context (else undefined: the
 * tab asks the background). `learn` gets what the site memory learns from the answer.
 */
export function runTabJob(page: PageJob, learn: (lesson: LearnInput) => void): Promise<HostResponse> | undefined {
  const ctx = context;
  if (!ctx) return undefined;
  return handleHostRequest({ type: 'clearpage:pipeline', job: completeJob(page, ctx) }).then((res) => {
    // The lesson (block fingerprints of the article) after the answer has gone: off the click → summary path.
    setTimeout(() => { const lesson = lessonOf(page, reportOf(res), ctx); if (lesson) learn(lesson); }, 0);
    return res;
  });
}

/** Requests under way (the warm-up waits for none: warm-up.ts). */
let inFlight = 0;
export const hostBusy = (): boolean => inFlight > 0;

export async function handleHostRequest(req: HostRequest): Promise<HostResponse> {
  inFlight++;
  try {
    switch (req.type) {
      case 'clearpage:context': context = req.context; return { ok: true };
      case 'clearpage:pipeline': return await runJob(req.job);
      case 'clearpage:analyze': return await early.analyse(req.input);
      case 'clearpage:export-text': return exportText(req.report, req.format);
      default: return { error: 'unknown request' };
    }
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  } finally { inFlight--; }
}
