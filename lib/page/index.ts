// Clean on the live page: leave the article. The pipeline ran on a numbered snapshot of the page (snapshot.ts) and
// says which elements its article keeps (article-map.ts); here they are found on the live page (article.ts),
// everything else is judged (plan.ts, furniture.ts) and hidden by our attribute (hide.ts), so that Restore gives the
// page back exactly.
import type { Removal } from '../types';
import { AS_REMOVAL_REASON, PAGE_REASONS, type PageReason } from './furniture';
import { locateArticle, type ArticleFacts, type LiveArticle } from './article';
import { planHiding, type HideStep } from './plan';
import { CONTAINER, applyHiding } from './hide';
import type { ArticleMap } from './article-map';

export { locateArticle, planHiding, applyHiding, PAGE_REASONS, AS_REMOVAL_REASON };
export type { ArticleFacts, LiveArticle, HideStep, PageReason, ArticleMap };

/** What one Clean did on the live page, for the popup to say. */
export interface PageCleanResult {
  /** Elements hidden (boxes emptied around hidden blocks not counted). */
  hidden: number;
  /** Hidden elements by reason: the clean stage's reasons for removed blocks, page reasons for regions. */
  byReason: Record<string, number>;
  /** Nothing outside the article nor inside it was found to hide. */
  nothingToHide: boolean;
  /** The article could not be found on the live page: only the removed blocks found by their text were hidden. */
  articleNotFound?: boolean;
}

const isPageReason = (r: string): r is PageReason => (PAGE_REASONS as readonly string[]).includes(r);

/**
 * Plan and apply Clean for an article already located on the live page. `keep` holds the removal reasons the
 * reader keeps (options); a region whose reason maps to one of them stays.
 */
export function hideOutsideArticle(doc: Document, article: LiveArticle, removed: readonly Removal[], keep: ReadonlySet<string> = new Set()): { steps: HideStep[]; result: PageCleanResult } {
  const removals = new Map(removed.map((r) => [r.fingerprint, r.reason as string]));
  const steps = planHiding(doc, article, removals).filter((s) => !keep.has(isPageReason(s.reason) ? AS_REMOVAL_REASON[s.reason] : s.reason));
  applyHiding(doc, steps);
  const byReason: Record<string, number> = {};
  let hidden = 0;
  for (const s of steps) if (s.reason && s.id !== CONTAINER && s.el.isConnected) { byReason[s.reason] = (byReason[s.reason] ?? 0) + 1; hidden++; }
  return { steps, result: { hidden, byReason, nothingToHide: hidden === 0 } };
}

/** A short sample of what a region holds, for the popup's list (the first words of its text). */
export function sampleText(el: Element, max = 160): string {
  const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}
