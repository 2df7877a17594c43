// Site memory within one batch of pages (the CLI's `analyze` over many files): the blocks a page shares with other
// pages of the same site are that site's furniture (a newsletter box under every story, the same appeal), known
// before any page is cleaned. Pure: the host reads each page's fingerprints first, then cleans with this memory.
import { leafBlockTexts } from '../blocks';
import { fingerprint } from '../fingerprint';
import { pageUrl } from '../detect';
import { siteKey } from '../site-memory';

export interface PageFingerprints {
  /** The page's address (given, or its canonical link), which names its site. */
  url: string | null;
  /** Fingerprints of every block of the whole page. */
  fingerprints: string[];
}

/** What a page contributes to a batch's memory: its address and the fingerprints of all its blocks. */
export function pageFingerprints(doc: Document, url?: string | null): PageFingerprints {
  const root = doc.body ?? doc.documentElement;
  return { url: url || pageUrl(doc) || null, fingerprints: root ? fingerprintsOf(leafBlockTexts(root)) : [] };
}

/** The distinct fingerprints of a page's block texts. */
export const fingerprintsOf = (texts: readonly string[]): string[] => [...new Set(texts.map((t) => fingerprint(t)))];

/**
 * For each page of a batch, the fingerprints it shares with at least `minOthers` other articles of its site (same
 * host, another address: copies of one article, or pages all given the same --url, teach nothing). Pages without
 * a known site get an empty set. Linear in the total number of fingerprints.
 */
export function batchSiteMemory(pages: readonly PageFingerprints[], minOthers = 1): Set<string>[] {
  const bySite = new Map<string, Map<string, Set<string>>>();
  const sites = pages.map((p) => siteKey(p.url));
  pages.forEach((p, i) => {
    if (!sites[i]) return;
    let byFp = bySite.get(sites[i]);
    if (!byFp) bySite.set(sites[i], (byFp = new Map()));
    for (const f of p.fingerprints) { const urls = byFp.get(f); if (urls) urls.add(p.url!); else byFp.set(f, new Set([p.url!])); }
  });
  const counts = { get: (site: string, f: string) => bySite.get(site)?.get(f)?.size ?? 0 };
  return pages.map((p, i) => {
    const out = new Set<string>();
    if (sites[i]) for (const f of p.fingerprints) if (counts.get(sites[i], f) > minOthers) out.add(f);
    return out;
  });
}
