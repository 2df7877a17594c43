// Name-prone Han characters (lib/analysis/ner/name-chars.ts): learnt from tagged sentences, read back as bands, and
// their place in a run of such characters as features.
import { describe, expect, it } from 'vitest';
import { nameCharBands, nameCharFeatures, nameCharKey, nameCharTable } from '../../lib/analysis/ner/name-chars';
import { Scratch } from '../../lib/analysis/ner/features';

// invented: 肯 and 林 always in names (tag 1 = B-PER, 2 = I-PER), 的 and 說 never, 大 once in four
const chars = (s: string) => [...s];
const SENTENCES = [
  { words: chars('布林肯說的'), tags: [1, 2, 2, 0, 0] },
  { words: chars('林肯的大說'), tags: [1, 2, 0, 0, 0] },
  { words: chars('大林肯說的'), tags: [1, 2, 2, 0, 0] },
  { words: chars('的大說的林'), tags: [0, 0, 0, 0, 1] },
  { words: chars('肯說的大 A'), tags: [1, 0, 0, 0, 0, 0] },
];

describe('name characters', () => {
  const table = nameCharTable(SENTENCES);

  it('bands each character by its share inside names (characters seen under 3 times are left out)', () => {
    const bands = nameCharBands(table, ['林', '肯', '的', '說', '大', '布', 'A', '北']);
    expect(Array.from(bands)).toEqual([5, 5, 2, 2, 3, 1, 0, 1]);
  });

  it('gives a run of name-prone characters features of its own, apart from a lone one', () => {
    const feats = (s: string, i: number) => {
      const out = new Scratch();
      nameCharFeatures(out, nameCharKey(nameCharBands(table, chars(s)), i));
      return Array.from(out.take());
    };
    expect(feats('的林肯說', 1)).not.toEqual(feats('的林說說', 1)); // first of a run of two vs alone
    expect(feats('的林肯說', 1)).toEqual(feats('說林肯的', 1)); // same bands around: same features
  });
});
