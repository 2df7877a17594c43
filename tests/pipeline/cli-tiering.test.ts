// A batch leaves V8's optimising compiler to its hottest functions (cli/memory.ts): a function that has run as much
// bytecode as V8's default budget lets through is not optimised yet during a batch, and is again once the setting is
// set back at exit (before the code cache is written: V8 keys that cache by its flags).
import v8 from 'node:v8';
import { describe, expect, it } from 'vitest';
import { optimiseOnlyTheHottest } from '../../cli/memory';

v8.setFlagsFromString('--allow-natives-syntax');
const status = new Function('f', 'return %GetOptimizationStatus(f)') as (f: unknown) => number;
// V8's status bits: optimised, or marked for (or being given) optimised code
const OPTIMISING = 16 | 256 | 512 | 1024;

let made = 0;
/** Whether a small new function (its own source, so no code is shared) is optimised after 40 000 calls. */
function optimisedAfterManyCalls(): boolean {
  const f = new Function('a', `/* ${++made} */ return a * 3 + 1;`) as (a: number) => number;
  for (let i = 0; i < 40_000; i++) f(i);
  return (status(f) & OPTIMISING) !== 0;
}

describe("a batch's tiering", () => {
  it.runIf(process.versions.v8.startsWith('11.'))('optimises a warm function later during a batch, and as before once set back at exit', () => {
    expect(optimisedAfterManyCalls()).toBe(true);
    const before = process.listeners('exit');
    optimiseOnlyTheHottest();
    const added = process.listeners('exit').filter((l) => !before.includes(l));
    try {
      expect(added).toHaveLength(1);
      expect(optimisedAfterManyCalls()).toBe(false);
    } finally {
      for (const l of added) { process.removeListener('exit', l); (l as () => void)(); }
    }
    expect(optimisedAfterManyCalls()).toBe(true);
  });
});
