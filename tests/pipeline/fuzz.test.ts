// Fuzz, with a fixed seed: random bytes, random tag soup and mutations of real-looking pages, each through the
// CLI's own path (decode, parse, pipeline with analysis, within the time budget) and every export. Each input
// gets an error or a result: no exception, no hang, no unsafe Markdown or HTML out of a hostile page.
import { describe, it, expect, beforeAll } from 'vitest';
import { JSDOM } from 'jsdom';
import { processInput, failed } from '../../cli/process';
import { withinBudget } from '../../cli/budget';
import { loadSanitizer } from '../../cli/sanitize';
import { analyzeArticle } from '../../lib/analysis';
import { toHtml, toMarkdown, toPlainText } from '../../lib/export';
import type { ArticleSanitizer } from '../../lib/sanitize';
import { Readability } from '@mozilla/readability';
import { page, parse, prose, sample } from './helpers';

// FUZZ_SEED and FUZZ_CASES explore further by hand; the suite always runs the fixed seed.
const SEED = Number(process.env.FUZZ_SEED ?? 0x5eed_c1ea);
const CASES = Number(process.env.FUZZ_CASES ?? 160);
/** mulberry32: a small deterministic generator, so that a failing case can be replayed from its number. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => { a = (a + 0x6d2b79f5) >>> 0; let t = a; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
  const int = (n: number) => Math.floor(next() * n);
  return { next, int, pick: <T>(xs: readonly T[]): T => xs[int(xs.length)]! };
}
type Rng = ReturnType<typeof rng>;

const TAGS = ['p', 'div', 'span', 'a', 'b', 'i', 'h1', 'h2', 'h3', 'ul', 'li', 'table', 'tr', 'td', 'th', 'blockquote', 'figure', 'img', 'br', 'article', 'main', 'section',
  'script', 'style', 'iframe', 'svg', 'math', 'noscript', 'xmp', 'textarea', 'title', 'template', 'select', 'option', 'form', 'frameset', 'frame', 'head', 'body', 'html', 'base', 'meta', 'pre', 'code'];
const ATTRS = ['href="javascript:alert(1)"', 'src="x" onerror="alert(1)"', 'href=" JavaScript:alert(1)"', 'href="java&#9;script:alert(1)"', 'class="share"', 'class="donate"', 'id="comments"',
  'style="display:none"', 'href="/rel"', 'src="data:text/html,<script>alert(1)</script>"', 'width="1" height="1"', 'colspan="999999"', 'lang="xx"', 'href="data:image/png;base64,AA=="', 'title="&lt;img onerror&gt;"'];
const WORDS = ['the', 'council', 'said', '“We will not back down,”', 'she', 'Maria Quist', 'of', 'Northsound', 'Ferries', '«Non»', '„Ja“', '日本語', 'Привет', 'مرحبا', '&amp;', '&lt;script&gt;', '&#0;', '&#xD800;', '&bogus;',
  'Donate', 'Support us', 'IBAN DE89 3704 0044 0532 0130 00', 'Share', 'Comments are closed.', '\u0000', '\u202e', '\ufeff', '\u00a0', '<!--', '-->', '<![CDATA[', ']]>', '</', '<', '>', '"', "'", '\t', '\n\n'];

function soup(r: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) {
    const k = r.int(10);
    if (k < 3) s += `<${r.pick(TAGS)}${r.int(3) ? '' : ' ' + r.pick(ATTRS)}>`;
    else if (k < 5) s += `</${r.pick(TAGS)}>`;
    else if (k === 5 && r.int(4) === 0) s += '<div>'.repeat(r.int(60));
    else s += ' ' + Array.from({ length: 1 + r.int(12) }, () => r.pick(WORDS)).join(' ');
  }
  return s;
}

function mutate(r: Rng, html: string): string {
  let s = html;
  for (let m = 1 + r.int(6); m > 0; m--) {
    const i = r.int(s.length + 1), j = Math.min(s.length, i + r.int(400));
    switch (r.int(6)) {
      case 0: s = s.slice(0, i) + s.slice(j); break; // delete a span
      case 1: s = s.slice(0, j) + s.slice(i, j) + s.slice(j); break; // repeat a span
      case 2: s = s.slice(0, i) + soup(r, 1 + r.int(8)) + s.slice(i); break; // insert tag soup
      case 3: s = s.slice(0, i); break; // truncate
      case 4: s = s.slice(0, i) + r.pick(['<meta charset="shift_jis">', '<meta charset="utf-16">', '\ufeff', '<frameset>', '<plaintext>', '</html>', '<body>']) + s.slice(i); break;
      default: s = s.slice(0, i) + s.slice(j, j + (j - i)) + s.slice(i, j) + s.slice(j + (j - i)); // swap two spans
    }
  }
  return s;
}

const FOREIGN = ['港湾労働者のストライキは三週間続いた。', 'Председатель совета заявил, что порт закрыт.', 'وقال رئيس المجلس إن الميناء سيغلق.', '港口工人罢工持续了三个星期', 'परिषद के अध्यक्ष ने कहा।'];
const inBody = (s: string, f: (b: string) => string) => { const i = s.search(/<body[^>]*>/i); if (i < 0) return f(s); const a = s.indexOf('>', i) + 1, e = s.search(/<\/body>/i); const b = e < a ? s.length : e; return s.slice(0, a) + f(s.slice(a, b)) + s.slice(b); };
/** Whole-page reshapings a sweep over real pages found failures with (closing tags dropped, boxes hidden, the root
 * read as clutter, every text in one block): applied before the span mutations. */
const RESHAPE: ((r: Rng, s: string) => string)[] = [
  (r, s) => s.replace(/<\/(p|div|span|a|li|section|article|td|tr|table|h[1-6])>/gi, (m) => (r.int(2) ? '' : m)),
  (r, s) => inBody(s, (b) => '<div>'.repeat(50 + r.int(300)) + b),
  (r, s) => s.replace(/<\/p>/gi, (m) => (r.int(3) ? m : ' ' + r.pick(FOREIGN) + m)),
  (_r, s) => s.replace(/<([a-zA-Z][a-zA-Z0-9]*)\s[^<>]*?(\/?)>/g, '<$1$2>'),
  (_r, s) => inBody(s, (b) => b + b),
  (_r, s) => s.replace(/<\/p>\s*<p(\s[^>]*)?>/gi, ' '),
  (_r, s) => s.replace(/<\/p>\s*<p(\s[^>]*)?>/gi, '<br><br>'),
  (_r, s) => inBody(s, (b) => b.replace(/<p(\s[^>]*)?>/gi, '<table><tr><td><table><tr><td><p>').replace(/<\/p>/gi, '</p></td></tr></table></td></tr></table>')),
  (_r, s) => inBody(s, () => '<frameset><frame src="a.html"></frameset>'),
  (r, s) => inBody(s, () => r.pick(['', '<div class="menu"></div>'])).replace(/<html[^>]*>/i, r.pick(['<html class="no-js burgerMenu">', '<html class="menu"'])),
  (_r, s) => inBody(s, (b) => b.replace(/<div(?=[\s>])/gi, '<div hidden')),
  (_r, s) => inBody(s, (b) => `<div>${b.replace(/<\/(p|div|h[1-6]|li)>/gi, '<br>').replace(/<\/?(p|div|section|article|h[1-6]|li|ul|span|a|main)(\s[^>]*)?>/gi, '')}</div>`),
];

function input(r: Rng, n: number): { file: string; bytes: Uint8Array } {
  const kind = n % 5;
  if (kind === 0) return { file: `random-${n}.html`, bytes: Uint8Array.from({ length: r.int(5000) }, () => (r.int(4) ? 32 + r.int(95) : r.int(256))) };
  if (kind === 1) return { file: `soup-${n}.html`, bytes: new TextEncoder().encode(soup(r, 20 + r.int(400))) };
  if (kind === 2) return { file: `text-${n}.txt`, bytes: new TextEncoder().encode(Array.from({ length: 1 + r.int(30) }, () => soup(r, 1 + r.int(6)).replace(/<[^>]*>/g, '')).join(r.pick(['\n', '\n\n', '\r\n\r\n']))) };
  const seed = kind === 3 ? sample('harbour-ferry-strike.html') : page(prose(2 + r.int(8)) + soup(r, r.int(30)));
  const reshaped = r.int(2) ? r.pick(RESHAPE)(r, seed) : seed;
  const bytes = new TextEncoder().encode(mutate(r, reshaped));
  if (r.int(5) === 0) for (let k = r.int(20); k > 0; k--) bytes[r.int(bytes.length)] = r.int(256); // flip bytes
  return { file: `mutant-${n}.html`, bytes };
}

/** Markdown outside code that starts raw HTML: `<` not escaped, followed by a tag or comment start. */
function rawHtmlIn(md: string): string | null {
  const prose = md.replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, '').replace(/(`+)[\s\S]*?\1/g, '');
  return /(^|[^\\])<[A-Za-z/!?]/.exec(prose)?.[0] ?? null;
}

function unsafeHtml(html: string): string[] {
  const doc = new JSDOM(html).window.document;
  return Array.from(doc.querySelectorAll('article *')).flatMap((el) => [
    ...(['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'BASE', 'FORM', 'SVG', 'MATH', 'META', 'LINK', 'STYLE'].includes(el.tagName.toUpperCase()) ? [el.tagName] : []),
    ...el.getAttributeNames().filter((a) => /^on|^style$|^srcset$/i.test(a)),
    ...['href', 'src'].map((a) => el.getAttribute(a) ?? '').filter((v) => /^\s*(javascript|vbscript|data:text)/i.test(v)),
  ]);
}

let sanitize: ArticleSanitizer;
beforeAll(async () => { sanitize = await loadSanitizer(); }, 60_000);

describe(`fuzz (seed ${SEED.toString(16)})`, () => {
  it('gives every input an error or a result, and safe exports', () => {
    const r = rng(SEED);
    const counts = { results: 0, errors: 0 };
    for (let n = 0; n < CASES; n++) {
      const { file, bytes } = input(r, n);
      const where = `case ${n} (${file}, ${bytes.length} bytes)`;
      // A generous budget on a shared machine: a small page that runs into it has hung.
      let res;
      try {
        res = withinBudget(() => processInput({ file, bytes, force: true, analyze: analyzeArticle }), 60_000);
      } catch (e) {
        throw new Error(`${where}: ${(e as Error).stack}`);
      }
      if (failed(res)) {
        expect(res.error, where).toMatch(/^[a-z]/);
        // A failure record: the file and the error, and the page's detection when it was read but gave no text.
        const detection = ['articleScore', 'isArticle', 'reasons', 'url'];
        expect(Object.keys(res).filter((k) => !detection.includes(k)).sort(), where).toEqual(['error', 'file']);
        counts.errors++;
        continue;
      }
      counts.results++;
      expect(res.article?.text.trim(), where).toBeTruthy();
      for (const q of res.quotes) expect(res.article!.text.slice(q.start, q.end), where).toBe(q.text);
      const md = toMarkdown(res);
      expect(rawHtmlIn(md.slice(md.indexOf('\n---\n') + 5)), `${where}: ${md}`).toBeNull();
      // The text export prints the story's blocks with the kept captions in their places: each block whole.
      const plain = toPlainText(res);
      for (const block of res.article!.text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '').split('\n\n')) expect(plain, where).toContain(block);
      expect(unsafeHtml(toHtml(res, sanitize)), where).toEqual([]);
    }
    console.log(`fuzz seed ${SEED.toString(16)}: ${counts.results} results, ${counts.errors} errors`);
    // Both kinds of outcome occur: the generator reaches the error paths and the article paths.
    expect(counts.results).toBeGreaterThan(30);
    expect(counts.errors).toBeGreaterThan(30);
  }, 600_000);
});

// Never less than Readability alone (lib/plain-fallback.ts): on each whole-page reshaping of a story page, every
// paragraph plain Readability keeps is in our article. Reshapings only (no span mutations): a paragraph is whole or
// gone. A page nested past the depth budget is flattened at the cap (lib/flatten.ts) and must be read too.
const MENU = '<div class="hidden"><a href="/">Home</a> <a href="/news">News</a></div><main>';
describe(`reshaped stories against Readability alone (seed ${SEED.toString(16)})`, () => {
  it('keeps every story paragraph plain Readability keeps', () => {
    const r = rng(SEED ^ 0x41);
    let compared = 0;
    for (const [k, reshape] of RESHAPE.entries()) {
      for (let n = 0; n < 3; n++) {
        const paragraphs = 3 + r.int(8);
        // A menu the page hides by a framework's class, before the story; on one page in three it is never closed.
        const seed = page(prose(paragraphs) + (n ? soup(r, r.int(12)).replace(/Paragraph|\u0000/g, '') : '')).replace('<main>', n === 2 ? MENU.replace('</div>', '') : MENU); // no NUL: read as binary
        const html = reshape(r, seed);
        const plain = (() => { try { return new Readability(parse(html)).parse()?.textContent ?? ''; } catch { return ''; } })();
        const kept = Array.from({ length: paragraphs }, (_, i) => `Paragraph ${i + 1} about the harbour wall`).filter((p) => plain.includes(p));
        const res = processInput({ file: `reshaped-${k}-${n}.html`, bytes: new TextEncoder().encode(html), force: true });
        const text = failed(res) ? '' : res.article?.text ?? '';
        for (const p of kept) expect(text, `reshaping ${k}, page ${n}`).toContain(p);
        if (kept.length) compared++;
      }
    }
    expect(compared).toBeGreaterThan(20);
  }, 120_000);
});
