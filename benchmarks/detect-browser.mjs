// Detection in a real browser, as the every-page content script runs it: each AEB page (../shared/corpus/aeb-dev)
// is loaded into Debian's Chromium with its scripts off and the network cut, lib/detect is injected as it is
// bundled, and detectArticle(document) is timed; the median of the rounds per page, then the median and p90 over
// pages. Prints figures; asserts nothing. Usage: node benchmarks/detect-browser.mjs [--pages N] [--rounds R]
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const argv = process.argv.slice(2);
const opt = (k, d) => { const i = argv.indexOf(k); return i >= 0 ? argv[i + 1] : d; };
const data = path.resolve(opt('--data', path.join(root, '..', 'shared', 'corpus', 'aeb-dev')));
const rounds = Number(opt('--rounds', '7')), max = Number(opt('--pages', '1000'));
if (!fs.existsSync(path.join(data, 'html'))) { console.log(`no AEB pages at ${data}: skipped`); process.exit(0); }
if (!fs.existsSync('/usr/bin/chromium')) { console.log('no /usr/bin/chromium: skipped'); process.exit(0); }

const bundle = await build({ stdin: { contents: "export { detectArticle } from './lib/detect';", resolveDir: root, loader: 'ts' }, bundle: true, minify: true, format: 'iife', globalName: '__detect', write: false, logLevel: 'warning' });
const code = bundle.outputFiles[0].text;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
const context = await browser.newContext({ javaScriptEnabled: false });
await context.route('**/*', (route) => (route.request().url().startsWith('http://page.test/') ? route.fulfill({ contentType: 'text/html', body: current }) : route.abort()));
const page = await context.newPage();
let current = '';
const medians = [];
for (const f of fs.readdirSync(path.join(data, 'html')).filter((x) => x.endsWith('.html.gz')).sort().slice(0, max)) {
  current = zlib.gunzipSync(fs.readFileSync(path.join(data, 'html', f))).toString('utf8');
  await page.goto('http://page.test/', { waitUntil: 'domcontentloaded' });
  await page.evaluate(code + ';globalThis.__detect = __detect;'); // page scripts are off: evaluate runs it anyway
  const times = await page.evaluate((n) => {
    const out = [];
    for (let r = 0; r < n; r++) { const s = performance.now(); globalThis.__detect.detectArticle(document, location.href); out.push(performance.now() - s); }
    return out;
  }, rounds + 1);
  times.shift(); // the first run compiles the code
  times.sort((a, b) => a - b);
  medians.push(times[times.length >> 1]);
}
await browser.close();
medians.sort((a, b) => a - b);
const q = (p) => medians[Math.min(medians.length - 1, Math.floor(medians.length * p))].toFixed(2);
console.log(`detection in Chromium over ${medians.length} AEB pages, median of ${rounds} runs per page: median ${q(0.5)} ms, p90 ${q(0.9)} ms, max ${q(1)} ms`);
