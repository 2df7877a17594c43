// Every input the CLI cannot process gets one { file, error } record and one line on standard error that a person
// understands; the batch goes on; nothing is silent (no article text is an error, not an empty success). A page
// that was read and detected but gave no article text keeps its detection in the record.
import { describe, it, expect, beforeAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildCli, run, tmp, lines, records, STACK, articlePage, PROSE } from './cli-helpers';

let dir: string;
const f = (name: string) => path.join(dir, name);

/** Each bad input and what its message must say. */
const BAD: Array<[name: string, message: RegExp]> = [
  ['empty.html', /^empty file$/],
  ['blank.html', /^empty \(white space only\)$/],
  ['picture.html', /^a PNG image, not a web page or text$/],
  ['page.html.gz', /^gzip-compressed data \(decompress it first/],
  ['nul.html', /NUL bytes/],
  ['many.html', /too large \(over 60000 elements\)/],
  ['form.html', /^no article text found: Readability found nothing/],
  ['nothing.html', /^no article text found: the page has no text$/],
  ['frames.html', /^a frameset page: its text is in the pages of its frames \(left\.html, right\.html\)/],
  ['kr.html', /encoding that browsers refuse to decode/],
  ['missing.html', /^no such file$/],
  ['folder', /^a folder, not a file$/],
  ['pipe', /^a named pipe, not a file/],
];

/** The inputs among them that are pages read and detected, with no article text. */
const TEXTLESS = new Set(['form.html', 'nothing.html', 'frames.html']);

beforeAll(() => {
  buildCli();
  dir = tmp('errors');
  fs.writeFileSync(f('empty.html'), '');
  fs.writeFileSync(f('blank.html'), ' \n\t\r\n ');
  fs.writeFileSync(f('picture.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  fs.writeFileSync(f('page.html.gz'), Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 3]));
  fs.writeFileSync(f('nul.html'), '<p>text\0with a NUL byte</p>');
  fs.writeFileSync(f('deep.html'), `<html><body>${'<div>'.repeat(450)}<p>${PROSE[0]}</p>${'</div>'.repeat(450)}</body></html>`);
  fs.writeFileSync(f('many.html'), `<html><body><article>${'<p><b>x</b></p>'.repeat(31_000)}</article></body></html>`);
  fs.writeFileSync(f('form.html'), '<html><body><form><input name="q"><button>Search</button></form><img src="logo.png"></body></html>');
  fs.writeFileSync(f('links.html'), `<html><body><ul>${'<li><a href="/a">Link</a></li>'.repeat(30)}</ul></body></html>`);
  fs.writeFileSync(f('nothing.html'), '<!DOCTYPE html><html><head><title></title></head><body><div></div></body></html>');
  fs.writeFileSync(f('frames.html'), '<html><head><title>Frames</title></head><frameset cols="30%,70%"><frame src="left.html"><frame src="right.html"><noframes></noframes></frameset></html>');
  fs.writeFileSync(f('kr.html'), '<meta charset="iso-2022-kr"><p>text</p>');
  fs.mkdirSync(f('folder'));
  execFileSync('mkfifo', [f('pipe')]);
  fs.writeFileSync(f('good.html'), articlePage(PROSE));
}, 60_000);

describe('inputs that cannot be processed', () => {
  it('each get one { file, error } record and one line on standard error, and the batch goes on', () => {
    const files = [...BAD.map(([name]) => f(name)), f('deep.html'), f('good.html')];
    const r = run(['analyze', '--jsonl', ...files]);
    expect(r.status).toBe(0);
    const recs = records(r.stdout);
    expect(recs.map((x) => x.file)).toEqual(files);
    BAD.forEach(([name, message], i) => {
      const detected = TEXTLESS.has(name) ? ['articleScore', 'isArticle', 'reasons', 'url'] : [];
      expect(Object.keys(recs[i]).sort(), files[i]).toEqual(['error', 'file', ...detected].sort());
      if (detected.length) expect(recs[i].isArticle, files[i]).toBe(false);
      expect(recs[i].error, files[i]).toMatch(message);
    });
    expect(recs.at(-1).article.text).toContain('Crews on the island ferry voted');
    // Nested past the depth budget: flattened at the cap as a browser's parser would, and read (lib/flatten.ts).
    expect(recs.at(-2).article.text).toContain(PROSE[0]!.slice(0, 40));
    const errLines = lines(r.stderr);
    expect(errLines).toHaveLength(BAD.length);
    BAD.forEach((_bad, i) => expect(errLines[i]).toBe(`clearpage: ${files[i]}: ${recs[i].error}`));
    expect(r.stderr).not.toMatch(STACK);
  }, 120_000);

  it('exits 1 when no input could be processed', () => {
    const r = run(['analyze', f('empty.html'), f('missing.html')]);
    expect(r.status).toBe(1);
    expect(lines(r.stderr)).toHaveLength(2);
  });

  it('reports a page that is not an article under --articles-only as a result, without an error', () => {
    const r = run(['analyze', '--jsonl', '--articles-only', f('links.html')]);
    const [rec] = records(r.stdout);
    expect(rec).toMatchObject({ isArticle: false, article: null });
    expect(rec.error).toBeUndefined();
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it.each([['clean'], ['export']])('%s: a bad input prints nothing on standard output, one line on standard error, and exits 1', (cmd) => {
    for (const name of ['empty.html', 'frames.html', 'form.html']) {
      const r = run([cmd, f(name)]);
      expect(r.status, name).toBe(1);
      expect(r.stdout, name).toBe('');
      expect(lines(r.stderr), name).toHaveLength(1);
      expect(r.stderr, name).toMatch(new RegExp(`^clearpage: ${f(name).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: `));
    }
  }, 120_000);
});
