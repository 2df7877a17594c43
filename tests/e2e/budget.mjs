// The every-page content script's budget (issue 10: it runs on every page the reader opens, article or not):
// at most 10 KB gzipped, counted as Node's zlib counts it at level 9 (a few bytes more than GNU gzip -9).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export const CONTENT_SCRIPT_BUDGET = 10 * 1024;

/** Throws when the built content script of `extDir` is over the budget; returns its gzipped size otherwise. */
export function checkContentScriptSize(extDir) {
  const file = path.join(extDir, 'content-scripts', 'content.js');
  const gz = zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
  if (gz > CONTENT_SCRIPT_BUDGET) throw new Error(`${file}: ${gz} B gzipped, over the ${CONTENT_SCRIPT_BUDGET} B budget`);
  return gz;
}
