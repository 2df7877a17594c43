// clearpage: the pipeline on saved pages and texts, from the command line (usage in cli/args.ts, the batch in
// cli/run.ts, loaded only once the command line is valid: --help, --version and usage errors answer at once).
import { isMainThread, workerData } from 'node:worker_threads';
import { version } from '../package.json';
import { parseCommandLine, jobCount, USAGE, UsageError, type Options } from './args';

const say = (line: string) => { process.stderr.write(`clearpage: ${line}\n`); };

let ranInput = false;
/** A worker thread of a batch (cli/pool.ts, cli/worker.ts, loaded only there) runs pages, not a command line. */
const inWorker = !isMainThread && !!(workerData as { clearpageJobs?: boolean } | null)?.clearpageJobs;
let worker: typeof import('./worker') | null = null;
/**
 * Whether this run compiled what the code cache is for (bin/): it went on to run its inputs itself (not --help, a
 * usage error, or a batch whose pages ran in worker threads, which leave a cache of their own).
 */
export const readInput = (): boolean => (inWorker ? !!worker?.workerWritesCache() : ranInput);

// Piping into `head` closes standard output early: stop quietly, as other tools do.
let outputClosed = false;
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    outputClosed = true;
    process.exit(process.exitCode ?? 0);
  });
}

async function main(argv: string[]): Promise<number> {
  let o: Options;
  try {
    o = parseCommandLine(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    say(argv.length ? `${e.message}\nRun "clearpage --help" for usage.` : `${e.message}\n${USAGE}`);
    return 2;
  }
  if (o.command === 'help') { process.stdout.write(USAGE + '\n'); return 0; }
  if (o.command === 'version') { process.stdout.write(`clearpage ${version}\n`); return 0; }
  const { run } = await import('./run');
  ranInput = jobCount(o) === 1;
  return run(o, () => outputClosed);
}

if (inWorker) void import('./worker').then((m) => { worker = m; return m.serveJobs(); });
else main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e) => { say(`internal error (please report it): ${(e as Error).stack ?? e}`); process.exitCode = 1; },
);
