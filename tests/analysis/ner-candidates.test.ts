// Which tokens the tagger scores: plain lower-case words and prose punctuation far from any other token are skipped.
import { describe, expect, it } from 'vitest';
import { candidateRuns, isPlainLower, isProsePunct, isQuiet, leansToName, NAME_WINDOW } from '../../lib/analysis/ner/candidates';
import { hashString } from '../../lib/analysis/ner/hash';
import { loadNerModel } from '../../cli/ner-models';
import { capClass } from '../../lib/analysis/ner/word-class';

const quietFlags = (words: string[]) => words.map((w) => (isQuiet(w, capClass(w)) ? 1 : 0));

describe('quiet tokens', () => {
  it('are lower-case words of letters and prose punctuation, nothing that can carry a name', () => {
    for (const w of ['the', 'self-titled', "n't", 'über', 'été', ',', '.', '“', '—', '...']) expect(isQuiet(w, capClass(w))).toBe(true);
    for (const w of ['Paris', 'NATO', 'iPhone', '65th', 'www.example.com', '#tag', '@user', 'AT&T', '&', '2024', '北京', 'Москва', 'москва1'])
      expect(isQuiet(w, capClass(w))).toBe(false);
    expect(isPlainLower('москва', capClass('москва'))).toBe(true);
    expect(isProsePunct('')).toBe(false);
  });
});

describe('candidateRuns', () => {
  it('keeps the window around each anchor and merges runs that touch', () => {
    const words = 'the man who came from the old town of Rotterdam to the city said that it was all a long way for him'.split(' ');
    const at = words.indexOf('Rotterdam'), w = NAME_WINDOW;
    expect(candidateRuns(quietFlags(words), 0, words.length)).toEqual([at - w, at + w + 1]);
    expect(candidateRuns(quietFlags(words), 0, words.length, 1)).toEqual([at - 1, at + 2]);
    const two = 'Anna and Bob'.split(' ');
    expect(candidateRuns(quietFlags(two), 0, 3, 1)).toEqual([0, 3]);
  });

  it('keeps runs apart by at least one skipped token and reads a sentence inside the document', () => {
    const doc = ['x', 'X', ...'Anna met him , and then a b c d e f g h Bob'.split(' ')];
    expect(candidateRuns(quietFlags(doc), 2, doc.length, 1)).toEqual([0, 2, 13, 15]);
  });

  it('skips a sentence with no anchor and keeps a caseless one whole', () => {
    expect(candidateRuns(quietFlags('it was a quiet day .'.split(' ')), 0, 6)).toEqual([]);
    const han = [...'李明在北京說上海的公司將於明年開業'];
    expect(candidateRuns(quietFlags(han), 0, han.length)).toEqual([0, han.length]);
  });
});

describe('leansToName', () => {
  it("is true of a lower-case word the model learnt as a name, false of common words", () => {
    const model = loadNerModel('en');
    expect(['malaysia', 'london'].map((w) => leansToName(model, hashString(w)))).toEqual([true, true]);
    expect(['the', 'said', 'people'].map((w) => leansToName(model, hashString(w)))).toEqual([false, false, false]);
  });
});
