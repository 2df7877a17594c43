// The article's elements, by their snapshot numbers: what Readability took for the article, and what of it the
// clean stage kept. Filled while the pipeline runs over a numbered snapshot (lib/page/snapshot.ts); plain numbers,
// so that it crosses a message channel with the Report.
import { leafBlocks } from '../blocks';
import { fingerprint } from '../fingerprint';
import type { PipelineOptions } from '../pipeline';
import type { Report } from '../types';
import { INDEX_ATTR, indicesUnder } from './snapshot';

export interface ArticleMap {
  /** Numbers of the elements of Readability's article body (before cleaning). */
  extracted: number[];
  /** Numbers of the elements the cleaned article keeps. */
  kept: number[];
  /** Fingerprints of kept blocks that carry no number: Readability made them (a <div> of loose text wrapped in a
   * new <p>); on the live page they are found by their text. */
  keptText?: string[];
  /** Fingerprints of all the cleaned article's blocks, a repeated one as often as it is kept: what the reader shows,
   * which Clean never hides on the live page (lib/page/story-guard.ts). */
  story?: string[];
}

/** Fingerprints of the kept blocks: all of them, and those that Readability made anew (no number of their own). */
function keptBlocks(body: Element): { story: string[]; keptText: string[] } {
  const blocks = leafBlocks(body).map((b) => ({ numbered: b.el.hasAttribute(INDEX_ATTR), fp: fingerprint(b.text) }));
  return { story: blocks.map((b) => b.fp), keptText: blocks.filter((b) => !b.numbered).map((b) => b.fp) };
}

/** Pipeline options that fill `map` as the stages run (the caller's own `observe` still runs). */
export function mappingOptions(opts: PipelineOptions): { opts: PipelineOptions; map: ArticleMap } {
  const map: ArticleMap = { extracted: [], kept: [] };
  const observe: PipelineOptions['observe'] = (stage, body) => {
    if (stage === 'extracted') map.extracted = indicesUnder(body);
    else { map.kept = indicesUnder(body); Object.assign(map, keptBlocks(body)); }
    opts.observe?.(stage, body);
  };
  return { opts: { ...opts, observe }, map };
}

const INDEX_RE = new RegExp(` ${INDEX_ATTR}="\\d+"`, 'g');

/** Take the snapshot's numbers out of the removals' HTML (the reader view and exports show it). */
export function scrubReport(report: Report): Report {
  for (const r of report.removed) if (r.html.includes(INDEX_ATTR)) r.html = r.html.replace(INDEX_RE, '');
  return report;
}
