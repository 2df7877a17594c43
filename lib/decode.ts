// A saved page's bytes to text, as a browser reads them: the WHATWG Encoding Standard's decoders (@exodus/bytes, the
// ones jsdom uses: every encoding a browser knows, Shift_JIS, GB18030, KOI8-R… included) and the HTML Standard's
// sniffing (html-encoding-sniffer): a byte order mark first, then the encoding the caller was told (a server's
// Content-Type, `--charset`), then the page's own <meta charset> in its first 1024 bytes. With none of them, UTF-8
// when the bytes are valid UTF-8 (browsers detect it in local files), else windows-1252, the default of Western
// locales — never Node 20's own windows-1252 table, which turns 0x80–0x9F (“ ” € – …) into control characters.
import sniffEncoding from 'html-encoding-sniffer';
import { TextDecoder, labelToName } from '@exodus/bytes/encoding.js';
import { utf8toString } from '@exodus/bytes/utf8.js';

export interface Decoded {
  text: string;
  /** The WHATWG name of the encoding used, e.g. `windows-1252`, `Shift_JIS`, `UTF-8`. */
  encoding: string;
  /** Why the bytes are not read as a page, in words for a person (binary data, a refused encoding); else absent. */
  error?: string;
}

/** Formats that are not text, by their first bytes: what a person is told instead of "could not parse". */
const SIGNATURES: ReadonlyArray<[bytes: number[], what: string]> = [
  [[0x1f, 0x8b], 'gzip-compressed data (decompress it first, e.g. with gunzip)'],
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (or a .docx, .epub…)'],
  [[0x28, 0xb5, 0x2f, 0xfd], 'zstd-compressed data (decompress it first)'],
  [[0x7f, 0x45, 0x4c, 0x46], 'a program (ELF)'],
];

/** What the bytes are when they are not text (a known format, NUL bytes or many control characters), else null. */
export function binaryKind(bytes: Uint8Array): string | null {
  for (const [sig, what] of SIGNATURES) if (sig.every((b, i) => bytes[i] === b)) return what;
  const n = Math.min(bytes.length, 4096);
  let ctl = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return 'binary data (NUL bytes)';
    if (b < 9 || (b > 13 && b < 32)) ctl++;
  }
  return n > 0 && ctl / n > 0.1 ? 'binary data (control characters)' : null;
}

const UNSNIFFED = 'none';

const hasBom = (b: Uint8Array) => (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) || (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff);

function validUtf8WithMultibyte(bytes: Uint8Array): string | null {
  let multibyte = false;
  for (const b of bytes) if (b >= 0xc2 && b <= 0xf4) { multibyte = true; break; }
  if (!multibyte) return null;
  try { return utf8toString(bytes); } catch { return null; }
}

/** The encoding a BOM, the caller or the page's <meta> gives. A meta whose content ends on "charset" ("charset",
 * "charset =") makes the sniffer read past its value and throw; by the standard such a declaration says nothing,
 * so the bytes are sniffed again without it (the BOM's three bytes and the caller's label alone). */
function sniff(bytes: Uint8Array, charset?: string | null): string {
  const opts = { transportLayerEncodingLabel: charset ?? undefined, defaultEncoding: UNSNIFFED };
  try { return sniffEncoding(bytes, opts); } catch { return sniffEncoding(bytes.subarray(0, 3), opts); }
}

/**
 * Decodes a page's bytes. `charset` is an encoding label the caller was given from outside the page (a server's
 * Content-Type); it yields only to a byte order mark, as in browsers.
 */
export function decodeBytes(bytes: Uint8Array, charset?: string | null): Decoded {
  const sniffed = sniff(bytes, charset);
  if (sniffed === 'replacement')
    return { text: '', encoding: sniffed, error: 'it declares an encoding that browsers refuse to decode (ISO-2022-KR, HZ-GB-2312 or the like)' };
  // UTF-16 (from a BOM or the caller) is full of NUL bytes; every other encoding keeps them for binary data.
  const kind = sniffed.startsWith('UTF-16') ? null : binaryKind(bytes);
  if (kind) return { text: '', encoding: sniffed, error: `${kind}, not a web page or text` };
  // A page saved by a crawler is often stored as UTF-8 while its <meta> still declares the old charset: bytes that
  // are valid UTF-8 with multi-byte characters in them are UTF-8 (a legacy single-byte text almost never is). Only
  // the page's own declaration yields so; a BOM or the caller's charset stand.
  if (sniffed !== UNSNIFFED && !charset && !/^UTF-/i.test(sniffed) && !hasBom(bytes)) {
    const utf8 = validUtf8WithMultibyte(bytes);
    if (utf8 !== null) return { text: utf8, encoding: 'UTF-8' };
  }
  // The decoder skips a byte order mark of its own encoding (the sniffer let the mark choose the encoding).
  if (sniffed !== UNSNIFFED) return { text: new TextDecoder(sniffed).decode(bytes), encoding: sniffed };
  try {
    return { text: utf8toString(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/** The WHATWG name of an encoding label (`latin1` → `windows-1252`, `sjis` → `Shift_JIS`), or null if unknown. */
export function encodingName(label: string): string | null {
  const name = labelToName(label.trim());
  return name === 'replacement' ? null : name;
}
