// The first look of a batch reads only a page's head: the bytes before `<body`, found and decoded without turning
// the whole page into a string (a page's text is a large object the collector frees late: decoding every page of a
// batch once more for its address alone doubled the batch's peak memory). Byte searches work in every encoding
// that keeps ASCII as ASCII; UTF-16 has a NUL after each ASCII byte, so no `<body` is found and the caller falls
// back to a full read.

import { Parser } from 'htmlparser2';

const lower = (b: number) => (b >= 0x41 && b <= 0x5a ? b | 0x20 : b);

/** The next offset from `from` of byte `c` or, for a lower-case letter, of its upper case too; -1 if none. */
function finder(bytes: Uint8Array, c: number): (from: number) => number {
  if (c < 0x61 || c > 0x7a) return (from) => bytes.indexOf(c, from);
  let lo = -2, up = -2; // next offsets of each case (-2: not looked for yet); each found by the native search
  return (from) => {
    if (lo !== -1 && lo < from) lo = bytes.indexOf(c, from);
    if (up !== -1 && up < from) up = bytes.indexOf(c - 0x20, from);
    return lo < 0 ? up : up < 0 ? lo : Math.min(lo, up);
  };
}

/** Where `word` (lower-case ASCII) first occurs in `bytes` from `from`, in any letter case; -1 if nowhere. */
export function indexOfAscii(bytes: Uint8Array, word: string, from = 0): number {
  const n = word.length, next = finder(bytes, word.charCodeAt(0));
  outer: for (let i = next(from); i >= 0 && i <= bytes.length - n; i = next(i + 1)) {
    for (let k = 1; k < n; k++) if (lower(bytes[i + k]!) !== word.charCodeAt(k)) continue outer;
    return i;
  }
  return -1;
}

const ENDS_TAG_NAME = new Set([0x20, 0x09, 0x0a, 0x0c, 0x0d, 0x3e, 0x2f]); // space, tab, LF, FF, CR, '>', '/'

/** The offset of the first `<body` tag (followed by white space, `>` or `/`), or -1. */
export function bodyOffset(bytes: Uint8Array): number {
  for (let i = indexOfAscii(bytes, '<body'); i >= 0; i = indexOfAscii(bytes, '<body', i + 1))
    if (ENDS_TAG_NAME.has(bytes[i + 5]!)) return i;
  return -1;
}

/** What a page's head says of its address: its first canonical link (if any) and its first og:url. */
export interface HeadAddress {
  /** Whether the head has a `<link rel="canonical">`, and its href (null when it has none or an empty one). */
  canonical: { href: string | null } | null;
  ogUrl: string | null;
}

/**
 * The head's canonical link and og:url read from the parser's events, as `pageUrl` reads them from the tree
 * (the same tokenizer and options linkedom builds its tree with; attributes as written, the first of each wins),
 * without building the tree: most of a head is scripts and styles nobody reads here. With `untilCanonical`, the
 * parse stops at the first canonical link that names an address (its og:url is then whatever came before it).
 */
export function headAddress(head: string, untilCanonical = false): HeadAddress {
  const out: HeadAddress = { canonical: null, ogUrl: null };
  const parser = new Parser({ onopentag: (name, attrs) => noteAddress(out, name, attrs) }, PARSER_OPTIONS);
  // In slices: the parser streams (the events of a prefix are the first events of the whole), so a caller that needs
  // only a canonical link's address stops at the slice that closed it. Most of a head is scripts and styles after it.
  for (let at = 0; at < head.length; at += HEAD_SLICE) {
    parser.write(head.slice(at, at + HEAD_SLICE));
    if (untilCanonical && out.canonical?.href) return out;
  }
  parser.end();
  return out;
}

/** Characters of a head parsed at a time when the parse may stop at its canonical link. */
const HEAD_SLICE = 8192;

/** The options linkedom gives htmlparser2: events here match the tree linkedom builds from the same text. */
export const PARSER_OPTIONS = { lowerCaseAttributeNames: false, decodeEntities: true } as const;

/** Notes an opening tag's part of the page's address: the first canonical link, the first og:url with content. */
export function noteAddress(out: HeadAddress, name: string, attrs: Record<string, string>): void {
  if (name === 'link' && !out.canonical && attrs.rel === 'canonical') out.canonical = { href: attrs.href || null };
  if (name !== 'meta' || out.ogUrl) return;
  const key = (attrs.property ?? attrs.name ?? attrs.itemprop)?.toLowerCase();
  const content = attrs.content?.trim();
  if (key === 'og:url' && content) out.ogUrl = content;
}
