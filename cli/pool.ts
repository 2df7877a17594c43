// A batch over worker threads (analyze --jobs N): each worker runs the whole per-page pipeline (cli/worker.ts) and
// sends back the line to print. This thread reads the inputs (standard input can only be read here), holds the
// batch's site memory (its first look needs every page, so it stays here and each page is sent its share: the
// reports are the same as a run in one thread), sends pages in order to idle workers and prints each line once it
// and every line before it are done. Memory stays bounded: a page is read only when a worker takes it, and no more
// than WINDOW pages a worker are read or held ahead of the next line to print.
// A worker that dies (out of memory, a fault) or does not answer within the page's time budget and a grace is
// replaced; its page is reported as an error and the batch goes on.
import { Worker } from 'node:worker_threads';
import type { Options } from './args';
import { readJob } from './job';
import { OverBudget } from './budget';
import { analyzeRecord } from './output';
import type { PageJob, WorkerReply, WorkerSetup } from './worker';

/** What the batch prints for a page: its line, and its error (for standard error) when it failed. */
export interface PageOutcome { file: string; line: string; error: string | null }

/** Pages read or held ahead of the next line to print, per worker. */
const WINDOW = 2;
/**
 * A page's worker may stay silent for twice its time budget and this much more before it is stopped: the worker
 * stops the page itself at the budget, and what follows (the record, sanitised with --sanitize) is outside it.
 */
const GRACE_MS = 10_000;
/** A worker's heap limit in MB (CLEARPAGE_WORKER_HEAP_MB; default V8's): a page needing more fails alone. */
const heapLimit = (): number | undefined => Number(process.env.CLEARPAGE_WORKER_HEAP_MB) || undefined;
const ENTRY = new URL('../bin/clearpage.mjs', import.meta.url);

export interface PoolSettings {
  /** How many workers. */
  size: number;
  /** Prints a page's outcome; false once output has stopped. */
  print: (p: PageOutcome) => boolean;
  /** What runs a page in this thread when no worker could start. */
  loadLocal: () => Promise<LocalRun>;
  /** The worker's script (tests give a stand-in) and how long past the budget it may stay silent. */
  entry?: URL | string;
  graceMs?: number;
}

interface Slot { worker: Worker; ready: boolean; page: number | null; timer?: NodeJS.Timeout; gone?: boolean }

/** Runs a page in this thread, for when no worker could start. */
export type LocalRun = (file: string, bytes: Uint8Array, known: ReadonlySet<string> | undefined) => Omit<PageOutcome, 'file'>;

export class Pool {
  private slots: Slot[] = [];
  private done = new Map<number, PageOutcome>();
  private next = 0;
  private printed = 0;
  private pumping = false;
  private started = false;
  private ended = false;
  private memory: (ReadonlySet<string> | null)[] | null = null;
  private local: LocalRun | null = null;
  /** The page read and waiting for a worker. */
  private queue: { i: number; bytes: Uint8Array } | null = null;
  private finish = () => {};
  private fault: (e: unknown) => void = () => {};
  private readonly setup: Omit<WorkerSetup, 'writesCache'>;

  private readonly size: number;

  /** Starts `size` workers at once (they load while the caller prepares the batch). */
  constructor(private readonly o: Options, private readonly how: PoolSettings) {
    this.size = how.size;
    this.setup = { clearpageJobs: true, options: { input: o.input, url: o.url, charset: o.charset, articlesOnly: o.articlesOnly, timeout: o.timeout, jsonl: o.jsonl, sanitize: o.sanitize } };
    for (let k = 0; k < this.size; k++) this.spawn(k === 0);
  }

  /** Runs the batch with each page's site memory (or none); resolves when every line is printed or output stops. */
  run(memory: (ReadonlySet<string> | null)[] | null): Promise<void> {
    this.memory = memory;
    this.started = true;
    const finished = new Promise<void>((resolve, reject) => { this.finish = resolve; this.fault = reject; });
    this.flush();
    void this.pump();
    return finished;
  }

  private file(i: number): string {
    return this.o.files[i] ?? '';
  }

  private spawn(writesCache: boolean): void {
    const limit = heapLimit();
    const worker = new Worker(this.how.entry ?? ENTRY, { workerData: { ...this.setup, writesCache } satisfies WorkerSetup, resourceLimits: limit ? { maxOldGenerationSizeMb: limit } : undefined });
    const slot: Slot = { worker, ready: false, page: null };
    this.slots.push(slot);
    worker.on('message', (m: WorkerReply) => this.answer(slot, m));
    worker.on('error', (e: Error & { code?: string }) => this.lost(slot, e.code === 'ERR_WORKER_OUT_OF_MEMORY'
      ? 'stopped: the page needed more memory than a worker may use'
      : `internal error (please report it): the page's worker stopped (${e.message})`));
    worker.on('exit', (code) => this.lost(slot, `internal error (please report it): the page's worker ended (exit code ${code})`));
  }

  private answer(slot: Slot, m: WorkerReply): void {
    if (slot.gone) return;
    if ('ready' in m) slot.ready = true;
    else if (slot.page === m.i) { clearTimeout(slot.timer); slot.page = null; this.store(m.i, m.line, m.error); }
    void this.pump();
  }

  /** A worker is gone (or is stopped): its page fails, and it is replaced when it had started well. */
  private lost(slot: Slot, error: string): void {
    if (slot.gone) return;
    slot.gone = true;
    clearTimeout(slot.timer);
    void slot.worker.terminate();
    this.slots = this.slots.filter((s) => s !== slot);
    if (slot.page !== null) this.store(slot.page, analyzeRecord({ file: this.file(slot.page), error }, { jsonl: this.o.jsonl }), error);
    // One that never became ready would likely fail again: the others (or this thread, when none is left) go on.
    if (slot.ready && !this.ended) this.spawn(false);
    void this.pump();
  }

  private store(i: number, line: string, error: string | null): void {
    this.done.set(i, { file: this.file(i), line, error });
    this.flush();
  }

  /** Prints every line that is next in order; ends the batch after the last (or when output stops). */
  private flush(): void {
    for (let p = this.done.get(this.printed); p; p = this.done.get(this.printed)) {
      this.done.delete(this.printed++);
      if (!this.how.print(p)) this.printed = this.o.files.length;
    }
    if (this.started && this.printed >= this.o.files.length) this.end();
  }

  /** Lets every worker end (the first then writes the code cache) and resolves the batch. */
  private end(): void {
    if (this.ended) return;
    this.ended = true;
    this.close();
    this.finish();
  }

  /** Ends the workers: an idle one when it reads this (its code cache is then written), a busy one at once. */
  close(): void {
    this.ended = true;
    for (const slot of this.slots) {
      clearTimeout(slot.timer);
      slot.gone = true;
      if (slot.page === null) slot.worker.postMessage(null);
      else void slot.worker.terminate();
    }
    this.slots = [];
  }

  /** Reads the next page (one ahead, within the window) and sends read pages to idle workers, in order. */
  private async pump(): Promise<void> {
    if (this.pumping || !this.started || this.ended) return;
    this.pumping = true;
    try {
      for (;;) {
        const idle = this.slots.find((s) => s.ready && s.page === null);
        if (this.queue && idle) { this.send(idle, this.queue.i, this.queue.bytes); this.queue = null; }
        else if (this.queue && !this.slots.length) await this.alone(this.queue.i, this.queue.bytes);
        else if (!this.queue && this.next < this.o.files.length && this.next < this.printed + WINDOW * this.size) await this.read(this.next++);
        else break;
      }
    } catch (e) {
      this.fault(e); // a fault of ours, not of a page (the analysis would not load): the command says so
    } finally {
      this.pumping = false;
    }
  }

  private async read(i: number): Promise<void> {
    const bytes = await readJob(this.file(i), this.o);
    if (bytes instanceof Uint8Array) this.queue = { i, bytes };
    else this.store(i, analyzeRecord(bytes, { jsonl: this.o.jsonl }), bytes.error);
  }

  private send(slot: Slot, i: number, bytes: Uint8Array): void {
    const own = new Uint8Array(bytes); // a buffer of its own, moved to the worker (a small file's shares Node's pool)
    const known = this.memory?.[i];
    const job: PageJob = { i, file: this.file(i), bytes: own, known: known?.size ? [...known] : null };
    slot.page = i;
    slot.timer = setTimeout(() => this.lost(slot, new OverBudget(`stopped: over the time budget of ${this.o.timeout} ms`).message), 2 * this.o.timeout + (this.how.graceMs ?? GRACE_MS));
    slot.worker.postMessage(job, [own.buffer]);
  }

  /** No worker is left (none could start): the page runs in this thread. */
  private async alone(i: number, bytes: Uint8Array): Promise<void> {
    this.queue = null;
    this.local ??= await this.how.loadLocal();
    const p = this.local(this.file(i), bytes, this.memory?.[i] ?? undefined);
    this.store(i, p.line, p.error);
  }
}
