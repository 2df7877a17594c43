// Bytes to text as a browser reads them: the WHATWG windows-1252 table over 0x80–0x9F (not Node 20's, which turns
// them into control characters), legacy encodings with and without a declaration, BOMs, binary data.
import { describe, it, expect } from 'vitest';
import { decodeBytes, binaryKind, encodingName } from '../../lib/decode';

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
const bytes = (...parts: Array<string | number[]>) => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? ascii(p) : p)));

// The Encoding Standard's index-windows-1252 for 0x80–0x9F (five bytes map to the C1 control of the same number).
const CP1252_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
const HIGH = Array.from({ length: 32 }, (_, i) => 0x80 + i);

describe('windows-1252 over the whole 0x80–0x9F range', () => {
  it('reads every byte as the Encoding Standard says, with no charset declaration', () => {
    const d = decodeBytes(bytes('<p>', HIGH, '</p>'));
    expect(d.encoding).toBe('windows-1252');
    expect(d.text).toBe(`<p>${CP1252_80_9F}</p>`);
  });

  it.each([
    ['<meta charset="windows-1252">'],
    ['<meta charset=iso-8859-1>'], // a label of windows-1252 in the Encoding Standard, as in browsers
    ['<meta http-equiv="Content-Type" content="text/html; charset=us-ascii">'],
  ])('reads every byte the same with %s', (meta) => {
    expect(decodeBytes(bytes(meta, '<p>', HIGH, '</p>')).text).toBe(`${meta}<p>${CP1252_80_9F}</p>`);
  });

  it('reads the same bytes with a charset given from outside the page (a server header, --charset)', () => {
    expect(decodeBytes(bytes('<p>', HIGH), 'latin1').text).toBe(`<p>${CP1252_80_9F}`);
  });

  it('keeps the curly quotes, dashes and ellipsis of a Western sentence', () => {
    const d = decodeBytes(bytes('<p>', [0x93], 'We will not back down', [0x94], ' ', [0x96], ' she said', [0x85], ' ', [0x80], '5</p>'));
    expect(d.text).toBe('<p>“We will not back down” – she said… €5</p>');
  });
});

describe('legacy encodings', () => {
  // Byte sequences from each encoding's published table.
  const cases: Array<[label: string, body: number[], text: string]> = [
    ['shift_jis', [0x93, 0xfa, 0x96, 0x7b, 0x8c, 0xea, 0x83, 0x6a, 0x83, 0x85, 0x81, 0x5b, 0x83, 0x58], '日本語ニュース'],
    ['gb18030', [0xd6, 0xd0, 0xce, 0xc4, 0xd0, 0xc2, 0xce, 0xc5, 0x81, 0x30, 0x81, 0x30, 0x90, 0x30, 0x81, 0x30], '中文新闻\u0080\u{10000}'],
    ['gbk', [0xd6, 0xd0, 0xce, 0xc4], '中文'],
    ['koi8-r', [0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4], 'Привет'],
    ['iso-8859-2', [0x5a, 0x61, 0xbf, 0xf3, 0xb3, 0xe6, 0x20, 0x67, 0xea, 0xb6, 0x6c, 0xb1, 0x20, 0x6a, 0x61, 0xbc, 0xf1], 'Zażółć gęślą jaźń'],
  ];

  it.each(cases)('reads %s declared by <meta charset>', (label, body, text) => {
    const d = decodeBytes(bytes(`<html><head><meta charset="${label}"><title>t</title></head><body><p>`, body, '</p>'));
    expect(d.text).toContain(`<p>${text}</p>`);
    expect(d.encoding).toBe(encodingName(label));
  });

  it.each(cases)('reads %s declared by http-equiv after other markup', (label, body, text) => {
    const d = decodeBytes(bytes(`<!DOCTYPE html><!-- <meta charset=utf-8> in a comment does not count --><html><head>`,
      `<meta http-equiv="content-type" content="text/html;charset=${label.toUpperCase()}"></head><body><p>`, body, '</p>'));
    expect(d.text).toContain(`<p>${text}</p>`);
  });

  it.each(cases)('reads %s without a declaration when the charset is given from outside the page', (label, body, text) => {
    expect(decodeBytes(bytes('<p>', body, '</p>'), label).text).toBe(`<p>${text}</p>`);
  });

  it('reads undeclared bytes that are not UTF-8 as windows-1252, as a browser in a Western locale does', () => {
    expect(decodeBytes(bytes('<p>', [0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4], '</p>'))).toMatchObject({ encoding: 'windows-1252', text: '<p>ðÒÉ×ÅÔ</p>' });
  });

  it('reads undeclared valid UTF-8 as UTF-8', () => {
    const d = decodeBytes(new TextEncoder().encode('<p>Grün “quoted” 日本</p>'));
    expect(d).toMatchObject({ encoding: 'UTF-8', text: '<p>Grün “quoted” 日本</p>' });
  });
});

describe('byte order marks, declarations browsers ignore, refused encodings', () => {
  it('lets a BOM win over the page and over a charset given from outside', () => {
    const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<meta charset="koi8-r"><p>é</p>')]);
    expect(decodeBytes(utf8, 'koi8-r')).toMatchObject({ encoding: 'UTF-8', text: '<meta charset="koi8-r"><p>é</p>' });
  });

  it('reads UTF-16 with its BOM (NUL bytes and all), both byte orders', () => {
    const le = new Uint8Array([0xff, 0xfe, ...[...'<p>é€</p>'].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    const be = new Uint8Array([0xfe, 0xff, ...[...'<p>é€</p>'].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff])]);
    expect(decodeBytes(le)).toMatchObject({ encoding: 'UTF-16LE', text: '<p>é€</p>' });
    expect(decodeBytes(be)).toMatchObject({ encoding: 'UTF-16BE', text: '<p>é€</p>' });
  });

  it('reads a page that says UTF-16 in ASCII bytes as UTF-8, as browsers do', () => {
    expect(decodeBytes(bytes('<meta charset="utf-16"><p>', [0xc3, 0xa9], '</p>'))).toMatchObject({ encoding: 'UTF-8', text: '<meta charset="utf-16"><p>é</p>' });
  });

  it('looks for the declaration in the first 1024 bytes only', () => {
    const late = bytes('<!--', ' '.repeat(1100), '--><meta charset="koi8-r"><p>', [0xf0, 0xd2], '</p>');
    expect(decodeBytes(late).encoding).toBe('windows-1252');
  });

  it('refuses an encoding browsers decode to nothing (ISO-2022-KR), with a reason', () => {
    const d = decodeBytes(bytes('<meta charset="iso-2022-kr"><p>x</p>'));
    expect(d.error).toMatch(/refuse to decode/);
    expect(encodingName('iso-2022-kr')).toBeNull();
    expect(encodingName('no-such-encoding')).toBeNull();
    expect(encodingName(' Latin1 ')).toBe('windows-1252');
  });
});

describe('binary data', () => {
  it.each([
    [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], /PNG image/],
    [[0x1f, 0x8b, 0x08, 0x00], /gzip.*gunzip/],
    [ascii('%PDF-1.7\n'), /PDF/],
    [[0x3c, 0x70, 0x3e, 0x00, 0x00, 0x41], /NUL bytes/],
    [Array.from({ length: 200 }, (_, i) => (i % 2 ? 0x01 : 0x41)), /control characters/],
  ])('says what %j is instead of reading it', (b, re) => {
    const d = decodeBytes(new Uint8Array(b));
    expect(d.error).toMatch(re);
    expect(d.text).toBe('');
  });
  it('reads text with a few control characters as text', () => {
    expect(binaryKind(bytes('<p>a', [0x0c], 'b', [0x1b], '</p>'))).toBeNull();
  });
});

describe('a meta declaration that ends on "charset"', () => {
  // The sniffer read past the value and threw a TypeError: the whole page was lost. The declaration says nothing.
  it('is ignored, and the page decoded', () => {
    for (const content of ['charset', 'text/html; charset ', 'charset =']) {
      const d = decodeBytes(new TextEncoder().encode(`<meta http-equiv="content-type" content="${content}"><p>Café crème</p>`));
      expect(d.error).toBeUndefined();
      expect(d.text).toContain('Café crème');
    }
  });
});
