// A translated story's last line sending the reader to its original on the site's edition in another country ("Lest
// den Originalartikel auf Englisch hier.", linking businessinsider.com from businessinsider.de): the site's note, not
// the story. Evidence of two kinds, in no language's words: the link (its one link leads to a host that bears the
// site's own name under another domain: the same publisher's other edition, neither this site nor a source it cites)
// and where and how it stands (the story's last line, a short one, after its last paragraph).
import type { BlockInfo } from './context';
import type { Verdict, Verdicts } from './decide';
import { siteOf } from './addresses';
import { isProse } from './signals';

/** Words a note line has at most. */
const NOTE_WORDS = 12;

/** The registrable label of a host ("www.businessinsider.de" → "businessinsider"). */
const labelOf = (host: string) => siteOf(host).split('.')[0]!;

/** Whether an address leads to the site's edition under another domain (same label, other registrable domain). */
function otherEdition(href: string, host: string): boolean {
  let to: URL;
  try { to = new URL(href, `https://${host}/`); } catch { return false; }
  if (!/^https?:$/.test(to.protocol)) return false;
  const there = to.hostname.toLowerCase();
  return siteOf(there) !== siteOf(host) && labelOf(there) === labelOf(host) && labelOf(host).length >= 4;
}

/** The index of the article's last block with text, when it is a short line after the story's last paragraph. */
function lastNote(infos: readonly BlockInfo[], v: Verdicts): number {
  let k = infos.length - 1;
  while (k >= 0 && (v[k] || !infos[k]!.s.text)) k--;
  const s = infos[k]?.s;
  if (!s || s.heading || s.quoted || s.caption || isProse(s) || s.words.length > NOTE_WORDS || s.links !== 1) return -1;
  return infos.slice(0, k).some((b, j) => !v[j] && isProse(b.s)) ? k : -1;
}

/** Verdicts with the story's closing line to the site's other edition taken (the rest unchanged). */
export function editionLinks(infos: readonly BlockInfo[], v: Verdicts, host: string | null): Verdicts {
  const k = host ? lastNote(infos, v) : -1;
  if (k < 0) return v;
  const a = infos[k]!.s.el.getElementsByTagName('a')[0];
  if (!a || !otherEdition(a.getAttribute('href') ?? '', host!)) return v;
  const out = [...v];
  out[k] = { reason: 'related', rule: 'links:other-edition', score: 0, strong: false,
    evidence: ["its one link leads to the site's own edition under another domain", "it is the story's last line, a short one"] } satisfies Verdict;
  return out;
}
