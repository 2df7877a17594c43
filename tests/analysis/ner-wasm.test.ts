// The tagger's WebAssembly core must give the JavaScript reference's scores and tags to the bit, with every shipped
// model, and the tagger must run as before where WebAssembly is missing or refused.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadModel, modelFileFor, parseModel, tagScanned, type NerModel } from '../../lib/analysis/ner';
import { documentScores } from '../../lib/analysis/ner/scores';
import { T as F } from '../../lib/analysis/ner/features';
import { feature, hashString } from '../../lib/analysis/ner/hash';
import { CORE_WASM_BASE64 } from '../../lib/analysis/ner/wasm/core-bytes';
import { scan } from '../../lib/analysis/text';
import { MODELS_DIR } from '../../cli/ner-models';
// @ts-expect-error: a plain ES module script without types
import { assemble, bytesModule, moduleText } from '../../scripts/ner/build-wasm.mjs';

const WASM_DIR = path.resolve(__dirname, '../../lib/analysis/ner/wasm');
const bytesOf = (file: string) => new Uint8Array(fs.readFileSync(path.join(MODELS_DIR, file)));
const models = new Map<string, [NerModel, NerModel]>();
/** A model loaded twice: with the core, and with the JavaScript loops alone. */
function both(file: string): [NerModel, NerModel] {
  let m = models.get(file);
  if (!m) models.set(file, m = [parseModel(bytesOf(file)), parseModel(bytesOf(file), null)]);
  return m;
}

// Invented text: names in runs, initials, acronyms, a title line, lower-case runs the skip rule leaves out, a
// sentence of one token, Han and kana (tagged a character at a time), long and short sentences.
const TEXTS = [
  'HARBOUR TALKS COLLAPSE AFTER NIGHT SESSION\n\nMaria Lindqvist, who speaks for Northwind Shipping, said on Monday that the '
  + 'company would leave Rotterdam and move its fleet of small boats to a quieter port further along the coast before the end of '
  + 'the long and rather uneventful summer season. “We are done,” Lindqvist said. The U.S. arm, Northwind Inc., was not told. '
  + 'A. B. Carter of the E.U. wrote at 12:30 to www.example.com and @northwind. Yes. kyiv and malaysia were named in lower case.',
  'Die Bundesregierung in Berlin hat am Montag beschlossen, dass Anna Schmidt die Leitung der Behörde übernimmt. Schmidt sagte: '
  + '„Wir fangen an.“ Das Bundesamt für Seeschifffahrt und Hydrographie in Hamburg prüft den Antrag der Reederei Nordwind GmbH.',
  'O ministro João Silva disse em Lisboa que a Câmara Municipal do Porto vai decidir. “Não há pressa”, afirmou Silva ao jornal Público.',
  'The Harbour Board met the board of the harbour. Later the Board said the harbour and the Harbour Trust agree. Board members '
  + 'of Apple and apple growers met. APPLE! the apple, the Apple, the apple.',
  '李明在北京說，上海的公司將於明年開業。李明是該公司的負責人。東京で田中さんが話した。布林肯與米哈伊會面。',
];

function sameBits(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}

describe('the WebAssembly core', () => {
  it('is there in Node: a model parsed here gets one', () => {
    expect(both('en.bin')[0].core).not.toBeNull();
    expect(both('en.bin')[1].core).toBeNull();
  });

  for (const file of fs.readdirSync(MODELS_DIR).filter((f) => f.endsWith('.bin')).sort()) {
    it(`scores and tags as the JavaScript reference does (${file})`, () => {
      const [core, js] = both(file);
      for (const text of TEXTS) {
        const s = scan(text), words = s.tokens.map((t) => t.text);
        for (const everyToken of [false, true]) {
          const a = documentScores(core, words, s.sentences, { everyToken }), b = documentScores(js, words, s.sentences, { everyToken });
          expect(a.runs).toEqual(b.runs);
          expect(a.emit.length).toBe(b.emit.length);
          a.emit.forEach((e, k) => expect(sameBits(e, b.emit[k]!)).toBe(true));
          const ma = tagScanned(core, s, { everyToken }), mb = tagScanned(js, s, { everyToken });
          expect(ma.map((m) => [m.start, m.end, m.type])).toEqual(mb.map((m) => [m.start, m.end, m.type]));
          expect(sameBits(ma.flatMap((m) => [m.score, m.before]), mb.flatMap((m) => [m.score, m.before]))).toBe(true);
        }
      }
    });
  }

  it('finds the names it should (the comparison above is not between two empty lists)', () => {
    const found = tagScanned(both(modelFileFor('en'))[0], scan(TEXTS[0]!)).map((m) => m.text);
    expect(found).toEqual(expect.arrayContaining(['Maria Lindqvist', 'Northwind Shipping', 'Rotterdam', 'A. B. Carter']));
  });

  it('answers every feature lookup as the JavaScript table does', () => {
    const [core, js] = both('de.bin');
    const known = ['berlin', 'schmidt', 'die', 'und', 'gmbh'].map((w) => feature(F.W, hashString(w)));
    const keys = [feature(F.BIAS, 0), ...known, ...Array.from({ length: 2000 }, (_, i) => (Math.imul(i + 1, 0x9e3779b1) >>> 0) || 1)];
    const rows = keys.map((h) => core.table.row(h));
    expect(rows).toEqual(keys.map((h) => js.table.row(h)));
    expect(rows.filter((r) => r >= 0).length).toBeGreaterThan(3);
  });

  it('keeps tagging after a long document grew its memory, then a short one', () => {
    const [core, js] = both('en.bin'), long = scan(Array(60).fill(TEXTS[0]).join('\n\n')), short = scan(TEXTS[0]!);
    expect(tagScanned(core, long).length).toBe(tagScanned(js, long).length);
    expect(tagScanned(core, short)).toEqual(tagScanned(js, short));
  });

  it('is made asynchronously by loadModel, with the same tags', async () => {
    const m = await loadModel(bytesOf('pt.bin')), s = scan(TEXTS[2]!);
    expect(m.core).not.toBeNull();
    expect(tagScanned(m, s)).toEqual(tagScanned(both('pt.bin')[1], s));
  });
});

describe('without WebAssembly', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('tags with the JavaScript loops: same mentions', async () => {
    vi.stubGlobal('WebAssembly', undefined);
    const sync = parseModel(bytesOf('en.bin')), asyncModel = await loadModel(bytesOf('en.bin'));
    expect(sync.core).toBeNull();
    expect(asyncModel.core).toBeNull();
    const s = scan(TEXTS[0]!);
    vi.unstubAllGlobals();
    expect(tagScanned(sync, s)).toEqual(tagScanned(both('en.bin')[0], s));
  });

  it('where instantiation is refused (a CSP without wasm-unsafe-eval): same mentions', () => {
    vi.stubGlobal('WebAssembly', { ...WebAssembly, Instance: function () { throw new Error('refused by CSP'); } });
    const m = parseModel(bytesOf('en.bin'));
    vi.unstubAllGlobals();
    expect(m.core).toBeNull();
    expect(tagScanned(m, scan(TEXTS[0]!))).toEqual(tagScanned(both('en.bin')[0], scan(TEXTS[0]!)));
  });
});

describe('the committed module', () => {
  it('is what scripts/ner/build-wasm.mjs assembles from its .wat parts (same source, same bytes)', async () => {
    const bytes: Uint8Array = await assemble(moduleText());
    expect(Buffer.from(bytes).equals(fs.readFileSync(path.join(WASM_DIR, 'core.wasm')))).toBe(true);
    expect(fs.readFileSync(path.join(WASM_DIR, 'core-bytes.ts'), 'utf8')).toBe(bytesModule(bytes));
    expect(Buffer.from(CORE_WASM_BASE64, 'base64').equals(Buffer.from(bytes))).toBe(true);
  });
});
