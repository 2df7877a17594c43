// Site memory: learn the blocks that recur across the articles of one site (the same appeal under every story),
// so that they are removed on the next article of that site even where they occur only once.
//
// Pure logic over a plain JSON state (no browser or storage import): the extension stores the state with WXT
// storage, tests drive it directly. Only hashes are kept: block fingerprints and a hash of each article's address,
// never page text or a readable URL.
import { fingerprint } from './fingerprint';
import type { Removal, RemovalReason } from './types';

export interface BlockStat {
  /** Distinct articles of the site in which the block occurred (kept or removed). */
  seen: number;
  /** Distinct articles in which the pipeline's own rules removed it (not counting site-memory removals). */
  removed: number;
  /** Last time it was seen (ms since epoch), for eviction. */
  last: number;
}

export interface SiteEntry {
  /** Hashes of the articles already learnt from (most recent last), so that a reload does not count twice. */
  articles: string[];
  blocks: Record<string, BlockStat>;
  updated: number;
}

export interface SiteMemoryState {
  sites: Record<string, SiteEntry>;
}

export const MEMORY_LIMITS = {
  articlesPerSite: 50,
  blocksPerSite: 400,
  sites: 200,
  /** Kept blocks shorter than this (normalised characters) are not learnt: short headings recur legitimately. */
  minKeptChars: 40,
  /** A block is known once it was seen in this many distinct articles … */
  minArticles: 2,
  /** … or removed by a rule in at least this many. */
  minRemoved: 1,
  /** When this share of a "new" article's blocks was already seen, it is the same article under another address. */
  sameArticleOverlap: 0.5,
};

/** Removals by site memory itself are not evidence: only the pipeline's own rules (duplicates included) are. */
const NOT_LEARNT_FROM_REMOVAL: ReadonlySet<RemovalReason> = new Set<RemovalReason>(['site-memory']);

export const emptyMemory = (): SiteMemoryState => ({ sites: {} });

/** The site an address belongs to: its host name without `www.`; '' for addresses without a host. */
export function siteKey(url: string | null | undefined): string {
  if (!url) return '';
  try {
    const u = new URL(url);
    if (!/^https?:$/.test(u.protocol)) return '';
    return u.hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** Hash of an article's address without query and fragment (tracking parameters do not make a new article). */
export function articleKey(url: string): string {
  try {
    const u = new URL(url);
    return fingerprint(`${u.hostname.replace(/^www\./, '')} ${u.pathname.replace(/\/+$/, '')}`);
  } catch {
    return fingerprint(url);
  }
}

/** Fingerprints of a clean article's blocks (text blocks separated by blank lines) long enough to be learnt. */
export function keptBlockFingerprints(articleText: string | null | undefined): string[] {
  if (!articleText) return [];
  const out = new Set<string>();
  for (const block of articleText.split(/\n\s*\n/)) {
    const t = block.replace(/\s+/g, ' ').trim();
    if (t.length >= MEMORY_LIMITS.minKeptChars) out.add(fingerprint(t));
  }
  return [...out];
}

export interface LearnInput {
  url: string;
  /** The pipeline's removals on this article. */
  removed: readonly Pick<Removal, 'fingerprint' | 'reason'>[];
  /** Fingerprints of the article's kept blocks (see keptBlockFingerprints). */
  kept: readonly string[];
  now?: number;
}

/**
 * Learn from one article. Returns a new state (the input is not changed). An article already learnt from (same
 * address, or mostly the same blocks under another address) changes nothing but the time stamps.
 */
export function learn(state: SiteMemoryState, input: LearnInput): SiteMemoryState {
  const site = siteKey(input.url);
  if (!site) return state;
  const now = input.now ?? Date.now();
  const prev = state.sites[site];
  const entry: SiteEntry = prev
    ? { articles: [...prev.articles], blocks: { ...prev.blocks }, updated: now }
    : { articles: [], blocks: {}, updated: now };
  const key = articleKey(input.url);
  const removedByRule = new Set(input.removed.filter((r) => !NOT_LEARNT_FROM_REMOVAL.has(r.reason)).map((r) => r.fingerprint));
  const all = new Set<string>([...input.kept, ...input.removed.map((r) => r.fingerprint)]);

  let repeat = entry.articles.includes(key);
  if (!repeat && input.kept.length >= 3) {
    const known = input.kept.filter((f) => entry.blocks[f]).length;
    if (known / input.kept.length >= MEMORY_LIMITS.sameArticleOverlap) repeat = true;
  }
  for (const f of all) {
    const old = entry.blocks[f];
    if (repeat) {
      if (old) entry.blocks[f] = { ...old, last: now };
      continue;
    }
    entry.blocks[f] = {
      seen: (old?.seen ?? 0) + 1,
      removed: (old?.removed ?? 0) + (removedByRule.has(f) ? 1 : 0),
      last: now,
    };
  }
  if (!entry.articles.includes(key)) entry.articles.push(key);
  if (entry.articles.length > MEMORY_LIMITS.articlesPerSite) entry.articles.splice(0, entry.articles.length - MEMORY_LIMITS.articlesPerSite);
  entry.blocks = prune(entry.blocks);

  const sites = { ...state.sites, [site]: entry };
  const names = Object.keys(sites);
  if (names.length > MEMORY_LIMITS.sites) {
    names.sort((a, b) => sites[a]!.updated - sites[b]!.updated);
    for (const n of names.slice(0, names.length - MEMORY_LIMITS.sites)) delete sites[n];
  }
  return { sites };
}

/** Keep the most useful blocks: known ones first, then the most recent. */
function prune(blocks: Record<string, BlockStat>): Record<string, BlockStat> {
  const entries = Object.entries(blocks);
  if (entries.length <= MEMORY_LIMITS.blocksPerSite) return blocks;
  entries.sort(([, a], [, b]) => Number(isKnown(b)) - Number(isKnown(a)) || b.last - a.last);
  return Object.fromEntries(entries.slice(0, MEMORY_LIMITS.blocksPerSite));
}

export function isKnown(s: BlockStat): boolean {
  return s.removed >= MEMORY_LIMITS.minRemoved || s.seen >= MEMORY_LIMITS.minArticles;
}

/** The fingerprints to remove on an article of the site of `url`: what runPipeline takes as knownFingerprints. */
export function knownFingerprints(state: SiteMemoryState, url: string | null | undefined): Set<string> {
  const entry = state.sites[siteKey(url)];
  const out = new Set<string>();
  if (!entry || !url) return out;
  // On an article already learnt from, a block removed there once (a repeated pull quote, say) may be that
  // article's own text: only blocks seen on several articles count then.
  const revisit = entry.articles.includes(articleKey(url));
  for (const [f, s] of Object.entries(entry.blocks))
    if (revisit ? s.seen >= MEMORY_LIMITS.minArticles : isKnown(s)) out.add(f);
  return out;
}

/**
 * The blocks the pipeline's own rules removed on another article of the site (not this one, which may be a reload):
 * stronger evidence than a block seen on several articles, which may be a paragraph a series repeats.
 */
export function removedFingerprints(state: SiteMemoryState, url: string | null | undefined): Set<string> {
  const entry = state.sites[siteKey(url)];
  const out = new Set<string>();
  if (!entry || !url || entry.articles.includes(articleKey(url))) return out;
  for (const [f, s] of Object.entries(entry.blocks)) if (s.removed >= MEMORY_LIMITS.minRemoved) out.add(f);
  return out;
}

export function forgetSite(state: SiteMemoryState, site: string): SiteMemoryState {
  const sites = { ...state.sites };
  delete sites[site];
  return { sites };
}

/** Per-site counts for the options page: how many articles were read and how many blocks are known. */
export function memorySummary(state: SiteMemoryState): { site: string; articles: number; known: number }[] {
  return Object.entries(state.sites)
    .map(([site, e]) => ({ site, articles: e.articles.length, known: Object.values(e.blocks).filter(isKnown).length }))
    .sort((a, b) => a.site.localeCompare(b.site));
}
