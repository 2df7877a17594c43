// Peak memory of a batch. A batch's pages are independent: once a page's record is printed, all that was built for
// it is garbage. But a page's document and text outlive several young-generation collections while the page is
// worked on, so they are promoted and die in the old generation, which V8 lets grow to several times what its last
// full collection kept before it collects again: a batch's peak memory was 1.7–2× that of parse + Readability
// alone, nearly all of it dead pages. A smaller growth factor bounds the peak to the live data plus a few pages.
// Measured on the AEB batch (benchmarks/cli.mjs): peak RSS 296 → ~185 MB for ~8 % more CPU (more full collections).
// Forcing a full collection between pages instead (v8 `gc()`) cost ~30 % more CPU for the same peak.
import v8 from 'node:v8';

/** The old generation may grow to (1 + this / 100) × what the last full collection kept (V8 picks 1.1–4×). */
export const HEAP_GROWING_PERCENT = 100;

let set = false;

/**
 * Called once before a batch: every later full collection sets its next limit with this factor. V8 keys a code cache
 * by its flags: the flag is set back at exit, before bin/code-cache.mjs makes the cache (exit listeners added later
 * run later), so that a batch's cache is not refused by the next run, which starts with V8's default flags.
 */
export function boundHeapGrowth(): void {
  if (set) return;
  set = true;
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  process.prependOnceListener('exit', () => { v8.setFlagsFromString('--heap-growing-percent=0'); }); // V8's default
}

/**
 * A run over one page ends before V8's optimising compiler pays for itself: compiling its hot functions cost about a
 * sixth of such a run's CPU time and 5 MB (one-page runs on 12 AEB pages, alternated). Off for a one-page run, and
 * set back at exit, before the code cache is written: V8 keys that cache by its flags.
 */
export function skipOptimisingCompiler(): void {
  v8.setFlagsFromString('--no-opt');
  process.prependOnceListener('exit', () => { v8.setFlagsFromString('--opt'); });
}

/** How much bytecode a function runs before V8 considers optimising it: 16 × V8's default, 67 584 in Node 20's V8 (11.3). */
const DEFAULT_BUDGET = 67_584;
export const INTERRUPT_BUDGET = 16 * DEFAULT_BUDGET;

/**
 * A batch spent about a third of its instructions in V8's optimising compiler (cachegrind, 20 AEB pages): the
 * pipeline is thousands of functions, each warm on every page but hot on none, so the default budget optimised (and,
 * as pages differ, deoptimised and optimised again) hundreds of them. With 16 times the budget only the hottest
 * are optimised: a batch's CPU time fell by a fifth to a quarter on the AEB and fundus pages (2–128 × tried: a
 * plateau from 16 ×; no optimising at all is slower). Set back at exit, before the code cache is written. Only on
 * the V8 it was measured on, whose default is known (another default set back wrongly would make every cache refused).
 */
export function optimiseOnlyTheHottest(): void {
  if (!process.versions.v8.startsWith('11.')) return;
  v8.setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
  process.prependOnceListener('exit', () => { v8.setFlagsFromString(`--interrupt-budget=${DEFAULT_BUDGET}`); });
}
