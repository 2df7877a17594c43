// A batch's site memory (lib/clean/batch.ts) as the command gathers it: each page's address from its head, then the
// block fingerprints of the pages whose site has another address in the batch, read by a scan of their text
// (cli/scan.ts). Run in this thread, a site's first page is not scanned: nothing of its site has run before it, so
// its fingerprints can come from its own tree when it runs, before its site's other pages need them. On the AEB
// pages most shared sites have two pages, so about half of the scans go (each a decode and a tokenising of the page).
import { withinBudget } from './budget';
import { scanInput, headUrl } from './process';
import { readBytes } from './job';
import { batchSiteMemory, pageFingerprints, type PageFingerprints } from '../lib/clean/batch';
import { siteKey } from '../lib/site-memory';
import type { Options } from './args';

/** What a page is told of its site: its memory, or (a site's first page) a way to it from the page's own tree. */
export type Known = ReadonlySet<string> | ((document: Document) => ReadonlySet<string>);

const NOTHING: PageFingerprints = { url: null, fingerprints: [] };

/** A page's address and fingerprints by a full scan, or nothing known when it cannot be read. */
async function fullScan(file: string, o: Options): Promise<PageFingerprints> {
  try {
    const bytes = await readBytes(file, o.timeout);
    const scan = withinBudget(() => scanInput({ file, bytes, input: o.input, url: o.url, charset: o.charset }), o.timeout);
    if (scan) return scan;
  } catch { /* reported when the page is run */ }
  return NOTHING;
}

/** The address each page's head gives, or a full scan where the head does not tell; and which sites are shared. */
async function firstLook(o: Options) {
  const urls: (string | null)[] = [], scans: (PageFingerprints | null)[] = [];
  for (const file of o.files) {
    let url: string | null | undefined = null;
    try { const bytes = await readBytes(file, o.timeout); url = withinBudget(() => headUrl({ file, bytes, input: o.input, url: o.url, charset: o.charset }), o.timeout); } catch { /* reported when the page is run */ }
    const scan = url === undefined ? await fullScan(file, o) : null;
    urls.push(scan ? scan.url : url ?? null);
    scans.push(scan);
  }
  const addresses = new Map<string, Set<string>>();
  urls.forEach((url) => { const site = siteKey(url); if (site) addresses.set(site, (addresses.get(site) ?? new Set()).add(url!)); });
  const shared = (url: string | null) => (addresses.get(siteKey(url))?.size ?? 0) > 1;
  return { urls, scans, shared };
}

/**
 * Every page's memory before any page is run (the worker threads of --jobs take theirs with the page). Only pages
 * whose site has another address in the batch are parsed for it (a page alone on its site has nothing to share).
 */
export async function batchMemory(o: Options): Promise<Set<string>[]> {
  const { urls, scans, shared } = await firstLook(o);
  const pages: PageFingerprints[] = [];
  for (const [i, file] of o.files.entries()) {
    const url = urls[i] ?? null;
    pages.push(scans[i] ?? (shared(url) ? await fullScan(file, o) : { url, fingerprints: [] }));
  }
  return batchSiteMemory(pages);
}

/**
 * The same memory for a batch run page by page in this thread, in input order. A shared site's first page (one whose
 * head told its address) is left unscanned: its fingerprints are taken from its tree when it runs, under its head's
 * address, which the scan would have read too (cli/head.ts reads the address `pageUrl` reads); a run stopped before
 * its tree was read leaves it to be scanned then, before any other page of its site runs.
 */
export class SerialMemory {
  private readonly groups = new Map<string, number[]>();

  private constructor(private readonly o: Options, private readonly urls: (string | null)[], private readonly records: (PageFingerprints | null)[], private readonly sites: (string | null)[]) {
    sites.forEach((site, i) => { if (site) this.groups.set(site, [...(this.groups.get(site) ?? []), i]); });
  }

  static async of(o: Options): Promise<SerialMemory> {
    const { urls, scans, shared } = await firstLook(o);
    const records: (PageFingerprints | null)[] = [], sites: (string | null)[] = [], seen = new Set<string>();
    for (const [i, file] of o.files.entries()) {
      const url = urls[i] ?? null, site = siteKey(url);
      if (scans[i]) records.push(scans[i]);
      else if (!shared(url)) records.push({ url, fingerprints: [] });
      else records.push(seen.has(site) ? await fullScan(file, o) : null);
      if (site) seen.add(site);
      sites.push(siteKey(records[i]?.url ?? url));
    }
    return new SerialMemory(o, urls.map((u) => u ?? null), records, sites);
  }

  /** What page `i` is told of its site when it runs. */
  knownFor(i: number): Known {
    if (this.records[i]) return this.memoryOf(i);
    return (document) => {
      this.records[i] = { url: this.urls[i]!, fingerprints: pageFingerprints(document, this.o.url).fingerprints };
      return this.memoryOf(i);
    };
  }

  /** After page `i` ran: a site's first page whose run stopped before its tree was read is scanned now. */
  async after(i: number): Promise<void> {
    if (!this.records[i]) this.records[i] = { ...(await fullScan(this.o.files[i]!, this.o)), url: this.urls[i]! };
  }

  private memoryOf(i: number): ReadonlySet<string> {
    const group = this.sites[i] ? this.groups.get(this.sites[i]!)! : [i];
    return batchSiteMemory(group.map((k) => this.records[k] ?? NOTHING))[group.indexOf(i)]!;
  }
}
