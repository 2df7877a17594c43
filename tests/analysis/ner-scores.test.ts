// The tagger's fast scoring path (each distinct word's features summed once a document) must give exactly the
// scores of the plain path the models were trained with (every feature of every token hashed and looked up).
import { describe, expect, it } from 'vitest';
import { documentStats, sentenceFeatures } from '../../lib/analysis/ner/features';
import { documentScores } from '../../lib/analysis/ner/scores';
import { emissions } from '../../lib/analysis/ner/tagger';
import { scan } from '../../lib/analysis/text';
import { loadNerModel } from '../../cli/ner-models';
import { capClass, isWordlike, shapeHashOf, shapeOf, wordForm } from '../../lib/analysis/ner/word-class';
import { hashString } from '../../lib/analysis/ner/hash';
import { candidateRuns, isQuiet, leansToName } from '../../lib/analysis/ner/candidates';

function plainScores(lang: string, text: string): Float64Array[] {
  const model = loadNerModel(lang), s = scan(text);
  const words = s.sentences.map((seg) => s.tokens.slice(seg.first, seg.last).map((t) => t.text));
  const stats = documentStats(words);
  return words.map((w) => emissions(model, sentenceFeatures(w, stats, model.features)));
}

function fastScores(lang: string, text: string): Float64Array[] {
  const s = scan(text);
  return documentScores(loadNerModel(lang), s.tokens.map((t) => t.text), s.sentences, { everyToken: true }).emit;
}

const TEXTS: [string, string][] = [
  ['en', 'BREAKING NEWS FROM THE HARBOUR\n\nMaria Lindqvist, a lawyer for Northwind Shipping, said on Monday that the company would leave Rotterdam. '
    + '“We are done,” Lindqvist said. The company’s U.S. arm, Northwind Inc., was not told. Lindqvist! Yes.\n\n'
    + 'A. B. Carter of the E.U. said it on 12:30 at www.example.com — or @northwind — and that’s it…'],
  ['de', 'Die Bundesregierung in Berlin hat am Montag beschlossen, dass Anna Schmidt die Leitung übernimmt. Schmidt sagte: „Wir fangen an.“'],
  ['zh', '李明在北京說，上海的公司將於明年開業。李明是該公司的負責人。'],
  ['xx', 'Le président Emmanuel Macron a rencontré Olaf Scholz à Paris. « C’est une étape », a dit Macron. 東京で田中さんが話した。'],
];

describe('fast tagger scores', () => {
  for (const [lang, text] of TEXTS) {
    it(`equal the plain scores on every token (${lang})`, () => {
      const plain = plainScores(lang, text), fast = fastScores(lang, text);
      expect(fast.length).toBe(plain.length);
      expect(plain.length).toBeGreaterThan(1);
      fast.forEach((f, k) => expect(Array.from(f)).toEqual(Array.from(plain[k]!)));
    });
  }

  it('skip what the rule leaves out: O alone in its rows, every scored row as the plain path has it', () => {
    const text = 'Maria Lindqvist said on Monday that she would go back to the office where the rest of the team had been waiting '
      + 'for a long time, and that it was all a matter of how much the work would cost in the end for the people of Rotterdam.';
    const s = scan(text), words = s.tokens.map((t) => t.text), model = loadNerModel('en');
    const all = documentScores(model, words, s.sentences, { everyToken: true }).emit, fast = documentScores(model, words, s.sentences).emit;
    const quiet = words.map((w) => (isQuiet(w, capClass(w)) && !leansToName(model, hashString(w.toLowerCase())) ? 1 : 0));
    let skipped = 0;
    s.sentences.forEach((seg, k) => {
      const kept = new Set<number>(), runs = candidateRuns(quiet, seg.first, seg.last);
      for (let r = 0; r < runs.length; r += 2) for (let i = runs[r]!; i < runs[r + 1]!; i++) kept.add(i);
      for (let i = 0; i < seg.last - seg.first; i++) {
        const row = (x: Float64Array) => Array.from(x.subarray(i * 9, i * 9 + 9));
        if (kept.has(i)) expect(row(fast[k]!)).toEqual(row(all[k]!));
        else { skipped++; expect(row(fast[k]!)).toEqual([0, ...Array(8).fill(-Infinity)]); }
      }
    });
    expect(skipped).toBeGreaterThan(10);
  });

  it('score a document without tokens or with an empty sentence', () => {
    for (const everyToken of [false, true]) {
      expect(documentScores(loadNerModel('en'), [], [], { everyToken }).emit).toEqual([]);
      expect(documentScores(loadNerModel('en'), ['Paris'], [{ first: 0, last: 0 }, { first: 0, last: 1 }], { everyToken }).emit.map((x) => x.length)).toEqual([0, 9]);
    }
  });
});

describe('isWordlike', () => {
  it('says whether a token has a letter or a digit, as the Unicode pattern does, for every kind of character', () => {
    const tokens = ['a', 'Z', '7', '“', '—', '...', 'é', 'Ørsted', '²', '½', 'Ⓐ', '\u0301', '𝐀', '😀', '中', 'の', '٣', '$', '\u00a0', '«»', ''];
    for (const t of tokens) expect([t, isWordlike(t)]).toEqual([t, /[\p{L}\p{N}]/u.test(t)]);
  });

  it('hash a word shape as the hash of its shape string', () => {
    const tokens = ['Paris', 'U.S.', 'iPhone', '12:30', 'Ørsted-Møller', 'Supercalifragilistic-12-x', '“', '中国', '𝐀b', ''];
    for (const t of tokens) expect([t, shapeHashOf(t)]).toEqual([t, hashString(shapeOf(t))]);
  });

  it('give the shape hash and case class in one pass as the two separate functions do', () => {
    const tokens = ['Paris', 'U.S.', 'iPhone', 'NATO', 'J.', 'paris', '12:30', 'Ørsted-Møller', 'Supercalifragilistic-12-x', 'eBay',
      'ΑΘΗΝΑ', 'Straße', '“', '中国', 'の', '𝐀b', 'ǅemal', 'x1Y2z3W4v5U6', ''];
    for (const t of tokens) expect([t, wordForm(t)]).toEqual([t, shapeHashOf(t) * 8 + capClass(t)]);
  });
});
