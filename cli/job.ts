// One input of a batch, in two steps: its bytes read (in the thread that prints: standard input is read there),
// then decoded, parsed and run through the pipeline within its time budget (cli/budget.ts), in this thread or in a
// worker (cli/worker.ts). Either step's failure is a `{ file, error }` with a message for a person.
import type { Options } from './args';
import { withinBudget, OverBudget } from './budget';
import { readFileCapped, readStdinCapped, InputError } from './read';
import { processInput, failed, MAX_INPUT_BYTES, type Failure, type JobResult } from './process';
import { analyzeRecord } from './output';
import type { Analyzer } from '../lib/pipeline';
import type { ArticleSanitizer } from '../lib/sanitize';

export type JobOptions = Pick<Options, 'input' | 'url' | 'charset' | 'articlesOnly' | 'timeout'>;

export async function readBytes(file: string, timeoutMs: number): Promise<Uint8Array> {
  const limits = { maxBytes: MAX_INPUT_BYTES, timeoutMs };
  return file === '-' ? readStdinCapped(limits) : readFileCapped(file, limits);
}

function asFailure(file: string, e: unknown): Failure {
  if (e instanceof InputError || e instanceof OverBudget) return { file, error: e.message };
  // A fault of ours, not of the input: say so plainly, keep the batch going.
  return { file, error: `internal error (please report it): ${(e as Error).message}` };
}

/** An input's bytes, or why they could not be read. */
export async function readJob(file: string, o: JobOptions): Promise<Uint8Array | Failure> {
  try {
    return await readBytes(file, o.timeout);
  } catch (e) {
    return asFailure(file, e);
  }
}

/** The pipeline on an input's bytes within the time budget; `known`: the batch's site memory for this page. */
export function runJob(file: string, bytes: Uint8Array, o: JobOptions, analyze: Analyzer | null, known?: ReadonlySet<string>): JobResult {
  try {
    const job = { file, bytes, input: o.input, url: o.url, charset: o.charset, force: !o.articlesOnly, analyze, options: known?.size ? { knownFingerprints: known } : undefined };
    return withinBudget(() => processInput(job), o.timeout);
  } catch (e) {
    return asFailure(file, e);
  }
}

/** One input: read, then decode, parse and run the pipeline within the time budget. */
export async function runOne(file: string, o: JobOptions, analyze: Analyzer | null, known?: ReadonlySet<string>): Promise<JobResult> {
  const bytes = await readJob(file, o);
  return bytes instanceof Uint8Array ? runJob(file, bytes, o, analyze, known) : bytes;
}

/** What analyze prints for a page run in this thread (a worker's, or the pool's own): its line, and its error. */
export function pageLine(file: string, bytes: Uint8Array, o: JobOptions & { jsonl: boolean }, run: { analyze: Analyzer | null; sanitize: ArticleSanitizer | null }, known?: ReadonlySet<string>): { line: string; error: string | null } {
  const result = runJob(file, bytes, o, run.analyze, known);
  return { line: analyzeRecord(result, { jsonl: o.jsonl, sanitize: run.sanitize }), error: failed(result) ? result.error : null };
}
