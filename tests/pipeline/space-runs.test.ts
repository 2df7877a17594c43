// White space collapsed without touching a lone space: the same text as collapsing every run, checked on random
// strings of every kind of white space (a fixed seed) for each place that collapses it.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { oneLine } from '../../lib/chars';
import { normalizeBlockText } from '../../lib/fingerprint';
import { blockText } from '../../lib/blocks';

const PIECES = [' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u200b', '\u3000', '\u2028', '\ufeff', '\u2003', 'a', 'Bé', 'x y', '.', '“q”'];
function* samples(n: number): Generator<string> {
  let seed = 0xc1ea;
  const rand = (k: number) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % k; };
  for (let i = 0; i < n; i++) {
    let s = '';
    for (let j = rand(14); j >= 0; j--) s += PIECES[rand(PIECES.length)];
    yield s;
  }
}

describe('collapsing white space', () => {
  it('oneLine gives what replacing every run gives', () => {
    for (const s of samples(3000)) expect(oneLine(s), JSON.stringify(s)).toBe(s.replace(/\s+/g, ' ').trim());
  });

  it('normalizeBlockText collapses white space and zero-width spaces as before', () => {
    const plain = (t: string) => t.normalize('NFKC').replace(/[\u2018\u2019\u201a\u201b\u2032'`´]/g, "'").replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a"]/g, '"')
      .replace(/[\s\u00a0\u200b]+/g, ' ').trim().toLowerCase();
    for (const s of samples(3000)) expect(normalizeBlockText(s), JSON.stringify(s)).toBe(plain(s));
  });

  it('blockText keeps line breaks and collapses the rest within lines', () => {
    const { document } = parseHTML('<html><body></body></html>');
    for (const s of samples(1500)) {
      const p = document.createElement('p');
      p.appendChild(document.createTextNode(s));
      const plain = s.replace(/(?:[^\S\n]|\u200b)+/g, ' ').replace(/ ?\n[\s\u200b]*/g, '\n').trim();
      expect(blockText(p as unknown as Element), JSON.stringify(s)).toBe(plain);
    }
  });
});
