// Which functions a piece of code entered, by V8's precise coverage: the tests that check a cold page does not enter
// (so does not compile) code it does not need. V8 compiles a function whole at its first call.
import { Session } from 'node:inspector';

/** The names of the functions in files whose address holds `under` that `run` called (V8's precise coverage). */
export function called(under: string, run: () => void): Set<string> {
  const s = new Session();
  s.connect();
  const post = (method: string, params?: object) => {
    let out: unknown;
    s.post(method, params, (err, res) => { if (err) throw err; out = res; });
    return out as { result: { url: string; functions: { functionName: string; ranges: { count: number }[] }[] }[] };
  };
  post('Profiler.enable');
  post('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
  run();
  const { result } = post('Profiler.takePreciseCoverage');
  s.disconnect();
  return new Set(result.filter((r) => r.url.includes(under)).flatMap((r) => r.functions.filter((f) => f.ranges[0]!.count > 0).map((f) => f.functionName)));
}
