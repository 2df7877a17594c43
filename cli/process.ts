// One input through the pipeline in Node: decode the bytes, parse with linkedom, run the pipeline. Returns the
// Report, or `{ file, error }` with a message a person understands for an input that could not be processed.
// No I/O here: the caller reads the bytes (cli/read.ts) and prints (cli/output.ts); tests call it directly.
import { parseHTML } from 'linkedom';
import { decodeBytes } from '../lib/decode';
import { runPipeline, type Analyzer, type PipelineOptions } from '../lib/pipeline';
import { textToHtml } from '../lib/text-input';
import { DEFAULT_BUDGET, type Report } from '../lib/types';
import { normalizeTree } from './tree';
import { flattenDeep } from '../lib/flatten';
import { fingerprintsOf, pageFingerprints, type PageFingerprints } from '../lib/clean/batch';
import { scanHtmlText } from './scan';
import { bodyOffset, headAddress, indexOfAscii } from './head';

export interface InputJob {
  file: string;
  bytes: Uint8Array;
  input?: 'html' | 'text';
  url?: string | null;
  charset?: string | null;
  /** Extract and clean pages that do not read as articles too (every command but `analyze --articles-only`). */
  force?: boolean;
  /** The analysis stage, when the output prints quotes or parties; left out, none is run. */
  analyze?: Analyzer | null;
  /** What a batch passes on from page to page (site memory: fingerprints of blocks that recur on a site). */
  options?: Pick<PipelineOptions, 'knownFingerprints' | 'keep'>;
}

/** An input that gave no result: why, in words for a person; and when the page was read and detected but gave no
 * article text, its detection too (whether it reads as an article is known, and a batch's reader relies on it). */
export type Failure = { file: string; error: string } & Partial<Pick<Report, 'url' | 'isArticle' | 'articleScore' | 'reasons'>>;
export type JobResult = ({ file: string } & Report) | Failure;

export const failed = (r: JobResult): r is Failure => !('timings' in r);

/** Most bytes read for one input: any encoding of the character limit fits (UTF-8 needs 3 bytes a BMP character). */
export const MAX_INPUT_BYTES = DEFAULT_BUDGET.maxChars * 3;

export const inputKind = (file: string, forced?: 'html' | 'text'): 'html' | 'text' =>
  forced ?? (/\.(txt|text|md)$/i.test(file) ? 'text' : 'html');

/** The page as a Document shaped as a browser shapes it: <html>, <head>, <body> (linkedom makes none for bare text). */
function parsePage(html: string, budget = DEFAULT_BUDGET): Document {
  let document = parseHTML(html).document as unknown as Document;
  if (!document.documentElement || !document.body) {
    const bare = html.replace(/<!doctype[^>]*>/i, '');
    document = parseHTML(`<!DOCTYPE html><html><head></head><body>${bare}</body></html>`).document as unknown as Document;
  }
  normalizeTree(document);
  // Nested past the depth budget (every closing tag dropped): flattened at the cap as a browser's parser would,
  // so the page is read, not refused.
  flattenDeep(document.documentElement, budget.maxDepth, budget.maxElements);
  return document;
}

/** Why a page gave no article, in words for a person. */
function noArticle(document: Document): string {
  const frames = Array.from(document.querySelectorAll('frame[src], iframe[src]')).map((f) => f.getAttribute('src')).slice(0, 3);
  if (document.querySelector('frameset'))
    return `a frameset page: its text is in the pages of its frames${frames.length ? ` (${frames.join(', ')})` : ''}, not in this file`;
  // (Readability, working on the page itself, can leave it without a root element: linkedom then throws for its body)
  const body = document.documentElement ? document.body : null;
  if (!(body?.textContent ?? '').trim()) return 'no article text found: the page has no text';
  return 'no article text found: Readability found nothing to extract (a page of links, a form, or a page built by scripts?)';
}

/**
 * The page's address as its head gives it (its first canonical link), from a parse of the text before `<body`
 * only: the cheap first look of a batch's site memory. The parser drops a tag the cut leaves open, so a canonical
 * link found here is the first of the whole page, the one `pageUrl` reads. `undefined` when only a full parse can
 * tell; `null` when the page names no address (or is not a page the scan reads).
 */
export function headUrl(job: InputJob): string | null | undefined {
  if (job.url) return job.url;
  if (inputKind(job.file, job.input) !== 'html' || job.bytes.length > MAX_INPUT_BYTES) return null;
  const cut = bodyOffset(job.bytes);
  if (cut < 0) return undefined;
  const dec = decodeBytes(job.bytes.subarray(0, cut), job.charset);
  if (dec.error) return null;
  const { canonical, ogUrl } = headAddress(dec.text, true);
  if (canonical?.href) return canonical.href;
  // pageUrl goes on to a canonical link in the body (when the head has none) or to og:url: the head tells only
  // when the rest of the page names neither.
  if ((!canonical && indexOfAscii(job.bytes, 'canonical', cut) >= 0) || indexOfAscii(job.bytes, 'og:url', cut) >= 0) return undefined;
  return ogUrl;
}

/**
 * A page's address and block fingerprints only: the first pass of a batch's site memory (lib/clean/batch.ts), read
 * from the parser's events (cli/scan.ts); a page linkedom would reshape is parsed in full instead.
 */
export function scanInput(job: InputJob): PageFingerprints | null {
  const dec = decodeBytes(job.bytes, job.charset);
  if (dec.error || !dec.text.trim() || dec.text.length > DEFAULT_BUDGET.maxChars || inputKind(job.file, job.input) !== 'html') return null;
  const scan = scanHtmlText(dec.text);
  if (!scan) return pageFingerprints(parsePage(dec.text), job.url);
  return { url: job.url || scan.canonical || scan.ogUrl || null, fingerprints: fingerprintsOf(scan.blocks) };
}

export function processInput(job: InputJob): JobResult {
  const { file } = job;
  const fail = (error: string): Failure => ({ file, error });
  // A page detected, then found without article text (extraction or cleaning left none): the error, and the detection
  // it had (a non-article page whose cleaning empties it is still a page that is not an article).
  const textless = (r: Report, error: string): Failure => ({ file, error, url: r.url, isArticle: r.isArticle, articleScore: r.articleScore, reasons: r.reasons });
  if (job.bytes.length === 0) return fail('empty file');
  if (job.bytes.length > MAX_INPUT_BYTES) return fail(`too large (${(job.bytes.length / 1e6).toFixed(1)} MB; the limit is ${MAX_INPUT_BYTES / 1e6} MB)`);
  const dec = decodeBytes(job.bytes, job.charset);
  if (dec.error) return fail(dec.error);
  if (!dec.text.trim()) return fail('empty (white space only)');
  if (dec.text.length > DEFAULT_BUDGET.maxChars)
    return fail(`too large (${(dec.text.length / 1e6).toFixed(1)} million characters; the limit is ${DEFAULT_BUDGET.maxChars / 1e6} million)`);
  const kind = inputKind(file, job.input);
  const t0 = performance.now();
  const html = kind === 'text' ? textToHtml(dec.text).html : dec.text;
  const document = parsePage(html);
  const parseMs = performance.now() - t0;
  // The page is worked on in place: a second parse, only when the fallback to Readability alone is needed.
  const reparse = () => parsePage(html);
  const report = runPipeline(document, { ...job.options, url: job.url, force: job.force, input: kind, inPlace: true, reparse, analyze: job.analyze, parseMs });
  if (report.error && !report.article) return /no article text/i.test(report.error) ? textless(report, noArticle(document)) : fail(report.error);
  if (report.article && !report.article.text.trim()) {
    const why = [...new Set(report.removed.map((r) => r.reason))].join(', ');
    return textless(report, `no article text found: ${why ? `every block Readability found was removed as page furniture (${why})` : 'what Readability found has no text'}`);
  }
  return { file, ...report };
}
