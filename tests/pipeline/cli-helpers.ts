// The clearpage command as a user runs it, for the CLI tests: a real process over real files.
import { spawnSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

export const root = path.resolve(__dirname, '..', '..');
export const bin = path.join(root, 'bin', 'clearpage.mjs');

let built = false;
/** Builds dist/ once per test file, so that the tests run the code of this checkout. */
export function buildCli(): void {
  if (built) return;
  const r = spawnSync(process.execPath, [path.join(root, 'scripts', 'build-cli.mjs')], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`CLI build failed: ${r.stderr}`);
  built = true;
}

export function run(args: string[], input?: string | Buffer, timeout = 120_000) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, input, encoding: 'utf8', maxBuffer: 1 << 28, timeout });
  return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '', signal: r.signal };
}

/** Runs the CLI with standard input left open (a writer that never finishes). */
export function runWithOpenStdin(args: string[], timeout = 60_000): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '', stderr = '';
    child.stdout.on('data', (c) => { stdout += c; });
    child.stderr.on('data', (c) => { stderr += c; });
    const timer = setTimeout(() => { child.kill(); reject(new Error('the CLI hung')); }, timeout);
    child.on('close', (status) => { clearTimeout(timer); child.stdin.destroy(); resolve({ status, stdout, stderr }); });
  });
}

/** The folders tmp() made, removed when the test file is done (one test file wrote 25 MB a run and kept it). */
const made: string[] = [];
afterAll(() => { for (const d of made.splice(0)) fs.rmSync(d, { recursive: true, force: true }); });
export const tmp = (name: string) => { const d = fs.mkdtempSync(path.join(os.tmpdir(), `clearpage-${name}-`)); made.push(d); return d; };
export const lines = (s: string) => s.split('\n').filter((l) => l.trim());
export const records = (stdout: string) => lines(stdout).map((l) => JSON.parse(l));
/** A stack trace's frame line, which no user error may print. */
export const STACK = /^\s+at .*\(|^\s+at file:|node:internal/m;

/** A short news article page. */
export function articlePage(paragraphs: string[], title = 'Ferry crews vote to strike as harbour talks collapse'): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><meta property="og:type" content="article"></head>` +
    `<body><article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article></body></html>`;
}

export const PROSE = [
  'Crews on the island ferry voted on Wednesday to strike for three days later this month, after talks between the union and the operator collapsed over pay and rest hours.',
  'The operator said it had offered a rise of four per cent and would keep talking, while the union said the offer fell short of rising costs on the island.',
  'Residents who rely on the crossing for work, school and hospital visits said they feared a repeat of the winter storms, when no boat sailed for nine days.',
  'The council asked both sides to return to talks before the strike begins, and said it would publish emergency travel arrangements next week.',
];
