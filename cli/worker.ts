// A worker thread of a batch run with --jobs (cli/pool.ts): loads the analysis (and the sanitiser when asked) once,
// then runs each page it is sent through the whole pipeline and sends back the line analyze prints for it.
import { parentPort, workerData } from 'node:worker_threads';
import { pageLine, type JobOptions } from './job';
import { loadAnalyzer } from './analysis';
import { loadSanitizer } from './sanitize';

/** What the main thread gives a worker when it starts it. */
export interface WorkerSetup {
  clearpageJobs: true;
  options: JobOptions & { jsonl: boolean; sanitize: boolean };
  /** Whether this worker writes the code cache of the kind 'analyze-worker' when it ends (one worker does). */
  writesCache: boolean;
}

/** A page sent to a worker: its place in the batch, its bytes and its site memory; null ends the worker. */
export interface PageJob { i: number; file: string; bytes: Uint8Array; known: string[] | null }

/** A worker's answers: it is ready for pages, or a page's printed line (`error` when the page failed). */
export type WorkerReply = { ready: true } | { i: number; line: string; error: string | null };

let ranPages = false;
/** Whether this worker should leave the code cache behind (it has compiled the page path). */
export const workerWritesCache = (): boolean => ranPages && (workerData as WorkerSetup).writesCache;

export async function serveJobs(): Promise<void> {
  const port = parentPort!;
  const { options: o } = workerData as WorkerSetup;
  const analyze = await loadAnalyzer();
  const sanitize = o.sanitize ? await loadSanitizer() : null;
  port.on('message', (job: PageJob | null) => {
    if (!job) { port.close(); return; } // the batch is done: end, so that the code cache is written at exit
    const reply: WorkerReply = { i: job.i, ...pageLine(job.file, job.bytes, o, { analyze, sanitize }, job.known ? new Set(job.known) : undefined) };
    ranPages = true;
    port.postMessage(reply);
  });
  port.postMessage({ ready: true } satisfies WorkerReply);
}
