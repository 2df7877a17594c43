#!/usr/bin/env node
// Draws Clearpage's toolbar and store icons (public/icon/{16,32,48,96,128}.png; WXT lists them in the manifest).
// The mark: a clean white page with lines of text on the house blue. Small sizes get fewer, thicker lines so the
// mark stays crisp at 16 px. Rendered by Debian's Chromium (playwright-core), so no image library is needed.
// Usage: node scripts/icons.mjs   (the PNGs are committed; run again only when the drawing changes)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'public', 'icon');
const SIZES = [16, 32, 48, 96, 128];
const BLUE = '#1f5fbf';

/** The mark on a 128-unit grid; `lines` text lines of `weight` units. */
function svg(size) {
  const small = size <= 32;
  const lines = small ? [44, 64, 84] : [42, 56, 70, 84];
  const weight = small ? 10 : 7;
  const widths = small ? [52, 52, 34] : [54, 54, 54, 36];
  const text = lines
    .map((y, i) => `<rect x="37" y="${y}" width="${widths[i]}" height="${weight}" rx="${weight / 2}" fill="${BLUE}"/>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 128 128">
  <rect width="128" height="128" rx="28" fill="${BLUE}"/>
  <path d="M26 18h56l20 20v72a6 6 0 0 1-6 6H26a6 6 0 0 1-6-6V24a6 6 0 0 1 6-6z" fill="#fff"/>
  <path d="M82 18v14a6 6 0 0 0 6 6h14z" fill="#c9d9f2"/>
  ${text}
</svg>`;
}

fs.mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
for (const size of SIZES) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg(size)}</body></html>`);
  await page.locator('svg').screenshot({ path: path.join(out, `${size}.png`), omitBackground: true });
  console.log(`public/icon/${size}.png`);
}
await browser.close();
