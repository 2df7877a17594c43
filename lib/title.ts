// A page's title often carries the site's name ("Talks collapse | TheHill", "BBC News - Talks collapse"): the
// reader sees the headline alone, and the site's name once, apart. Only a segment that names the site (its name
// or its address) is taken off, so a headline with a colon or a dash of its own keeps it.

import { foldedWords } from './chars';

/** Separators sites put between the headline and their name, with spaces around them. */
const SEPARATOR = /\s+[|–—\-·•:»/\\~]\s+/;
/** Words of a site's name at most, when it ends with the address's label rather than starting with it. */
const SITE_NAME_WORDS = 5;
/** A date or time stamp set after the site's name in a title. */
const STAMP = /^[\d\s./:-]+$/;
/** A headline keeps at least this many words; otherwise the title is left whole. */
const MIN_WORDS = 2;

const norm = (s: string) => foldedWords(s).join('');

/** The site's names to compare with: its declared name and its address's main label ("thehill" of thehill.com). */
function siteIds(siteName: string | null | undefined, url: string | null | undefined): string[] {
  const ids = siteName ? [norm(siteName)] : [];
  try {
    const labels = new URL(url ?? '').hostname.replace(/^www\d*\./, '').split('.');
    // The label before the public suffix: bbc of bbc.co.uk, thehill of thehill.com (short suffixes are skipped).
    const main = labels.length > 2 && labels[labels.length - 2]!.length <= 3 ? labels[labels.length - 3] : labels[labels.length - 2];
    if (main) ids.push(norm(main));
    // An address spells ä, ö, ü as ae, oe, ue (boersen-zeitung.de for "Börsen-Zeitung", whose letters fold to o).
    if (main && /[aou]e/.test(main)) ids.push(norm(main.replace(/([aou])e/g, '$1')));
  } catch { /* no address */ }
  return ids.filter((id) => id.length >= 2);
}

function namesSite(segment: string, ids: string[]): boolean {
  const n = norm(segment);
  if (n.length < 2) return false;
  // "Die Neue Südtiroler Tageszeitung" of tageszeitung.it: a name of a few words that ends with the site's label.
  const fewWords = segment.trim().split(/\s+/).length <= SITE_NAME_WORDS;
  return ids.some((id) => n === id || (id.length >= 3 && n.startsWith(id)) || (n.length >= 4 && id.startsWith(n)) || (id.length >= 6 && fewWords && n.endsWith(id)));
}

/** Whether `text` is the site's own name (declared, or its address's main label): a byline that names no one. */
export function namesTheSite(text: string, siteName: string | null | undefined, url: string | null | undefined): boolean {
  const ids = siteIds(siteName ? plainName(siteName) : siteName, url);
  return namesSite(text, ids) || ids.includes(initials(text));
}

/** The initials of a name of two to four capitalised words ("dw" of "Deutsche Welle", the site at dw.com); else ''. */
function initials(name: string): string {
  const words = name.trim().split(/\s+/);
  if (words.length < 2 || words.length > 4 || !words.every((w) => /^\p{Lu}/u.test(w))) return '';
  return norm(words.map((w) => w[0]).join(''));
}

/** A name declared as an address ("https://www.hawaiinewsnow.com"): its host without www; any other as it is. */
function plainName(siteName: string): string {
  if (!/^https?:\/\//i.test(siteName)) return siteName;
  try { return new URL(siteName).hostname.replace(/^www\./, ''); } catch { return siteName; }
}

/** The site's name as the title writes it ("National Post") when the declared one is its squeezed, lower-case
 * form ("nationalpost", the host's label, as many sites declare it) or is written in another script than the title
 * ("台北時報" on the Taipei Times's English pages); otherwise the declared name. */
const LATIN = /\p{Script=Latin}/u;

function writtenName(siteName: string, taken: string | null): string {
  if (taken && LATIN.test(taken) !== LATIN.test(siteName)) return taken;
  if (!taken || /[\p{Lu}\s]/u.test(siteName) || !/\p{Lu}/u.test(taken)) return siteName;
  const id = norm(siteName), t = norm(taken);
  return id.length >= 3 && t.startsWith(id) ? taken : siteName;
}

/**
 * The headline without the site's name, and the site's name to show apart: `siteName` when the page declares one
 * (as the title writes it, if that is better: writtenName), else the segment taken off the title, else null.
 */
export function splitTitle(title: string, declared?: string | null, url?: string | null): { title: string; site: string | null } {
  const siteName = declared?.trim() ? plainName(declared.trim()) : declared;
  const ids = siteIds(siteName, url);
  const clean = title.trim();
  const parts = clean.split(SEPARATOR);
  let taken: string | null = null;
  if (parts.length > 1 && ids.length) {
    const seps = clean.match(new RegExp(SEPARATOR.source, 'g')) ?? [];
    // A stamp after the site's name ("… | DW | 28.04.2023") goes with it.
    while (parts.length > 2 && STAMP.test(parts[parts.length - 1]!)) { parts.pop(); seps.pop(); }
    // A site whose name holds separators of its own ("Israel Nachrichten - Chadashoth Israel - …"): that whole tail.
    for (let k = parts.length - 1; k > 0; k--) {
      const tail = parts.slice(k).map((p, i) => (i === 0 ? p : seps[k + i - 1] + p)).join('');
      if (k < parts.length - 1 && ids.includes(norm(tail))) {
        const rest = parts.slice(0, k).map((p, i) => (i === 0 ? p : seps[i - 1] + p)).join('');
        if (rest.split(/\s+/).filter(Boolean).length >= MIN_WORDS) return { title: rest.trim(), site: siteName?.trim() || tail.trim() };
      }
    }
    let first = 0, last = parts.length - 1;
    if (namesSite(parts[last]!, ids)) taken = parts[last--]!;
    else if (namesSite(parts[first]!, ids)) taken = parts[first++]!;
    if (taken !== null) {
      // Put the headline back together with its own separators.
      const rest = parts.slice(first, last + 1).map((p, i) => (i === 0 ? p : seps[first + i - 1] + p)).join('');
      if (rest.split(/\s+/).filter(Boolean).length >= MIN_WORDS) return { title: rest.trim(), site: siteName?.trim() ? writtenName(siteName.trim(), taken.trim()) : taken.trim() };
    }
  }
  return { title: clean, site: siteName?.trim() || null };
}

/** A site name as a reader would write it: no address ("BILD.de", "taz.de") and no tagline after a separator. */
const plainSiteName = (s: string) => !/[.|:]|\s[-–—]\s/.test(s) && foldedWords(s).length <= 5;
/**
 * Readability prefers JSON-LD's publisher name to og:site_name; when og:site_name is the fuller name and holds the
 * other as whole words ("magazin" of "Mallorca Magazin", a publisher block filled in carelessly), it is the site's.
 */
export function fullerName(name: string | null, og: string | null | undefined, url?: string | null): string | null {
  const o = og?.trim();
  if (!name || !o || !plainSiteName(o)) return name || null;
  // The publisher's company ("Tamedia AG" for tagesanzeiger.ch): og:site_name names the address, the company does not.
  const ids = siteIds(null, url);
  if (namesSite(o, ids) && !namesSite(name, ids)) return o;
  const a = foldedWords(name), b = foldedWords(o);
  const at = b.findIndex((_, i) => a.every((w, k) => b[i + k] === w));
  return b.length > a.length && a.length > 0 && at >= 0 ? o : name;
}

/** Parts a declared site name has at least to be read as a menu of sections ("Autoracing | F1 | Indy | MotoGP"). */
const MENU_PARTS = 3;
/** A menu's separator: the bar. A name with dashes of its own ("Israel Nachrichten - Chadashoth Israel - …") is the
 * site's name in several languages, not a menu, and the title's tail is matched against it whole. */
const MENU_SEPARATOR = /\s+\|\s+/;
/**
 * The site's name when the declared one is a list of its sections joined by separators: the part that names the
 * site (its address's label), else the first. A menu of sections is no name a reader knows the site by; a name with
 * dashes stays whole.
 */
export function unlistedSiteName(name: string | null, url: string | null | undefined): string | null {
  if (!name) return name;
  const parts = name.split(MENU_SEPARATOR).map((p) => p.trim()).filter(Boolean);
  if (parts.length < MENU_PARTS) return name;
  const ids = siteIds(null, url);
  return parts.find((p) => namesSite(p, ids)) ?? parts[0]!;
}

/** Separators a title sets between the headline and the names after it, spaced or not ("…台阶_科技_腾讯网"). */
const SUFFIX_SEPARATOR = /^\s*[_|–—·•»-]\s*/u;
const SUFFIX_PARTS = /\s*[_|–—·•»]\s*|\s+-\s+/u;
/** Letters the page's headline has at least, and characters a name after it at most (a section's, a site's). */
const HEADLINE_LETTERS = 10;
const SUFFIX_PART_CHARS = 30;
const SUFFIX_PART_COUNT = 3;

/**
 * The title without what follows the page's own headline, when the title is that headline and then names set after a
 * separator ("DeepMind新电脑… 人工智能迈上新台阶_科技_腾讯网" under an <h1> of the headline alone): the section and the
 * site, whose name the page may declare nowhere else (no og:site_name, no address), so splitTitle cannot match it.
 * The last name is the site's. Null when the title is not the headline and short names after it.
 */
export function titleAfterHeadline(title: string, headline: string | null | undefined): { title: string; site: string } | null {
  const h = headline?.trim();
  if (!h || (h.match(/\p{L}/gu) ?? []).length < HEADLINE_LETTERS || !title.startsWith(h)) return null;
  const rest = title.slice(h.length);
  if (!SUFFIX_SEPARATOR.test(rest)) return null;
  const parts = rest.replace(SUFFIX_SEPARATOR, '').split(SUFFIX_PARTS).map((p) => p.trim());
  if (parts.length > SUFFIX_PART_COUNT || parts.some((p) => !p || p.length > SUFFIX_PART_CHARS || !/\p{L}/u.test(p))) return null;
  return { title: h, site: parts[parts.length - 1]! };
}
