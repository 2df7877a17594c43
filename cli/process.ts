// One input through the pipeline in Node: decode the bytes, parse with linkedom, run the pipeline.
// Used by the CLI's worker thread (so a page that takes too long can be stopped) and by tests.
import { parseHTML } from 'linkedom';
import { decodeBytes } from '../lib/decode';
import { runPipeline, type Analyzer } from '../lib/pipeline';
import { textToHtml } from '../lib/text-input';
import { DEFAULT_BUDGET, type Report } from '../lib/types';
import { analyzeArticle, analysisLanguage } from '../lib/analysis';
import { loadNerModel } from './ner-models';

export interface InputJob {
  file: string;
  bytes: Uint8Array;
  input?: 'html' | 'text';
  url?: string | null;
  force?: boolean;
}

export type JobResult = ({ file: string } & Report) | { file: string; error: string; isArticle: false };

export const inputKind = (file: string, forced?: 'html' | 'text'): 'html' | 'text' =>
  forced ?? (/\.(txt|text|md)$/i.test(file) ? 'text' : 'html');

/** The analysis with the tagger model its text needs, read from disk once a process. */
export const analyzer: Analyzer = (input) => analyzeArticle(input, { ner: loadNerModel(analysisLanguage(input)) });

/**
 * linkedom starts an empty <body> when an element comes before <head> and then keeps the page's real <body> as a
 * second one, which `document.body` does not see (browsers merge the two). Move the real body's content in.
 */
function repairBody(document: Document): void {
  const body = document.body;
  if (!body || body.firstElementChild) return;
  for (let c = document.documentElement.firstElementChild; c; c = c.nextElementSibling) {
    if (c !== body && c.tagName.toUpperCase() === 'BODY') { while (c.firstChild) body.appendChild(c.firstChild); return; }
  }
}

export function processInput(job: InputJob): JobResult {
  const { file } = job;
  if (job.bytes.length === 0) return { file, error: 'empty input', isArticle: false };
  if (job.bytes.length > DEFAULT_BUDGET.maxChars * 2)
    return { file, error: `input too large (${(job.bytes.length / 1e6).toFixed(1)} MB; the limit is ${DEFAULT_BUDGET.maxChars / 1e6} million characters)`, isArticle: false };
  const dec = decodeBytes(job.bytes);
  if (dec.binary) return { file, error: 'binary data, not an HTML page or text', isArticle: false };
  if (!dec.text.trim()) return { file, error: 'empty input (white space only)', isArticle: false };
  if (dec.text.length > DEFAULT_BUDGET.maxChars)
    return { file, error: `input too large (${(dec.text.length / 1e6).toFixed(1)} million characters; the limit is ${DEFAULT_BUDGET.maxChars / 1e6} million)`, isArticle: false };
  const kind = inputKind(file, job.input);
  const t0 = performance.now();
  const html = kind === 'text' ? textToHtml(dec.text).html : dec.text;
  let document: Document;
  try {
    document = parseHTML(html).document as unknown as Document;
  } catch (e) {
    return { file, error: `could not parse the page: ${(e as Error).message}`, isArticle: false };
  }
  repairBody(document);
  const parseMs = performance.now() - t0;
  if (kind === 'html' && !document.documentElement?.textContent?.trim()) return { file, error: 'no text on the page (not an article)', isArticle: false };
  const report = runPipeline(document, { url: job.url, force: job.force, input: kind, inPlace: true, analyze: analyzer, parseMs });
  return { file, ...report };
}
