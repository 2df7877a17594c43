// A Latin name in Chinese or Japanese text: every place the text writes it as a word of its own is a mention (no
// space marks the word, the tagger reads it at one place only); a body's noun before it types it. Invented text.
import { describe, expect, it } from 'vitest';
import { Registry } from '../../lib/analysis/parties/registry';
import { countLatinNames } from '../../lib/analysis/parties/latin-in-cjk';
import { rulesFor } from '../../lib/rules/languages';

const zh = '人工智能公司Quanta开发出一款新的计算机。Quanta表示，这款产品很重要。Quanta的团队很大。QuantaBox不是它。';

function registry(text: string, name: string) {
  const reg = new Registry(text);
  const p = reg.add(name, 'unknown');
  const at = text.indexOf(name, text.indexOf(name) + 1);
  reg.mention(p, at, at + name.length, 'tagger');
  countLatinNames(reg, rulesFor('zh'));
  return { reg, p };
}

describe('Latin names in unspaced text', () => {
  it('counts every place the name stands as a word of its own, not inside a longer Latin word', () => {
    const { p } = registry(zh, 'Quanta');
    expect(p.mentions.length).toBe(3);
  });

  it('reads a body noun right before the name as its type', () => {
    const { p } = registry(zh, 'Quanta');
    expect(p.evidence.org).toBeGreaterThan(0);
  });

  it('leaves a text written mostly in Latin letters alone', () => {
    const { p } = registry('Quanta said it would grow. Quanta has a new chief. 公司Quanta', 'Quanta');
    expect(p.mentions.length).toBe(1);
  });
});
