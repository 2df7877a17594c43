// The command line: `node:util` parseArgs, then each value checked and turned into Options. A usage error is a
// UsageError (exit 2, its message and a pointer to --help; never a stack trace).
import { parseArgs } from 'node:util';
import { encodingName } from '../lib/decode';
import type { ExportFormat } from '../lib/export';

export const USAGE = `Usage:
  clearpage analyze [--jsonl] [--articles-only] [--sanitize] [--jobs N] [options] FILE...
  clearpage clean   [options] FILE
  clearpage export  [--format md|text|html] [--out FILE] [options] FILE
  clearpage --help | --version

Options of every command:
  --url URL          the page's address (resolves relative links; otherwise its canonical link is used)
  --input html|text  read FILE as a page or as plain text (default: .txt/.text/.md are text, the rest pages)
  --charset LABEL    the encoding a server declared for the page (e.g. shift_jis); a byte order mark still wins
  --timeout MS       time budget of one input in milliseconds (default 30000): a page that takes longer is stopped

analyze prints one JSON object per input (one line each with --jsonl). Every input is extracted and cleaned when
Readability finds text in it; "isArticle" says whether it reads as a news article (--articles-only reports the
others without extracting them). article.html is the clean article's markup, NOT sanitised (links are not
checked) unless --sanitize is given: the shared policy (no scripts, handlers, frames, forms, styles, trackers,
<base>; links http, https, mailto only). An input that
cannot be processed gets {"file", "error"} and a line on standard error; the batch goes on.
--jobs N runs N pages at a time, each in a worker thread of its own (default 1: every page in this thread, which was
as fast or faster on a 2-core machine; at most one a file); the records come out in the order of the files, the same.
clean prints the article, what was removed and why, key quotes and parties, for a person to read.
export writes Markdown (YAML front matter), plain text or sanitised standalone HTML.
FILE may be - for standard input. Exit code: 0 when an input was processed, 1 when none was, 2 for a usage error.`;

export class UsageError extends Error {}

export type Command = 'analyze' | 'clean' | 'export';

export interface Options {
  command: Command | 'help' | 'version';
  files: string[];
  jsonl: boolean;
  articlesOnly: boolean;
  sanitize: boolean;
  url: string | null;
  input?: 'html' | 'text';
  charset: string | null;
  format: ExportFormat;
  out: string | null;
  timeout: number;
  /** Pages run at a time (--jobs); null: one. */
  jobs: number | null;
}

const SPEC = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
  jsonl: { type: 'boolean' },
  'articles-only': { type: 'boolean' },
  sanitize: { type: 'boolean' },
  force: { type: 'boolean' }, // accepted for old scripts: every command extracts unless --articles-only
  url: { type: 'string' },
  input: { type: 'string' },
  charset: { type: 'string' },
  format: { type: 'string', short: 'f' },
  out: { type: 'string', short: 'o' },
  timeout: { type: 'string' },
  jobs: { type: 'string', short: 'j' },
} as const;

/** Options that only some commands take. */
const ONLY: Record<string, Command[]> = { jsonl: ['analyze'], 'articles-only': ['analyze'], sanitize: ['analyze'], jobs: ['analyze'], format: ['export'], out: ['export'] };

const FORMATS: Record<string, ExportFormat> = { md: 'md', markdown: 'md', text: 'text', txt: 'text', html: 'html' };

function parse(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: SPEC, allowPositionals: true, strict: true });
  } catch (e) {
    // parseArgs's messages name the option; drop its advice about '--' where it would only confuse.
    throw new UsageError((e as Error).message.replace(/\. To specify a positional argument starting with a '-'.*$/s, '').replace(/^Unknown option/, 'unknown option').replace(/^Option/, 'option'));
  }
}

function checkValues(v: ReturnType<typeof parse>['values'], o: Options): void {
  if (v.timeout !== undefined) {
    o.timeout = /^\d+$/.test(v.timeout.trim()) ? Number(v.timeout) : NaN;
    if (!(o.timeout > 0)) throw new UsageError(`--timeout takes a time in milliseconds, e.g. --timeout 30000 (not "${v.timeout}")`);
  }
  if (v.jobs !== undefined) {
    o.jobs = /^\d{1,4}$/.test(v.jobs.trim()) ? Number(v.jobs) : 0;
    if (!(o.jobs > 0)) throw new UsageError(`--jobs takes how many pages to run at a time, 1 or more, e.g. --jobs 2 (not "${v.jobs}")`);
  }
  if (v.input !== undefined) {
    if (v.input !== 'html' && v.input !== 'text') throw new UsageError(`--input is html or text (not "${v.input}")`);
    o.input = v.input;
  }
  if (v.format !== undefined) {
    const f = FORMATS[v.format.toLowerCase()];
    if (!f) throw new UsageError(`--format is md, text or html (not "${v.format}")`);
    o.format = f;
  }
  if (v.charset !== undefined) {
    if (!encodingName(v.charset)) throw new UsageError(`--charset: "${v.charset}" is not an encoding label a browser knows (e.g. utf-8, windows-1252, shift_jis, gb18030, koi8-r, iso-8859-2)`);
    o.charset = v.charset;
  }
  if (v.url !== undefined) {
    let ok = false;
    try { ok = /^https?:$/.test(new URL(v.url).protocol); } catch { ok = false; }
    if (!ok) throw new UsageError(`--url takes the page's http or https address (not "${v.url}")`);
    o.url = v.url;
  }
}

/** Options from the arguments after `clearpage`; throws UsageError. */
export function parseCommandLine(argv: string[]): Options {
  const { values: v, positionals } = parse(argv);
  const o: Options = { command: 'help', files: [], jsonl: !!v.jsonl, articlesOnly: !!v['articles-only'], sanitize: !!v.sanitize, url: null, charset: null, format: 'md', out: v.out ?? null, timeout: 30_000, jobs: null };
  if (v.version) return { ...o, command: 'version' };
  const [command, ...files] = positionals;
  if (v.help || command === 'help') return o;
  if (command === undefined) throw new UsageError('no command given');
  if (command !== 'analyze' && command !== 'clean' && command !== 'export') throw new UsageError(`unknown command "${command}" (analyze, clean or export)`);
  o.command = command;
  o.files = files;
  for (const [name, commands] of Object.entries(ONLY))
    if (v[name as keyof typeof v] !== undefined && !commands.includes(command)) throw new UsageError(`--${name} is an option of ${commands.join(' and ')}, not of ${command}`);
  checkValues(v, o);
  if (!files.length) throw new UsageError('no input file (give a file, or - for standard input)');
  if (command !== 'analyze' && files.length > 1) throw new UsageError(`${command} takes one file at a time (analyze takes many)`);
  if (files.filter((f) => f === '-').length > 1) throw new UsageError('standard input (-) can be read only once');
  return o;
}

/**
 * How many pages a run works on at a time: --jobs, else 1; never more than its files; 1 but for analyze. One by
 * default: each worker warms its own compiler and holds its own heap (1.8x the memory with two), and the batch's
 * first look runs before any worker starts, so two workers on two shared cores were slower than one thread
 * (docs/performance.md).
 */
export const jobCount = (o: Options): number =>
  o.command === 'analyze' ? Math.max(1, Math.min(o.jobs ?? 1, o.files.length)) : 1;
