// Bundles the CLI (cli/ + lib/) into dist/ with esbuild, so that `clearpage` starts without compiling TypeScript.
// Runs on `npm ci` (postinstall) and `npm run build:cli`. Dependencies stay in node_modules (not bundled).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const common = {
  bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', sourcemap: true, logLevel: 'warning',
  absWorkingDir: root,
};
await build({ ...common, entryPoints: { clearpage: 'cli/clearpage.ts', 'clearpage-worker': 'cli/worker.ts' }, outdir: 'dist', outExtension: { '.js': '.mjs' } });
console.log('built dist/clearpage.mjs');
