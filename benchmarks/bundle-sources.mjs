#!/usr/bin/env node
// What each bundle of the extension is made of: bytes (minified, before gzip) per source file, from a build with
// source maps into .output/sourcemaps (the normal build is left alone). Finds what the every-page content script
// pulls in. Usage: node benchmarks/bundle-sources.mjs [bundle ...]   (default: content-scripts/content.js)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { SourceMapConsumer } from 'source-map-js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, '.output', 'sourcemaps');
const bundles = process.argv.slice(2).length ? process.argv.slice(2) : ['content-scripts/content.js'];

const b = spawnSync(path.join(root, 'node_modules/.bin/wxt'), ['build'], { cwd: root, env: { ...process.env, CLEARPAGE_SOURCEMAPS: out }, encoding: 'utf8' });
if (b.status !== 0) { console.error(b.stdout, b.stderr); process.exit(1); }

for (const rel of bundles) {
  const file = path.join(out, 'chrome-mv3', rel);
  const code = fs.readFileSync(file, 'utf8');
  const lines = code.split('\n');
  const maps = [];
  new SourceMapConsumer(JSON.parse(fs.readFileSync(`${file}.map`, 'utf8'))).eachMapping((m) => maps.push(m));
  maps.sort((a, c) => a.generatedLine - c.generatedLine || a.generatedColumn - c.generatedColumn);
  const bytes = new Map();
  maps.forEach((m, i) => {
    const n = maps[i + 1];
    const len = n && n.generatedLine === m.generatedLine ? n.generatedColumn - m.generatedColumn : lines[m.generatedLine - 1].length - m.generatedColumn + 1;
    const src = (m.source ?? '(no source)').replace(/^(\.\.\/)+/, '').replace(/.*node_modules\//, 'node_modules/');
    bytes.set(src, (bytes.get(src) ?? 0) + len);
  });
  console.log(`${rel}: ${code.length} B, ${zlib.gzipSync(code, { level: 9 }).length} B gzipped`);
  for (const [src, n] of [...bytes].sort((x, y) => y[1] - x[1])) console.log(`${String(n).padStart(8)}  ${src}`);
}
