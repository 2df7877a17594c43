// The command line: node:util parseArgs; --help and --version exit 0; usage errors exit 2 with a message and no
// stack trace; an output folder that does not exist is said plainly; piping into `head` ends quietly.
import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildCli, run, tmp, bin, root, STACK, articlePage, PROSE } from './cli-helpers';

let dir: string;
beforeAll(() => {
  buildCli();
  dir = tmp('options');
  fs.writeFileSync(path.join(dir, 'page.html'), articlePage(PROSE));
}, 60_000);

describe('help and version', () => {
  it.each([['--help'], ['-h'], ['help'], ['analyze', '--help']])('%s prints the usage on standard output and exits 0', (...args) => {
    const r = run(args);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Usage:\n {2}clearpage analyze/);
    expect(r.stdout).toContain('--timeout MS');
    expect(r.stdout).toMatch(/--jobs N runs N pages at a time/);
    expect(r.stderr).toBe('');
  });

  it('--version prints the package version', () => {
    const { version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    for (const flag of ['--version', '-V']) expect(run([flag])).toMatchObject({ status: 0, stdout: `clearpage ${version}\n` });
  });
});

describe('usage errors exit 2 with a message, never run, never print a stack', () => {
  it.each([
    [['analyze', '--timeout', 'abc', 'x.html'], /--timeout takes a time in milliseconds, e\.g\. --timeout 30000 \(not "abc"\)/],
    [['analyze', '--timeout', '0', 'x.html'], /--timeout takes a time in milliseconds/],
    [['analyze', '--timeout', '1e3', 'x.html'], /--timeout takes a time in milliseconds/],
    [['analyze', '-x', 'x.html'], /unknown option '-x'/],
    [['analyze', '--jobs', '0', 'x.html'], /--jobs takes how many pages to run at a time, 1 or more, e\.g\. --jobs 2 \(not "0"\)/],
    [['analyze', '--jobs', 'abc', 'x.html'], /--jobs takes how many pages to run at a time/],
    [['analyze', '--jobs=-1', 'x.html'], /--jobs takes how many pages to run at a time/],
    [['clean', '--jobs', '2', 'x.html'], /--jobs is an option of analyze, not of clean/],
    [['analyze', '--url'], /option '--url <value>' argument missing/],
    [['analyze', '--url', 'javascript:alert(1)', 'x.html'], /--url takes the page's http or https address/],
    [['analyze', '--input', 'pdf', 'x.html'], /--input is html or text/],
    [['analyze', '--charset', 'klingon', 'x.html'], /not an encoding label a browser knows/],
    [['export', '--format', 'docx', 'x.html'], /--format is md, text or html/],
    [['export', '--jsonl', 'x.html'], /--jsonl is an option of analyze, not of export/],
    [['analyze', '--out', 'o.md', 'x.html'], /--out is an option of export, not of analyze/],
    [['export', 'a.html', 'b.html'], /export takes one file at a time/],
    [['analyze', '-', '-'], /standard input \(-\) can be read only once/],
    [['analyze'], /no input file/],
    [['frobnicate', 'x.html'], /unknown command "frobnicate"/],
    [[], /no command given\nUsage:/],
  ])('%j', (args, message) => {
    const r = run(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/^clearpage: /);
    expect(r.stderr).not.toMatch(STACK);
    expect(r.stdout).toBe('');
  });
});

describe('output', () => {
  it('says plainly that the folder of --out does not exist, before doing any work', () => {
    const out = path.join(dir, 'no', 'such', 'folder', 'a.md');
    const r = run(['export', '--out', out, path.join(dir, 'page.html')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`clearpage: cannot write ${out}: there is no folder ${path.dirname(out)}\n`);
    expect(fs.existsSync(out)).toBe(false);
  });

  it('writes --out and says so on standard error', () => {
    const out = path.join(dir, 'a.txt');
    const r = run(['export', '--format', 'text', '-o', out, path.join(dir, 'page.html')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`clearpage: wrote ${out}\n`);
    expect(fs.readFileSync(out, 'utf8')).toMatch(/^Ferry crews vote to strike as harbour talks collapse\n/);
  });

  it.each([['1'], ['2']])('ends quietly when the reader of its output goes away (piping into head), --jobs %s', (jobs) => {
    const files = Array.from({ length: 40 }, () => path.join(dir, 'page.html'));
    const r = spawnSync('bash', ['-c', `"$0" "$1" analyze --jobs ${jobs} ${files.map((x) => `'${x}'`).join(' ')} | head -c 200 > /dev/null; echo "status \${PIPESTATUS[0]}" >&2`, process.execPath, bin],
      { cwd: root, encoding: 'utf8', timeout: 120_000 });
    expect(r.stderr).toBe('status 0\n');
  }, 120_000);
});
