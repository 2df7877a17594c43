// The clearpage command as a user runs it: real process, real files, bad input included.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '..', '..');
const bin = path.join(root, 'bin', 'clearpage.mjs');
const run = (args: string[], input?: string | Buffer) => spawnSync(process.execPath, [bin, ...args], { cwd: root, input, encoding: 'utf8', maxBuffer: 1 << 28, timeout: 120_000 });
let dir: string;

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
beforeAll(() => {
  spawnSync(process.execPath, [path.join(root, 'scripts', 'build-cli.mjs')], { cwd: root });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clearpage-cli-'));
  fs.writeFileSync(path.join(dir, 'empty.html'), '');
  fs.writeFileSync(path.join(dir, 'binary.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0, 0]));
  fs.writeFileSync(path.join(dir, 'deep.html'), '<html><body>' + '<div>'.repeat(10_000) + 'deep' + '</div>'.repeat(10_000) + '</body></html>');
  fs.writeFileSync(path.join(dir, 'huge.html'), '<html><body>' + '<p>word word word word</p>'.repeat(900_000) + '</body></html>');
  fs.writeFileSync(path.join(dir, 'div-before-head.html'), '<!DOCTYPE html><html><div id="stamp"></div><head><title>Ferry strike called</title></head><body><article>' +
    '<p>Crews on the island ferry voted on Wednesday to strike for three days later this month, after talks between the union and the operator collapsed over pay and rest hours.</p>'.repeat(3) + '</article></body></html>');
  fs.writeFileSync(path.join(dir, 'hostile.html'), '<!DOCTYPE html><html><head><title>Ferry strike called</title></head><body><article>' +
    '<p>Crews on the island ferry voted on Wednesday to strike <img src="x.jpg" onerror="alert(1)"><a href=" JavaScript:alert(2)">for three days</a> later this month.</p>'.repeat(3) +
    '<p>The union\u001b[2J\u001b]0;pwned\u0007 said talks between the union and the operator collapsed over pay and rest hours.<img src="https://t.example/p.gif" width="1" height="1"></p></article></body></html>');
  fs.writeFileSync(path.join(dir, 'broken.html'), '<html><body><p>Unclosed <b>tags <div><table><tr><td>cell</p></span></body>');
}, 60_000);

describe('clearpage analyze', () => {
  it('prints one JSON object per input with the contract fields', () => {
    const r = run(['analyze', '--jsonl', 'samples/harbour-ferry-strike.html']);
    expect(r.status).toBe(0);
    const rec = JSON.parse(r.stdout.trim());
    expect(rec.file).toBe('samples/harbour-ferry-strike.html');
    expect(rec.isArticle).toBe(true);
    expect(Object.keys(rec.article).sort()).toEqual(['byline', 'excerpt', 'html', 'lang', 'publishedTime', 'siteName', 'standfirst', 'text', 'title', 'withCaptions'].sort());
    expect(rec.article.text.startsWith('KELBY – Crews')).toBe(true);
    expect(rec.removed.every((x: { text: string; reason: string }) => x.text && x.reason)).toBe(true);
    expect(Object.keys(rec.timings).sort()).toEqual(['analyzeMs', 'cleanMs', 'detectMs', 'extractMs', 'parseMs']);
    expect(Array.isArray(rec.quotes) && Array.isArray(rec.parties)).toBe(true);
  });

  it('reads standard input as text with --input text', () => {
    const r = run(['analyze', '--input', 'text', '-'], 'Ferry strike called\n\nCrews voted on Wednesday to strike for three days.\n\nComments are closed.\n');
    const rec = JSON.parse(r.stdout);
    expect(rec.article.title).toBe('Ferry strike called');
    expect(rec.article.text).toBe('Crews voted on Wednesday to strike for three days.');
  });

  it('reads a text of one line as the article, not as a headline over nothing', () => {
    const line = '“The strike goes ahead on Monday,” said union leader Mara Quist after the talks with the port authority failed.';
    const rec = JSON.parse(run(['analyze', '--input', 'text', '-'], `${line}\n`).stdout);
    expect(rec.error).toBeUndefined();
    expect(rec.article.text).toBe(line);
    expect(rec.quotes[0]?.speaker).toBe('Mara Quist');
  });

  it('gives each bad input a clear error, goes on with the batch, and exits 0 when something was processed', () => {
    const files = ['empty.html', 'binary.html', 'deep.html', 'huge.html', 'missing.html', 'broken.html'].map((f) => path.join(dir, f));
    const r = run(['analyze', '--jsonl', ...files, 'samples/harbour-ferry-strike.html']);
    expect(r.status).toBe(0);
    const recs = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(recs).toHaveLength(7);
    const err = (name: string) => recs.find((x) => x.file.endsWith(name)).error as string;
    expect(err('empty.html')).toMatch(/empty/);
    expect(err('binary.html')).toMatch(/PNG image, not a web page/);
    // Nested 10 000 deep: flattened at the depth cap as a browser's parser would, and read, not refused.
    expect(recs.find((x) => x.file.endsWith('deep.html')).article.text).toBe('deep');
    expect(err('huge.html')).toMatch(/too large/);
    expect(err('missing.html')).toMatch(/no such file/);
    expect(recs.find((x) => x.file.endsWith('broken.html')).isArticle).toBe(false);
    expect(recs.at(-1).isArticle).toBe(true);
    expect(r.stderr).toMatch(/empty\.html: empty file/);
  }, 120_000);

  it('stops an input that runs over its time budget, says so, and goes on with the next one', () => {
    const r = run(['analyze', '--jsonl', '--timeout', '1', 'samples/harbour-ferry-strike.html', 'samples/harbour-ferry-strike.html']);
    const recs = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(recs.map((x) => x.error)).toEqual(['stopped: over the time budget of 1 ms', 'stopped: over the time budget of 1 ms']);
    expect(r.status).toBe(1);
  });

  it('exits non-zero when nothing could be processed', () => {
    const r = run(['analyze', path.join(dir, 'empty.html'), path.join(dir, 'missing.html')]);
    expect(r.status).toBe(1);
  });

  it('reads a page whose markup puts an element before <head> (its body is not lost)', () => {
    const rec = JSON.parse(run(['analyze', path.join(dir, 'div-before-head.html')]).stdout);
    expect(rec.article.text).toMatch(/^Crews on the island ferry voted/);
  });

  it('rejects unknown options with usage', () => {
    const r = run(['analyze', '--frobnicate', 'x.html']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown option '--frobnicate'/);
    expect(r.stderr).not.toMatch(/\bat \w+ \(/); // no stack trace
  });
});

describe('analyze --sanitize', () => {
  it('sanitises article.html and removed[].html with the shared policy only when asked', () => {
    const [plain] = run(['analyze', '--jsonl', path.join(dir, 'hostile.html')]).stdout.trim().split('\n').map((l) => JSON.parse(l));
    const [safe] = run(['analyze', '--jsonl', '--sanitize', path.join(dir, 'hostile.html')]).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(plain.article.html).toMatch(/JavaScript:alert/); // as the pipeline left it (the README says so)
    expect(plain.article.html).not.toMatch(/t\.example/); // a tracking pixel, though, never leaves extraction
    expect(safe.article.html).not.toMatch(/onerror|javascript|t\.example/i);
    expect(safe.article.html).toContain('for three days');
    expect(safe.article.text).toBe(plain.article.text);
  });
});

describe('clearpage export and clean', () => {
  it('writes Markdown with front matter to a file', () => {
    const out = path.join(dir, 'out.md');
    const r = run(['export', '--format', 'md', '--out', out, 'samples/harbour-ferry-strike.html']);
    expect(r.status).toBe(0);
    const md = fs.readFileSync(out, 'utf8');
    expect(md).toMatch(/^---\ntitle: "Ferry crews vote to strike as Kelby harbour talks collapse"\n/);
    expect(md).toContain('site: "The Kelby Chronicle"');
    expect(md).not.toContain('Sort code');
  });
  it('exports sanitised HTML', () => {
    const r = run(['export', '--format', 'html', 'samples/harbour-ferry-strike.html']);
    expect(r.stdout).toMatch(/^<!DOCTYPE html>/);
    expect(r.stdout).not.toMatch(/<script/);
  });
  it('clean passes no terminal escape sequences from the page to the terminal', () => {
    const r = run(['clean', path.join(dir, 'hostile.html')]);
    expect(r.stdout).toContain('The union[2J]0;pwned said talks');
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });
  it('clean prints the article and what was removed', () => {
    const r = run(['clean', 'samples/harbour-ferry-strike.html']);
    expect(r.stdout).toMatch(/--- Removed \d+ blocks ---/);
    expect(r.stdout).toContain('[donation] Donate Here');
  });
});
