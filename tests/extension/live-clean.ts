// The live page cleaned as the extension's controller does it (entrypoints/engine/controller.ts): a numbered
// snapshot, the pipeline on it, the article found again on the page by number, everything else hidden. For tests
// on invented pages in jsdom (no layout: everything counts as rendered).
import { HIDDEN_ATTR } from '../../lib/page/hide';
import { snapshotDocument, snapshotPage } from '../../lib/page/snapshot';
import { mappingOptions, scrubReport } from '../../lib/page/article-map';
import { hideOutsideArticle, locateArticle } from '../../lib/page';
import { runPipeline } from '../../lib/pipeline';

/** Cleans `body` (with `head`) at `url`; `prepare` runs on the page before the snapshot (what a browser would have
 * done to it: a <noscript>'s markup read as text). */
export function cleanLive(head: string, body: string, url: string, prepare?: () => void) {
  document.head.innerHTML = head;
  document.body.innerHTML = body;
  prepare?.();
  const snap = snapshotPage(document);
  const { opts, map } = mappingOptions({ url, force: true, inPlace: true });
  const report = scrubReport(runPipeline(snapshotDocument(document, snap), opts));
  const r = report.article;
  const a = locateArticle(snap.elements, map, { title: r?.title, byline: r?.byline, published: r?.publishedTime, standfirst: r?.standfirst, sponsor: r?.sponsor })!;
  return { report, hid: hideOutsideArticle(document, a, report.removed) };
}

/** The element with this id is hidden (itself or inside a hidden region). */
export const hidden = (id: string): boolean => !!document.getElementById(id)!.closest(`[${HIDDEN_ATTR}]`);
