#!/usr/bin/env node
// What each bundle of the extension is made of: bytes (minified, before gzip) per source file, from a build with
// source maps into .output/sourcemaps (the normal build is left alone). Finds what the every-page content script
// pulls in. Usage: node benchmarks/bundle-sources.mjs [bundle ...]   (default: content-scripts/content.js)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { SourceMap } from 'node:module';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, '.output', 'sourcemaps');
const bundles = process.argv.slice(2).length ? process.argv.slice(2) : ['content-scripts/content.js'];

const b = spawnSync(path.join(root, 'node_modules/.bin/wxt'), ['build'], { cwd: root, env: { ...process.env, CLEARPAGE_SOURCEMAPS: out }, encoding: 'utf8' });
if (b.status !== 0) { console.error(b.stdout, b.stderr); process.exit(1); }

for (const rel of bundles) {
  const file = path.join(out, 'chrome-mv3', rel);
  const code = fs.readFileSync(file, 'utf8');
  // Node's own source-map reader: each generated character belongs to the mapping at or before it.
  const map = new SourceMap(JSON.parse(fs.readFileSync(`${file}.map`, 'utf8')));
  const bytes = new Map();
  code.split('\n').forEach((line, l) => {
    for (let c = 0; c < line.length; c++) {
      const raw = map.findEntry(l, c)?.originalSource ?? '(no source)';
      const src = raw.includes('node_modules/') ? raw.replace(/^.*?node_modules\//, 'node_modules/')
        : raw.replace(/^(file:\/\/)?.*?\/(lib|utils|components|entrypoints)\//, '$2/');
      bytes.set(src, (bytes.get(src) ?? 0) + 1);
    }
  });
  console.log(`${rel}: ${code.length} B, ${zlib.gzipSync(code, { level: 9 }).length} B gzipped`);
  for (const [src, n] of [...bytes].sort((x, y) => y[1] - x[1])) console.log(`${String(n).padStart(8)}  ${src}`);
}
