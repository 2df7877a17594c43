// The classifier for any Document: the extracted copy or the live page. The pipeline cleans its own copy with
// cleanArticle; a host that works on the live page (lib/page/) builds a PageContext once and asks classifyBlock
// about each block element it considers, and gets the same decision the pipeline would make, with its reason,
// rule, score and evidence in words. Nothing in the page is changed.
import { leafBlocks, blockText } from '../blocks';
import type { RemovalReason } from '../types';
import { blockInfos, siteInfo, type BlockInfo } from './context';
import type { SiteInfo } from './signals';
import { blockFeatures, structuralFeatures } from './features';
import { lazyScore, score, type Model, type Score } from './classifier';
import type { Verdict } from './decide';
import { decideAll } from './layout';

export interface PageContext {
  /** The element the blocks were read under (the article's element when known, else the body). */
  root: Element;
  site: SiteInfo;
  infos: BlockInfo[];
  scores: Score[];
  verdicts: (Verdict | null)[];
  byElement: Map<Element, number>;
}

export interface BlockClassification {
  /** remove: boilerplate; meta: a byline, date or credit (keep it visible, leave it out of text); keep: content. */
  decision: 'remove' | 'meta' | 'keep';
  reason: RemovalReason | null;
  rule: string | null;
  kind?: RemovalReason;
  /** The classifier's probability that the block is boilerplate. */
  score: number;
  /** What spoke for the decision, in words (empty for a block kept without any). */
  evidence: string[];
  fingerprint: string;
}

export interface PageContextOptions {
  /** Read blocks under this element only (the article's element, when the host knows it); default the body. */
  root?: Element;
  /** The site's name (og:site_name) and the page's address (for "names the site" and links to the site). */
  siteName?: string | null;
  url?: string | null;
  /** Fingerprints of blocks that recur across the site's articles (site memory). */
  knownFingerprints?: ReadonlySet<string>;
  model?: Model;
}

/**
 * Read a document's blocks once (without changing it) and decide on all of them: blocks, copies, boxes, runs of
 * links. Costs about what cleaning an article costs, per block; build it once per page and reuse it.
 */
export function pageContext(doc: Document, opts: PageContextOptions = {}): PageContext {
  const root = opts.root ?? doc.body ?? doc.documentElement;
  const blocks = leafBlocks(root);
  const site = siteInfo(opts.siteName, opts.url ?? doc.location?.href ?? null);
  const ctx = { site, known: opts.knownFingerprints };
  const infos = blockInfos(blocks, root, ctx);
  // Scored when a decision reads the score: a paragraph of prose without structural evidence is kept without it.
  const scores = infos.map((b) => lazyScore(() => score(blockFeatures(b), opts.model), () => score(structuralFeatures(b), opts.model)));
  // With the root, as cleanArticle decides: what removals leave behind (lib/clean/residue.ts) goes on the live page too.
  const verdicts = decideAll(infos, scores, root);
  const byElement = new Map<Element, number>();
  infos.forEach((b, k) => byElement.set(b.s.el, k));
  return { root, site, infos, scores, verdicts, byElement };
}

/**
 * The decision on one block element of the context's document: remove, meta (keep visible, not body text) or keep,
 * with the reason, the rule, the score and the evidence in words. An element that is not one of the context's
 * blocks (a wrapper, an element added since) is judged alone, without its neighbours.
 */
export function classifyBlock(el: Element, ctx: PageContext): BlockClassification {
  const k = ctx.byElement.get(el);
  let info: BlockInfo, sc: Score, v: Verdict | null;
  if (k === undefined) {
    const alone = blockInfos([{ el, text: blockText(el) }], ctx.root, { site: ctx.site })[0]!; // one block in, one out
    info = alone; sc = score(blockFeatures(alone));
    v = decideAll([alone], [sc])[0] ?? null;
  } else {
    info = ctx.infos[k]!; sc = ctx.scores[k]!; v = ctx.verdicts[k] ?? null;
  }
  if (!v) return { decision: 'keep', reason: null, rule: null, score: sc.p, evidence: [], fingerprint: info.s.fp };
  return {
    decision: v.meta ? 'meta' : 'remove', reason: v.reason, rule: v.rule, ...(v.kind ? { kind: v.kind } : {}),
    score: sc.p, evidence: v.evidence, fingerprint: info.s.fp,
  };
}
