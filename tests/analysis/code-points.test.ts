// Unicode properties of a code point read from the scanner's table (lib/analysis/text/props.ts), and a word's
// occurrences found by indexOf: the same answers as the property patterns they replace, which a cold page no longer
// compiles (the clipping "Fed" of "Federal Reserve" built two such patterns a name).
import { describe, expect, it, vi } from 'vitest';
import { letterAt, numberAt, upperAt, lowerAt, wordsAt, someWord, beforeElision, hasLetter } from '../../lib/analysis/text/props';
import { firstPerson } from '../../lib/analysis/attribution/bodies';
import { rulesFor } from '../../lib/rules/languages';
import type { Doc } from '../../lib/analysis/attribution/site';
import { analyse } from './analyse';

const ASTRAL = [0x1d400, 0x1d41a, 0x10400, 0x10428, 0x1f600, 0x20000, 0x1d7ce, 0x10107, 0x1e900, 0x1e922];

describe('a code point\'s properties from the table', () => {
  it('equal the property patterns on every BMP code unit and on astral letters, digits and emoji', () => {
    const props: [(t: string, i: number) => boolean, RegExp][] = [[letterAt, /^\p{L}/u], [numberAt, /^\p{N}/u], [upperAt, /^\p{Lu}/u], [lowerAt, /^\p{Ll}/u]];
    const points = [...Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c)), ...ASTRAL.map((c) => String.fromCodePoint(c))];
    for (const [f, re] of props) {
      const wrong = points.filter((p) => f(`x${p}y`, 1) !== re.test(p));
      expect(wrong.map((p) => p.codePointAt(0)!.toString(16))).toEqual([]);
    }
  });
});

describe('a word\'s occurrences as a word of its own', () => {
  // random texts over letters, digits, the characters the lookarounds name, and surrogate pairs
  const ALPHABET = ['Fed', 'fed', 'F', 'e', 'd', 'x', 'é', 'É', '1', '²', '.', '-', ' ', ',', '„', 'ʼ', '’', '\u0301', '𝐚', '😀', '\ud835', '\udc1a'];
  let seed = 7;
  const rnd = (n: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
  const text = () => Array.from({ length: 1 + rnd(12) }, () => ALPHABET[rnd(ALPHABET.length)]).join('');

  it('are where the patterns match, on 10 000 random texts', () => {
    for (let k = 0; k < 10000; k++) {
      const t = text();
      for (const w of ['Fed', 'fed', 'é𝐚']) {
        expect(wordsAt(t, w, true)).toEqual([...t.matchAll(new RegExp(`(?<![\\p{L}\\p{N}.-])${w}(?![\\p{L}\\p{N}])`, 'gu'))].map((m) => m.index));
        expect(wordsAt(t, w, false, true).length > 0).toBe(new RegExp(`(?<!\\p{L})${w}(?!\\p{L})`, 'u').test(t));
      }
    }
  });

  it('have a letter where the letter pattern finds one, on 10 000 random texts', () => {
    for (let k = 0; k < 10000; k++) { const t = text(); expect(hasLetter(t)).toBe(/\p{L}/u.test(t)); }
  });

  it('"die Fed" is the Federal Reserve, found without a pattern built for the name', () => {
    const Original = globalThis.RegExp, built: string[] = [];
    globalThis.RegExp = new Proxy(Original, { construct: (target, args) => { built.push(String(args[0])); return Reflect.construct(target, args); } });
    try {
      const text = [
        'Die Federal Reserve hat Versäumnisse bei der Aufsicht über die Nordbank eingeräumt. Die Aufsicht der Fed sei zu schwach gewesen, teilte die Notenbank mit.',
        'Zwar stehe das Missmanagement der Nordbank im Kern hinter dem Untergang, erklärte die Fed. Strengere Regeln hätten laut Fed geholfen.',
      ].join('\n\n');
      const parties = analyse(text, 'de').parties;
      expect(parties.find((p) => p.name === 'Federal Reserve')?.aliases).toContain('Fed');
      expect(built.filter((src) => /fed/i.test(src))).toEqual([]);
    } finally { globalThis.RegExp = Original; }
  });
});

describe('the words of a quotation, for its first person', () => {
  let seed = 11;
  const rnd = (n: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
  const PIECES = ['j', 'ai', '’', "'", 'ʼ', '‘', ' ', ',', '-', 'é', 'e\u0301', '1', '𝐚', '😀', '\ud835', 'I', 'ich', '.'];

  it('are the runs the split pattern gives, with an elision cut as the pattern cuts it, on 10 000 random texts', () => {
    for (let k = 0; k < 10000; k++) {
      const t = Array.from({ length: 1 + rnd(10) }, () => PIECES[rnd(PIECES.length)]).join('');
      const words: string[] = [];
      someWord(t, (w) => { words.push(w); return false; });
      expect(words).toEqual(t.split(/[^\p{L}\p{M}’']+/u).filter(Boolean));
      for (const w of words) expect(beforeElision(w)).toBe(w.replace(/(?<=[’'])[\p{L}]+$/u, ''));
    }
  });

  it('"J’ai" and "ich" speak in the first person, and no pattern runs to tell', () => {
    const doc = (lang: string) => ({ rules: rulesFor(lang) }) as unknown as Doc;
    const fr = doc('fr'), de = doc('de'), en = doc('en');
    const exec = vi.spyOn(RegExp.prototype, 'exec');
    try {
      const found = [firstPerson(fr, '« J’ai tout vu », dit-il'), firstPerson(de, 'Das habe ich gesagt'), firstPerson(en, 'They said so')];
      expect([found, exec.mock.calls.length]).toEqual([[true, true, false], 0]);
    } finally { exec.mockRestore(); }
  });
});
