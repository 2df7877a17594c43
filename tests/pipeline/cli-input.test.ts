// Reading inputs: sizes checked before reading (a huge file is refused from its size alone), standard input read
// as a capped stream within the time budget, devices refused, legacy encodings decoded as a browser would so that
// quotes are found.
import { describe, it, expect, beforeAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { buildCli, run, runWithOpenStdin, tmp, records, articlePage, PROSE } from './cli-helpers';

let dir: string;
const f = (name: string) => path.join(dir, name);
const latin1 = (s: string) => Buffer.from([...s].map((c) => ({ '“': 0x93, '”': 0x94, '–': 0x96, '…': 0x85, '€': 0x80, '’': 0x92 } as Record<string, number>)[c] ?? c.charCodeAt(0)));

beforeAll(() => {
  buildCli();
  dir = tmp('input');
}, 60_000);

describe('sizes', () => {
  it('refuses a 1.5 GB file from its size, before reading it', () => {
    const fd = fs.openSync(f('huge.html'), 'w');
    fs.ftruncateSync(fd, 1_500_000_000); // sparse: takes no disk space
    fs.closeSync(fd);
    const r = run(['analyze', '--jsonl', f('huge.html')]);
    // Only stat knows the whole size: a read capped at the limit would stop at 24 MB.
    expect(records(r.stdout)[0].error).toBe('too large (1500.0 MB; the limit is 24.0 MB)');
    fs.rmSync(f('huge.html'));
  });

  it('stops reading standard input past the limit', () => {
    const r = run(['analyze', '--jsonl', '-'], Buffer.alloc(25_000_000, 'a'));
    expect(records(r.stdout)[0]).toEqual({ file: '-', error: 'too large (over 24.0 MB; the limit is 24.0 MB)' });
    expect(r.status).toBe(1);
  });

  it('refuses text over 8 million characters after decoding', () => {
    fs.writeFileSync(f('long.txt'), 'Headline\n\n' + 'word '.repeat(1_700_000));
    expect(records(run(['analyze', '--jsonl', f('long.txt')]).stdout)[0].error).toMatch(/^too large \(8\.5 million characters; the limit is 8 million\)$/);
  });
});

describe('standard input and special files', () => {
  it('gives up on standard input that does not end within the time budget, without hanging', async () => {
    const r = await runWithOpenStdin(['analyze', '--jsonl', '--timeout', '1500', '-']);
    expect(records(r.stdout)[0]).toEqual({ file: '-', error: 'standard input did not end within 1500 ms' });
    expect(r.status).toBe(1);
  });

  it('refuses devices instead of reading them forever', () => {
    const r = run(['analyze', '--jsonl', '/dev/zero', '/dev/null']);
    expect(records(r.stdout).map((x) => x.error)).toEqual(['a device, not a file', 'a device, not a file']);
  });

  it('reads a page from standard input', () => {
    const [rec] = records(run(['analyze', '--jsonl', '-'], articlePage(PROSE)).stdout);
    expect(rec.file).toBe('-');
    expect(rec.article.text).toContain('Crews on the island ferry voted');
  });
});

describe('encodings, end to end', () => {
  const quote = '“We have been patient for six months, and patience has not paid a single bill,” said Maria Quist, the union’s secretary – who called the offer of €40 “an insult”…';
  it('reads an undeclared windows-1252 page with its curly quotes, dashes and euro sign, and finds the quotes', () => {
    fs.writeFileSync(f('western.html'), latin1(articlePage([PROSE[0]!, quote, PROSE[1]!, PROSE[2]!]).replace('<meta charset="utf-8">', '')));
    const [rec] = records(run(['analyze', '--jsonl', f('western.html')]).stdout);
    expect(rec.article.text).toContain(quote);
    expect(rec.quotes.map((q: { text: string }) => q.text)).toContain('We have been patient for six months, and patience has not paid a single bill,');
  });

  it('reads a declared windows-1252 plain text the same way', () => {
    fs.writeFileSync(f('western.txt'), latin1(`Ferry crews vote to strike\n\n${PROSE[0]}\n\n${quote}\n`));
    const [rec] = records(run(['analyze', '--jsonl', '--charset', 'windows-1252', f('western.txt')]).stdout);
    expect(rec.article.text).toContain(quote);
  });

  it('reads an undeclared KOI8-R page with --charset, and as windows-1252 without it (as a Western browser would)', () => {
    const body = Buffer.from([0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4]); // Привет
    fs.writeFileSync(f('koi8.txt'), Buffer.concat([Buffer.from('Headline\n\n'), body, Buffer.from(' '), body, Buffer.from('.\n')]));
    expect(records(run(['analyze', '--jsonl', '--charset', 'koi8-r', f('koi8.txt')]).stdout)[0].article.text).toBe('Привет Привет.');
    expect(records(run(['analyze', '--jsonl', f('koi8.txt')]).stdout)[0].article.text).toBe('ðÒÉ×ÅÔ ðÒÉ×ÅÔ.');
  });
});
