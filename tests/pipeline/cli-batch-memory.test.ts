// A batch's site memory: a block that recurs on several articles of one site is that site's furniture. The first
// pass reads each page's address from its head and parses in full only the pages whose site has another address in
// the batch (or whose head does not tell), so unrelated pages are not parsed twice; the memory must not change.
import { describe, it, expect, beforeAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { buildCli, run, tmp, records } from './cli-helpers';
import { headUrl } from '../../cli/process';
import { bodyOffset, headAddress, indexOfAscii } from '../../cli/head';
import { pageUrl } from '../../lib/detect';

const BOX = 'Enjoyed this story? Tell a friend about the Gazette.';
const topics = ['harbour wall', 'ferry strike', 'school roof', 'bus timetable'];

function story(topic: string, { head = '', body = '' } = {}): string {
  const paras = [1, 2, 3, 4, 5].map((k) => `<p>Paragraph ${k} about the ${topic}: the council met on day ${k} of the session, heard ${k * 3} residents and examined the engineers' report number ${k}, which set out costs, risks and a timetable in detail.</p>`);
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>A story about the ${topic} in the town</title>` +
    `<meta property="og:type" content="article">${head}</head><body><main><article><h1>A story about the ${topic} in the town</h1>` +
    `<div class="entry-content">${paras.join('\n')}<p>${BOX}</p></div></article>${body}</main></body></html>`;
}

const canonical = (site: string, n: number) => `<link rel="canonical" href="https://${site}/news/${n}">`;
const job = (html: string, extra = {}) => ({ file: 'page.html', bytes: new TextEncoder().encode(html), ...extra });

describe("a page's address from its head", () => {
  it('reads the first canonical link before the body, as pageUrl reads it from the whole page', () => {
    const html = story('harbour wall', { head: canonical('gazette.example', 1), body: canonical('other.example', 2) });
    expect(headUrl(job(html))).toBe('https://gazette.example/news/1');
    expect(pageUrl(parseHTML(html).document as unknown as Document)).toBe('https://gazette.example/news/1');
  });

  it('says it cannot tell when the canonical link stands in the body, or after a tag the cut leaves open', () => {
    expect(headUrl(job(story('ferry strike', { body: canonical('gazette.example', 2) })))).toBeUndefined();
    const trap = story('school roof', { head: `<meta name="x" content="<body>">${canonical('gazette.example', 3)}` });
    expect(headUrl(job(trap))).toBeUndefined();
    expect(pageUrl(parseHTML(trap).document as unknown as Document)).toBe('https://gazette.example/news/3');
  });

  it("falls to the head's og:url, or to no address, only when the rest of the page names neither", () => {
    const og = '<meta property="og:url" content="https://gazette.example/news/9">';
    expect(headUrl(job(story('harbour wall', { head: og })))).toBe('https://gazette.example/news/9');
    expect(headUrl(job(story('harbour wall')))).toBeNull();
    expect(headUrl(job(story('harbour wall', { head: og, body: canonical('gazette.example', 4) })))).toBeUndefined();
  });

  it('takes the given address first, and reads no address from a text input', () => {
    expect(headUrl(job(story('bus timetable'), { url: 'https://given.example/a' }))).toBe('https://given.example/a');
    expect(headUrl({ ...job('Plain words of a note.'), file: 'note.txt' })).toBeNull();
  });
});

describe("reading the head from the page's bytes", () => {
  const bytes = (s: string) => new TextEncoder().encode(s);

  it('finds <body in any letter case, only as a whole tag name', () => {
    expect(bodyOffset(bytes('<head><bodyguard></bodyguard></head><BODY class="x">'))).toBe(36);
    expect(bodyOffset(bytes('<p>no body here</p>'))).toBe(-1);
    expect(indexOfAscii(bytes('xx Og:URL yy og:url'), 'og:url')).toBe(3);
    expect(indexOfAscii(bytes('CANONICAL'), 'canonical', 1)).toBe(-1);
  });

  it('reads a head with non-ASCII text in a legacy encoding without decoding the rest', () => {
    const head = '<html><head><meta charset="windows-1252"><title>Caf\u00e9 \u2013 news</title>' + canonical('caf.example', 7) + '</head>';
    // written in windows-1252: é is 0xE9, the dash 0x96
    const legacy = new Uint8Array(Array.from(head, (c) => (c === '\u00e9' ? 0xe9 : c === '\u2013' ? 0x96 : c.charCodeAt(0))));
    const body = new Uint8Array([...legacy, ...bytes('<body><p>Text</p></body></html>')]);
    expect(headUrl({ file: 'page.html', bytes: body })).toBe('https://caf.example/news/7');
  });

  it('falls back to a full read for UTF-16, where no ASCII <body is found', () => {
    const html = story('harbour wall', { head: canonical('gazette.example', 1) });
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array(Array.from(html, (c) => c.charCodeAt(0))).buffer)]);
    expect(headUrl({ file: 'page.html', bytes: utf16 })).toBeUndefined();
  });

  it('reads the canonical link and og:url from attributes as the tree does (first of each, entities decoded)', () => {
    const head = '<link rel="canonical" href="https://a.example/x?p=1&amp;q=2"><link rel="canonical" href="https://b.example/">' +
      '<meta property="og:url" content=""><meta property="OG:URL" content=" https://a.example/og ">';
    const parsed = parseHTML(`<html><head>${head}</head><body></body></html>`).document as unknown as Document;
    expect(headAddress(head)).toEqual({ canonical: { href: 'https://a.example/x?p=1&q=2' }, ogUrl: 'https://a.example/og' });
    expect(pageUrl(parsed)).toBe('https://a.example/x?p=1&q=2');
  });

  it('reads a long head in slices: a link cut by a slice boundary, one inside a script, the parse stopped at the first', () => {
    const link = '<link rel="canonical" href="https://a.example/x?p=1&amp;q=2">';
    for (const pad of [8100, 8150, 8170, 8180, 8190, 16380]) {
      // the canonical link's tag (and its entity) straddles the 8192-character slice boundary at some of these pads
      const head = `<script>var s = "${'x'.repeat(pad)}<link rel=canonical href=/no>";</script>${link}<meta property="og:url" content="https://a.example/og">` +
        `<style>${'y'.repeat(20000)}</style><link rel="canonical" href="https://b.example/">`;
      expect(headAddress(head)).toEqual({ canonical: { href: 'https://a.example/x?p=1&q=2' }, ogUrl: 'https://a.example/og' });
      expect(headAddress(head, true).canonical).toEqual({ href: 'https://a.example/x?p=1&q=2' });
    }
    // an empty canonical address does not stop the parse: og:url is read to the end
    const empty = `<link rel="canonical" href="">${'<meta name=x content=y>'.repeat(1000)}<meta property="og:url" content="https://a.example/og">`;
    expect(headAddress(empty, true)).toEqual({ canonical: { href: null }, ogUrl: 'https://a.example/og' });
  });
});

describe('site memory over a batch', () => {
  let dir: string;
  beforeAll(() => {
    buildCli();
    dir = tmp('memory');
    // three articles of one site (one names itself in its body only) and one of another site, all with the same box
    fs.writeFileSync(path.join(dir, 'a.html'), story(topics[0]!, { head: canonical('gazette.example', 1) }));
    fs.writeFileSync(path.join(dir, 'b.html'), story(topics[1]!, { head: canonical('gazette.example', 2) }));
    fs.writeFileSync(path.join(dir, 'c.html'), story(topics[2]!, { body: canonical('gazette.example', 3) }));
    fs.writeFileSync(path.join(dir, 'd.html'), story(topics[3]!, { head: canonical('courier.example', 1) }));
  }, 60_000);

  it("removes a block that recurs on a site's articles, as site memory, and keeps it on a site seen once", () => {
    const files = ['a', 'b', 'c', 'd'].map((n) => path.join(dir, `${n}.html`));
    const recs = records(run(['analyze', '--jsonl', ...files]).stdout);
    for (const r of recs.slice(0, 3)) {
      expect(r.article.text).not.toContain('Tell a friend');
      expect(r.removed.find((x: { text: string }) => x.text.includes('Tell a friend'))?.reason).toBe('site-memory');
    }
    expect(recs[3].article.text).toContain(BOX);
    // alone, an article keeps the box: the memory is what removed it
    expect(records(run(['analyze', '--jsonl', files[0]!]).stdout)[0].article.text).toContain(BOX);
  });
});
