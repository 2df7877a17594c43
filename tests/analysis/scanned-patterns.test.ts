// Three property patterns a cold page compiled, now scans or a cheaper pattern where they cannot differ: an acronym-like
// word before a parenthesis ("Isis (Institute of …)"), a particle then a capital after a name (" of Japan"), and a
// name's apposition without initials ("Name, the chief spokesman for the IEA,"). Each gives the pattern's matches.
import { describe, expect, it, vi } from 'vitest';
import { wordsThenParens } from '../../lib/analysis/parties/paren-acronyms';
import { particleThenCapital } from '../../lib/analysis/parties/variants';
import { APPOSITION, appositionAt } from '../../lib/analysis/parties/describe';
import { analyse } from './analyse';

let seed = 3;
const rnd = (n: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
const random = (pieces: string[], n: number) => Array.from({ length: 1 + rnd(n) }, () => pieces[rnd(pieces.length)]).join('');

describe('the scans equal the patterns', () => {
  it('a word before a parenthesis, on 10 000 random texts', () => {
    const PIECES = ['Isis', 'AB', 'x', 'É', 'ß', '1', '²', '&', '.', '-', ' ', '  ', '\n', '(', ')', '（', '）', 'Institute of Studies', 'abc', '𝐀', '😀', ',', 'ʼ'];
    const re = /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}\p{N}&.-]{1,8})\s+[(（]([^()（）\n]{6,150})[)）]/gu;
    for (let k = 0; k < 10000; k++) {
      const t = random(PIECES, 14);
      expect(wordsThenParens(t).map((m) => [m.index, m.word, m.inner, m.innerStart]))
        .toEqual([...t.matchAll(re)].map((m) => [m.index, m[1], m[2], m.index + m[0].length - 1 - m[2]!.length]));
    }
  });

  it('a particle then a capital, on 10 000 random texts', () => {
    const PIECES = [' ', 'of', 'de', 'J', 'é', 'É', '𝐀', '𝐚', '1', '-', 'Japan', '\ud835'];
    for (let k = 0; k < 10000; k++) {
      const t = random(PIECES, 6);
      const m = /^ (\p{L}+) (\p{Lu})/u.exec(t);
      expect(particleThenCapital(t)).toEqual(m ? [m[1], m[2]] : null);
    }
  });

  it('an apposition, on 10 000 random texts', () => {
    const PIECES = [', ', ',', ' ', 'the', 'U.S.', 'U.', 'É.', 'a.', ' chief', '.', ';', '(', ')', '(AP)', ' who', ' said', 'x', '“', '😀', 'IEA'];
    for (let k = 0; k < 10000; k++) {
      const t = ', ' + random(PIECES, 16);
      expect(appositionAt(t)).toEqual(APPOSITION.exec(t));
    }
  });
});

describe('on a page', () => {
  it('finds the acronym, the party and the description without the three property patterns', () => {
    const exec = vi.spyOn(RegExp.prototype, 'exec');
    try {
      const text = 'Officials at Isis (Institute of Strategic and International Studies) said on Monday that talks had stalled.\n\n'
        + 'Tom Becker, the chief spokesman for the agency, said the talks would resume. Isis later confirmed it.';
      const { parties } = analyse(text, 'en');
      const sources = exec.mock.contexts.map((re) => (re as RegExp).source);
      expect(parties.find((p) => p.name === 'Institute of Strategic and International Studies')?.aliases).toContain('Isis');
      expect(parties.find((p) => p.name === 'Tom Becker')?.description).toBe('chief spokesman for the agency');
      expect(sources.filter((s) => s.includes('\\p{Lu}[\\p{L}\\p{N}&.-]{1,8}') || s.startsWith('^ (\\p{L}+)') || s.includes('\\b\\p{Lu}\\.'))).toEqual([]);
    } finally { exec.mockRestore(); }
  });
});
