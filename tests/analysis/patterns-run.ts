// How many regular expressions a piece of code runs: the tests that check a cold page's path runs no pattern it
// does not need (each pattern is compiled on its first run).
import { vi } from 'vitest';

/** What `run` returns, and how many patterns ran meanwhile (counted before any assertion runs one). */
export function patternsRun<T>(run: () => T): [T, number] {
  const exec = vi.spyOn(RegExp.prototype, 'exec'), test = vi.spyOn(RegExp.prototype, 'test');
  try {
    const out = run();
    return [out, exec.mock.calls.length + test.mock.calls.length];
  } finally { exec.mockRestore(); test.mockRestore(); }
}

/** What `run` returns, and the sources of the patterns it ran (by `exec`, which `test` and the string methods call). */
export function sourcesRun<T>(run: () => T): [T, string[]] {
  const seen: string[] = [];
  const exec = RegExp.prototype.exec;
  const spy = vi.spyOn(RegExp.prototype, 'exec').mockImplementation(function (this: RegExp, s: string) {
    seen.push(this.source);
    return exec.call(this, s);
  });
  try { return [run(), seen]; } finally { spy.mockRestore(); }
}
