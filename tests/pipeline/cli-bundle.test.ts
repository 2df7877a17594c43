// What a run of the CLI loads from node_modules: nothing on the pages' path (linkedom, Readability, decoding are in
// the bundle, so that the code cache holds them: loading them from node_modules compiled them anew in every
// process), and the exports' libraries only for the outputs that use them.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bin, buildCli, root, tmp } from './cli-helpers';

const sample = path.join(root, 'samples', 'harbour-ferry-strike.html');

/** The packages a run required from node_modules (CommonJS loads, as the bundle makes them), and its exit status. */
function packagesLoaded(args: string[]): { status: number | null; packages: string[] } {
  const dir = tmp('cli-bundle');
  const hook = path.join(dir, 'hook.cjs'), list = path.join(dir, 'loaded.json');
  fs.writeFileSync(hook, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(list)}, JSON.stringify(Object.keys(require.cache))));`);
  const r = spawnSync(process.execPath, ['--require', hook, bin, ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  const files = JSON.parse(fs.readFileSync(list, 'utf8')) as string[];
  const packages = files.flatMap((f) => {
    const m = /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(f);
    return m ? [m[1]!.replace(/\\/g, '/')] : [];
  });
  return { status: r.status, packages: [...new Set(packages)].sort() };
}

describe('CLI bundle', () => {
  beforeAll(buildCli, 120_000);

  it('analyze loads no package from node_modules: the pages\' path is in the bundle', () => {
    const run = packagesLoaded(['analyze', '--jsonl', sample]);
    expect(run.status).toBe(0);
    expect(run.packages).toEqual([]);
  }, 120_000);

  it('the Markdown export loads its own libraries (Turndown, yaml) when asked, and the pages\' path from the bundle', () => {
    const run = packagesLoaded(['export', '--format', 'md', sample]);
    expect(run.status).toBe(0);
    expect(run.packages).toEqual(expect.arrayContaining(['turndown', 'yaml']));
    for (const p of ['linkedom', '@mozilla/readability', 'htmlparser2', 'jsdom', 'dompurify']) expect(run.packages).not.toContain(p);
  }, 120_000);

  it('keeps \\p{…} patterns as literals: none is built anew (new RegExp) at every evaluation', () => {
    const bundle = fs.readFileSync(path.join(root, 'dist', 'clearpage.cjs'), 'utf8');
    expect(bundle).not.toMatch(/new RegExp\("\\\\[pP]\{/);
    expect(bundle).toContain('/\\p{L}/u');
  });

  it('the bundle is ASCII, so that V8 holds its 2.6 MB of source one byte a character', () => {
    const bundle = fs.readFileSync(path.join(root, 'dist', 'clearpage.cjs'));
    expect(bundle.findIndex((byte) => byte > 0x7f)).toBe(-1);
  });
});

describe("linkedom in the CLI's bundle (scripts/lazy-listeners.mjs)", () => {
  it('still adds, dispatches and removes event listeners, with a listener map made only when one is added', async () => {
    const { build } = await import('esbuild');
    const { LAZY_LISTENERS } = (await import(path.join(root, 'scripts', 'lazy-listeners.mjs'))) as { LAZY_LISTENERS: import('esbuild').Plugin };
    const out = path.join(tmp('lazy-listeners'), 'linkedom.cjs');
    await build({ stdin: { contents: 'module.exports = require("linkedom");', resolveDir: root }, bundle: true, platform: 'node', format: 'cjs', outfile: out, plugins: [LAZY_LISTENERS], logLevel: 'error' });
    const { parseHTML } = (await import(out)) as typeof import('linkedom');
    const { document } = parseHTML('<html><body><div id="a"><p>Text</p></div></body></html>');
    const div = document.getElementById('a')!, p = document.querySelector('p')!;
    const heard: string[] = [];
    const listener = (e: Event) => heard.push(`${e.type} at ${(e.currentTarget as Element).tagName}`);
    p.removeEventListener('click', listener); // nothing to remove yet: no error
    div.addEventListener('click', listener);
    p.dispatchEvent(new document.defaultView!.Event('click', { bubbles: true }));
    div.removeEventListener('click', listener);
    p.dispatchEvent(new document.defaultView!.Event('click', { bubbles: true }));
    expect(heard).toEqual(['click at DIV']);
    expect(fs.readFileSync(out, 'utf8')).not.toContain('wm.set(this, new Map)');
    // selectors compiled once are reused: the same answers on another page, in XML's case mode, with :scope
    const other = parseHTML('<html><body><div id="b"><p>One</p><section><p>Two</p></section></div></body></html>').document;
    for (let k = 0; k < 2; k++) {
      expect(document.querySelectorAll('div p').length).toBe(1);
      expect(other.querySelectorAll('div p').length).toBe(2);
      expect(other.getElementById('b')!.querySelectorAll(':scope > p').length).toBe(1);
    }
    const { DOMParser } = (await import(out)) as typeof import('linkedom');
    const xml = new DOMParser().parseFromString('<root><Item/><item/></root>', 'text/xml');
    expect([xml.querySelectorAll('Item').length, xml.querySelectorAll('item').length]).toEqual([1, 1]);
    expect(fs.readFileSync(out, 'utf8')).toContain('compiledSelectors.set(key');
    // tag names: upper case in HTML, as written in XML, each name's upper case made once
    expect([div.tagName, div.nodeName, document.createElement('my-box').tagName, document.getElementsByTagName('p').length]).toEqual(['DIV', 'DIV', 'MY-BOX', 1]);
    expect([xml.querySelector('Item')!.tagName, xml.getElementsByTagName('item').length]).toEqual(['Item', 1]);
    expect(fs.readFileSync(out, 'utf8')).toContain('upperNames.set(localName');
    // getElementsByTagName: a lower-case name skips the upper-case test, an upper-case one still finds HTML's tags
    const page = parseHTML('<html><body><p>a</p><template><p>b</p></template><my-box></my-box></body></html>').document;
    expect([page.getElementsByTagName('p').length, page.getElementsByTagName('P').length, page.getElementsByTagName('MY-BOX').length, page.getElementsByTagName('my-box').length, page.getElementsByTagName('Template').length]).toEqual([2, 2, 1, 1, 0]);
    expect(fs.readFileSync(out, 'utf8')).toMatch(/!lower\d* && localCase\(next\d*\)/);
  });

  it('reads and writes class attributes as linkedom does, the class list made at its first use', async () => {
    const { build } = await import('esbuild');
    const { LAZY_LISTENERS } = (await import(path.join(root, 'scripts', 'lazy-listeners.mjs'))) as { LAZY_LISTENERS: import('esbuild').Plugin };
    const out = path.join(tmp('lazy-classes'), 'linkedom.cjs');
    await build({ stdin: { contents: 'module.exports = require("linkedom");', resolveDir: root }, bundle: true, platform: 'node', format: 'cjs', outfile: out, plugins: [LAZY_LISTENERS], logLevel: 'error' });
    const patched = (await import(out)) as typeof import('linkedom');
    const plain = await import('linkedom');
    // The same steps on the patched and the plain linkedom: every answer along the way the same.
    const steps = ({ parseHTML }: typeof import('linkedom')): unknown[] => {
      const { document } = parseHTML('<html><body><div id="a" class="  card  wide card "><p class="">x</p><span class="a\tb\nc">y</span><svg class="icon big icon"><g class="k"></g></svg><i>z</i></div></body></html>');
      const seen: unknown[] = [];
      const look = () => { for (const el of Array.from(document.querySelectorAll('*'))) seen.push([el.tagName, el.getAttribute('class'), el.hasAttribute('class'), [...el.classList], el.outerHTML.length]); };
      look();
      const div = document.getElementById('a')!, span = document.querySelector('span')!, i = document.querySelector('i')!;
      seen.push(div.className, div.classList.length, div.classList.contains('wide'), document.querySelectorAll('.card.wide').length, document.getElementsByClassName('b').length);
      div.classList.add('new', 'card'); seen.push(div.getAttribute('class'));
      div.classList.remove('wide'); seen.push(div.getAttribute('class'), div.className);
      seen.push(div.classList.toggle('wide'), div.getAttribute('class'), div.classList.toggle('card'), div.className);
      seen.push(div.classList.replace('new', 'old'), div.getAttribute('class'));
      const set = div.classList as unknown as Set<string>; // linkedom's list is a Set: its own methods change it too
      set.delete('old'); seen.push(div.className, div.getAttribute('class'));
      set.clear(); seen.push(div.className, [...div.classList]);
      span.setAttribute('class', ' q  r q '); seen.push(span.getAttribute('class'), [...span.classList]);
      span.className = 's'; seen.push(span.getAttribute('class'));
      span.removeAttribute('class'); seen.push(span.getAttribute('class'), span.hasAttribute('class'), [...span.classList]);
      i.classList.add('late'); seen.push(i.getAttribute('class'), i.outerHTML);
      const copy = div.cloneNode(true) as Element; seen.push(copy.outerHTML, copy.getAttribute('class'), [...copy.classList]);
      look();
      seen.push(document.documentElement.outerHTML);
      return seen;
    };
    expect(steps(patched)).toEqual(steps(plain));
    const code = fs.readFileSync(out, 'utf8');
    expect(code).toMatch(/attribute\d* ?\.value = \[\.\.\.new Set/);
    expect(code).toContain('this[JOINED] ??=');
  });

  it("fails the build when linkedom's code is not what the patch expects", async () => {
    const { lazyListeners } = (await import(path.join(root, 'scripts', 'lazy-listeners.mjs'))) as { lazyListeners: (s: string, file?: string) => string };
    expect(() => lazyListeners('class DOMEventTarget { constructor() { this.x = 1; } }')).toThrow(/linkedom changed/);
    expect(() => lazyListeners('export const prepareMatch = () => null;', 'shared/matches.js')).toThrow(/linkedom changed/);
    expect(() => lazyListeners('export const localCase = () => null;', 'shared/utils.js')).toThrow(/linkedom changed/);
    expect(() => lazyListeners('getElementsByTagName(tagName) {}', 'mixin/parent-node.js')).toThrow(/linkedom changed/);
    expect(() => lazyListeners('const attribute = () => {};', 'shared/parse-from-string.js')).toThrow(/linkedom changed/);
    expect(() => lazyListeners('export class DOMTokenList extends Set {}', 'dom/token-list.js')).toThrow(/linkedom changed/);
  });
});
