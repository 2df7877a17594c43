// Decode a saved page's bytes: BOM first, then the page's own <meta charset> or http-equiv declaration, then
// UTF-8 when the bytes are valid UTF-8, else windows-1252 (what browsers assume for old Western pages).

export interface Decoded { text: string; encoding: string; binary: boolean }

function declaredCharset(head: string): string | null {
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head);
  return m ? m[1].toLowerCase() : null;
}

function labelOk(label: string): boolean {
  try { new TextDecoder(label); return true; } catch { return false; }
}

/** True for bytes that are not text: NUL bytes or many control characters in the first 4 KB. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  let ctl = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) ctl++;
  }
  return n > 0 && ctl / n > 0.1;
}

function validUtf8WithMultibyte(bytes: Uint8Array): string | null {
  let multibyte = false;
  for (let i = 0; i < bytes.length && !multibyte; i++) if (bytes[i] >= 0xc2 && bytes[i] <= 0xf4) multibyte = true;
  if (!multibyte) return null;
  try { return new TextDecoder('utf-8', { fatal: true }).decode(bytes); } catch { return null; }
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8', binary: false };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', binary: false };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', binary: false };
  if (looksBinary(bytes)) return { text: '', encoding: 'binary', binary: true };
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  let label = declaredCharset(head);
  // A page that says UTF-16 in ASCII bytes cannot be UTF-16: browsers read it as UTF-8.
  if (label && /^utf-?16/.test(label)) label = 'utf-8';
  // A page saved by a crawler is often stored as UTF-8 while it still declares its old charset: bytes that are valid
  // UTF-8 with multi-byte characters in them are UTF-8 (a legacy single-byte text almost never is).
  if (label && labelOk(label) && label !== 'utf-8' && label !== 'utf8') {
    const utf8 = validUtf8WithMultibyte(bytes);
    if (utf8 !== null) return { text: utf8, encoding: 'utf-8', binary: false };
    return { text: new TextDecoder(label).decode(bytes), encoding: label, binary: false };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', binary: false };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252', binary: false };
  }
}
