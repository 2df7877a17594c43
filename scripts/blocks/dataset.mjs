// Labelled blocks for the block classifier, from ../shared (read there, never copied into the repo):
//   fundus-dev  blocks Readability keeps, labelled by the ground truth: boilerplate when under LOW of a block's
//               4-gram shingles are in the truth, content when at least HIGH are (between: left out)
//   aeb-dev     the same against the benchmark's articleBody
//   fixtures    the boilerplate and seed fixtures: blocks holding a mustRemove piece (boilerplate) or a mustKeep one
// Captions (inside <figure>) are left out: they stay beside their pictures whatever the classifier says. Each page
// also knows which of its blocks recur on another page of the same publisher (what site memory would know).
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import crypto from 'node:crypto';
import v8 from 'node:v8';

export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
export const shared = path.resolve(process.env.CLEARPAGE_SHARED || path.join(root, '..', 'shared'));
const LOW = 0.3, HIGH = 0.8;

export async function loadLib() {
  fs.mkdirSync(path.join(root, '.tmp'), { recursive: true });
  await build({ entryPoints: { 'blocks-lib': path.join(root, 'scripts', 'blocks', 'entry.ts') }, bundle: true, platform: 'node', format: 'esm', packages: 'external', outdir: path.join(root, '.tmp'), outExtension: { '.js': '.mjs' }, logLevel: 'warning' });
  return import(path.join(root, '.tmp', 'blocks-lib.mjs') + `?t=${Date.now()}`);
}

// Tokens as the fundus scorer counts them (CJK scripts one character a token).
const CJK = '\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}';
const TOK = new RegExp(`[${CJK}]|[^\\s\\p{P}\\p{S}${CJK}]+`, 'gu');
export const toks = (s) => (s ?? '').toLowerCase().match(TOK) ?? [];
export function shingles(t, n = 4) {
  const m = new Map(), k = Math.min(n, t.length);
  if (!t.length) return m;
  for (let i = 0; i + k <= t.length; i++) { const s = t.slice(i, i + k).join(' '); m.set(s, (m.get(s) || 0) + 1); }
  return m;
}
export function shareIn(partToks, whole) {
  const P = shingles(partToks); let hit = 0, all = 0;
  for (const [s, c] of P) { all += c; hit += Math.min(c, whole.get(s) || 0); }
  return all ? hit / all : 1;
}

/** Every page of the three sources, with what its labels come from. */
export function pages() {
  const out = [];
  const fd = path.join(shared, 'corpus', 'fundus-dev');
  if (fs.existsSync(fd)) for (const f of fs.readdirSync(path.join(fd, 'truth')).filter((x) => x.endsWith('.json')).sort()) {
    const slug = f.slice(0, -5), t = JSON.parse(fs.readFileSync(path.join(fd, 'truth', f), 'utf8'));
    out.push({ source: 'fundus', id: slug, lang: t.lang, publisher: slug.split('_')[0], url: t.url,
      file: path.join(fd, 'pages', slug + '.html.gz'), truth: [...t.summary, ...t.headlines, ...t.paragraphs].join('\n\n'), paragraphs: t.paragraphs });
  }
  const ad = path.join(shared, 'corpus', 'aeb-dev');
  if (fs.existsSync(ad)) {
    const gt = JSON.parse(fs.readFileSync(path.join(ad, 'ground-truth.json'), 'utf8'));
    for (const id of Object.keys(gt).sort()) {
      const host = new URL(gt[id].url).hostname.replace(/^www\./, '');
      out.push({ source: 'aeb', id, lang: null, publisher: `aeb-${host}`, url: gt[id].url, file: path.join(ad, 'html', id + '.html.gz'), truth: gt[id].articleBody, paragraphs: gt[id].articleBody.split(/\n+/) });
    }
  }
  for (const set of ['boilerplate', 'seed']) {
    const d = path.join(shared, 'fixtures', set);
    if (!fs.existsSync(d)) continue;
    for (const f of fs.readdirSync(d).filter((x) => x.endsWith('.expected.json')).sort()) {
      const slug = f.replace('.expected.json', ''), e = JSON.parse(fs.readFileSync(path.join(d, f), 'utf8'));
      if (!fs.existsSync(path.join(d, slug + '.html'))) continue;
      out.push({ source: 'fixture', id: slug, lang: e.lang ?? 'en', publisher: `fixture-${slug}`, url: e.url ?? null, file: path.join(d, slug + '.html'), keep: e.mustKeep ?? [], remove: e.mustRemove ?? [] });
    }
  }
  return out;
}

export function readHtml(lib, file) {
  const bytes = fs.readFileSync(file);
  return lib.decodeBytes(new Uint8Array(file.endsWith('.gz') ? zlib.gunzipSync(bytes) : bytes)).text;
}

const fold = (s) => (s ?? '').normalize('NFKC').replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();

/** Label of one block: 1 boilerplate, 0 content, null unknown. */
function label(page, text, truthToks) {
  if (page.source === 'fixture') {
    const t = fold(text);
    if (page.remove.some((r) => t.includes(fold(r)))) return 1;
    if (page.keep.some((k) => t.includes(fold(k)) || (t.length >= 20 && fold(k).includes(t)))) return 0;
    return null;
  }
  const bt = toks(text);
  if (!bt.length) return null;
  if (bt.length < 4) return truthToks.joined.includes(` ${bt.join(' ')} `) ? 0 : 1;
  const s = shareIn(bt, truthToks.shingles);
  return s >= HIGH ? 0 : s <= LOW ? 1 : null;
}

/** Extract a page as the pipeline does: the article body's HTML, its title and site, the page's block texts. */
export function extract(lib, html, url) {
  const { document } = parseHTML(html);
  const { detection, meta } = lib.detectWithMeta(document, url);
  const pageTexts = lib.leafBlockTexts(document.body ?? document.documentElement);
  const x = lib.extractArticle(document, { url: detection.url ?? url, meta, inPlace: true });
  return x ? { bodyHtml: x.body.outerHTML, pageTexts, title: x.title, siteName: x.siteName, url: detection.url ?? url } : null;
}

/** The article body of an extracted page, parsed again (training, evaluation and the pipeline see the same tree). */
export function bodyOf(x) {
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${x.bodyHtml}</body></html>`);
  return document.body.firstElementChild;
}

/** Options for cleanArticle on an extracted page. */
export const cleanOptions = (lib, x, extra = {}) => ({ page: new lib.PageBlocks(x.pageTexts), knownFingerprints: x.known, title: x.title, siteName: x.siteName, url: x.url, ...extra });

/** The labelled blocks of one extracted page (features as sparse arrays). */
export function pageExamples(lib, p, x) {
  if (!x) return [];
  const body = bodyOf(x);
  const blocks = lib.segmentBlocks(body);
  const infos = lib.blockInfos(blocks, body, { site: lib.siteInfo(x.siteName, x.url), page: new lib.PageBlocks(x.pageTexts), known: x.known });
  const tt = p.truth ? { shingles: shingles(toks(p.truth)), joined: ` ${toks(p.truth).join(' ')} ` } : null;
  const examples = [];
  for (const b of infos) {
    if (b.s.caption || !b.s.text) continue;
    const y = label(p, b.s.text, tt);
    if (y === null) continue;
    const f = lib.blockFeatures(b);
    examples.push({ idx: Int32Array.from(f.idx), val: Float32Array.from(f.val), grp: Uint8Array.from(f.grp), y, prose: lib.isProse(b.s), len: b.s.len, text: b.s.text.slice(0, 100) });
  }
  return examples;
}

/** Every page extracted once (cached in .tmp/ until the extraction code or the corpus changes). */
export function extractAll(lib, list = pages(), log = () => {}) {
  const detect = fs.readdirSync(path.join(root, 'lib', 'detect')).map((f) => `lib/detect/${f}`);
  const files = ['lib/extract.ts', 'lib/blocks.ts', 'lib/decode.ts', 'lib/fingerprint.ts', 'node_modules/@mozilla/readability/package.json', ...detect];
  const key = crypto.createHash('sha1').update(list.map((p) => p.id).join()).update(files.map((f) => fs.readFileSync(path.join(root, f))).join()).digest('hex').slice(0, 12);
  const cache = path.join(root, '.tmp', `blocks-extracted-${key}.v8`);
  if (fs.existsSync(cache)) return v8.deserialize(fs.readFileSync(cache));
  const htmls = new Map(list.map((p) => [p.id, readHtml(lib, p.file)]));
  const byPub = new Map(), fps = new Map(), out = new Map();
  for (const p of list) {
    const x = extract(lib, htmls.get(p.id), p.url);
    // Readability alone, as the scorers run it (for the evaluation's baseline).
    if (x) { try { x.alone = new Readability(parseHTML(htmls.get(p.id)).document).parse()?.textContent ?? ''; } catch { x.alone = ''; } }
    log(p.id);
    fps.set(p.id, new Set((x?.pageTexts ?? []).map((t) => lib.fingerprint(t))));
    if (!byPub.has(p.publisher)) byPub.set(p.publisher, []);
    byPub.get(p.publisher).push(p.id);
    out.set(p.id, x);
  }
  // Site memory: the fingerprints a page shares with another page of its publisher.
  for (const p of list) {
    const x = out.get(p.id);
    if (!x) continue;
    x.known = new Set();
    for (const other of byPub.get(p.publisher)) if (other !== p.id) for (const f of fps.get(other)) if (fps.get(p.id).has(f)) x.known.add(f);
  }
  fs.writeFileSync(cache, v8.serialize(out));
  return out;
}

/** All labelled examples, page by page. */
export function dataset(lib, list = pages(), log) {
  const ex = extractAll(lib, list, log);
  return list.map((p) => ({ ...p, x: ex.get(p.id), examples: pageExamples(lib, p, ex.get(p.id)) }));
}

/** Training weight of a page's examples: long pages do not outweigh short ones; prose labelled boilerplate counts
 * half (the ground truth sometimes leaves out real text: a standfirst, an info box); fixtures count three times. */
export function weighted(p) {
  const n = p.examples.length || 1;
  return p.examples.map((e) => ({ idx: e.idx, val: e.val, y: e.y, w: Math.min(1, 40 / n) * (e.y && e.prose ? 0.5 : 1) * (p.source === 'fixture' ? 3 : 1) }));
}
