// What benchmarks/cli.mjs times in-process: the CLI's own work on each file (read, decode, parse, pipeline with
// analysis, the JSON line), as `clearpage analyze --jsonl` does it, without the process start and module loading.
import { parseCommandLine } from '../cli/args';
import { runOne } from '../cli/job';
import { analyzeRecord } from '../cli/output';
import { loadAnalyzer } from '../cli/analysis';

export async function runFiles(files: string[]): Promise<number> {
  const o = parseCommandLine(['analyze', '--jsonl', ...files]);
  const analyze = await loadAnalyzer();
  let bytes = 0;
  for (const file of files) bytes += analyzeRecord(await runOne(file, o, analyze), { jsonl: true }).length;
  return bytes;
}
