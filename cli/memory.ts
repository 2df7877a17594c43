// Peak memory of a batch. A batch's pages are independent: once a page's record is printed, all that was built for
// it is garbage. Left alone, V8 runs its first full collection only when the old generation nears a limit it starts
// high (hundreds of megabytes), and a page's document and text outlive several young-generation collections, so
// they pile up there: a batch's peak memory was twice that of parse + Readability alone, nearly all of it garbage.
// Collecting after a page when the heap has grown a page's worth past what the last collection kept bounds the
// peak to the live data plus a few pages, at the cost of one full collection every few pages.
import v8 from 'node:v8';
import vm from 'node:vm';

/** Growth of the heap since the last collection that makes the next one worth its time (bytes). */
export const GROWTH_BEFORE_COLLECTING = 48 * 1024 * 1024;

let collect: (() => void) | null | undefined;
let keptAfterLast = 0;

function collector(): (() => void) | null {
  if (collect !== undefined) return collect;
  try {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as unknown;
    collect = typeof gc === 'function' ? (gc as () => void) : null;
  } catch {
    collect = null;
  }
  return collect;
}

/** Called between pages: a full collection when the heap has grown enough since the last one. */
export function betweenPages(): void {
  const used = v8.getHeapStatistics().used_heap_size;
  if (used - keptAfterLast < GROWTH_BEFORE_COLLECTING) return;
  const gc = collector();
  if (!gc) return;
  gc();
  keptAfterLast = v8.getHeapStatistics().used_heap_size;
}
