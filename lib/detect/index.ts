// Detect: is this page a news article? Runs on every page at document idle, so it reads the page once and cheaply
// (signals.ts), weighs what the site says (metadata.ts) and what the page is made of (structure.ts) with named
// weights (weights.ts), and gives a score with its reasons in words (score.ts), so that a verdict can be understood.
import { DEFAULT_BUDGET, type Budget, type Detection } from '../types';
import { readMetadata, urlShape } from './metadata';
import { formatReason, weigh } from './score';
import { addMeta, readSignals } from './signals';
import { measureBody } from './structure';
import { THRESHOLD } from './weights';

export { reasonParts } from './score';
export const ARTICLE_THRESHOLD = THRESHOLD;

/**
 * Score a page as a news article. `url` is the page's address when known (else the canonical link is read).
 * `reasons` lists the evidence as "<signed weight> <words>" (see reasonParts); isArticle when the weights reach
 * ARTICLE_THRESHOLD.
 */
export function detectArticle(doc: Document, url?: string | null): Detection {
  return detectWithMeta(doc, url).detection;
}

/** Detection and the page's meta tags it read on the way, which extraction reuses instead of reading them again;
 * `runChars`, the characters of the page's long runs of text (signals.ts), tells extraction how much it may find. */
export function detectWithMeta(doc: Document, url?: string | null, budget: Budget = DEFAULT_BUDGET): { detection: Detection; meta: Map<string, string>; tooBig: string | null; runChars: number } {
  const s = readSignals(doc, budget);
  const tooBig = overBudget(s, budget);
  if (tooBig) return { detection: { isArticle: false, score: 0, reasons: [tooBig], url: url ?? null }, meta: s.meta, tooBig, runChars: 0 };
  const href = url || s.canonical || s.meta.get('og:url') || '';
  const own = [url, s.canonical, s.meta.get('og:url')].filter((u): u is string => !!u).map((u) => u.replace(/^https?:|#.*$/g, ''));
  const evidence = weigh(s, readMetadata(s), measureBody(s), urlShape(href), own);
  const total = evidence.reduce((sum, e) => sum + e.weight, 0);
  const score = Math.round(Math.max(0, Math.min(1, total)) * 100) / 100;
  const detection = { isArticle: total >= THRESHOLD - 1e-9, score, reasons: evidence.map(formatReason), url: href || null };
  return { detection, meta: s.meta, tooBig: null, runChars: s.runs };
}

/** Why a page is over the budget (too many elements, nested too deeply), or null. */
export function overBudget(size: { elements: number; depth: number }, budget: Budget): string | null {
  if (size.depth > budget.maxDepth) return `page nested too deeply (over ${budget.maxDepth} levels)`;
  if (size.elements > budget.maxElements) return `page too large (over ${budget.maxElements} elements)`;
  return null;
}

/** The page's <meta> tags by property, name or itemprop (lower-cased; the first of each wins). */
export function metaTags(doc: Document): Map<string, string> {
  const tags = new Map<string, string>();
  for (const el of Array.from(doc.getElementsByTagName('meta'))) addMeta(tags, el);
  return tags;
}

/** The page's own URL when the host does not know it: canonical link, then og:url. */
export function pageUrl(doc: Document): string {
  const canonical = Array.from(doc.getElementsByTagName('link')).find((l) => l.getAttribute('rel') === 'canonical');
  return canonical?.getAttribute('href') || metaTags(doc).get('og:url') || '';
}
