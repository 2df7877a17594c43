// The time budget of one input, enforced in this thread: the job runs under a `vm` script's timeout, whose watchdog
// interrupts any JavaScript still running when the time is up (a pathological regular expression included). This
// needs no worker thread: no second heap, no start-up, no copy of each report (see docs/performance.md).
import vm from 'node:vm';

export class OverBudget extends Error {}

// Node builds some globals on first use (`performance` loads perf_hooks then). A timeout that interrupts that first
// use leaves the global undefined for every later input ("Cannot read properties of undefined (reading 'now')"):
// touch them here, outside any budget.
void globalThis.performance.now();

const KEY = Symbol.for('clearpage.job');
const holder = globalThis as unknown as Record<symbol, (() => unknown) | undefined>;
const script = new vm.Script(`globalThis[Symbol.for('clearpage.job')]()`, { filename: 'clearpage-budget.js' });

/** `job()`'s result, or OverBudget when it runs longer than `ms` milliseconds. */
export function withinBudget<T>(job: () => T, ms: number): T {
  holder[KEY] = job;
  try {
    return script.runInThisContext({ timeout: ms }) as T;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw new OverBudget(`stopped: over the time budget of ${ms} ms`);
    throw e;
  } finally {
    holder[KEY] = undefined;
  }
}
