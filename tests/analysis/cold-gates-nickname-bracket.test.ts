// Two patterns that cost most to compile on a cold page (big Unicode classes repeated by bounded quantifiers: the
// quoted nickname ~2–6 ms, the bracketed party tag ~2 ms) are run only where a match can count: after a
// necessary condition asked by a scan. Each gate says yes wherever its pattern finds what its caller takes (fuzzed
// against a copy of the pattern on random texts), and a text that cannot match runs no such pattern.
import { describe, expect, it } from 'vitest';
import { sourcesRun } from './patterns-run';
import { joinNicknames, mayJoin } from '../../lib/analysis/parties/quoted-nicknames';
import { bracketTagSpans, mayHoldBracketTag } from '../../lib/analysis/parties/party-tags';
import { wordsOf } from '../../lib/analysis/parties/words';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';

const en = rulesFor('en');
// copies of the two patterns, as their modules hold them
const NICKNAME = /[‘“"'«„‹]((?:\p{L}{1,3}\s)?\p{Lu}[\p{L}\p{M}.'-]*(?:\s\p{L}[\p{L}\p{M}.'-]*){0,3})[’”"'»“›]/gu;
const BRACKET_TAG = /(?<=\p{L}\s?)\((\p{Lu}\.?, \p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?)\)/gu;

/** Random texts, each the pieces of `parts` in order, one piece picked from each. */
function randomTexts(parts: string[][], n: number, seed: number): string[] {
  const rnd = (k: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return (seed >>> 8) % k; };
  return Array.from({ length: n }, () => parts.map((p) => p[rnd(p.length)]).join(''));
}
const GAP = (c: string | undefined) => c === ' ' || c === '\u00a0';

describe('a quoted nickname', () => {
  it('is not looked for after a capitalised word whose quotation holds a comma, a digit or many words', () => {
    for (const text of ['Minister Smith “We will not give up, whatever it costs,” he said.', 'Smith “the plan for 2025” left.', 'Smith “we all know what this will mean for us” Jones said.']) {
      const [cands, sources] = sourcesRun(() => joinNicknames([], text, wordsOf(scan(text)), en));
      expect(cands).toEqual([]);
      expect(sources.filter((s) => s.includes('\\p{')), text).toEqual([]);
    }
  });
  it('is looked for wherever the pattern finds a nickname between a capitalised word and a space', () => {
    // a capitalised word or not, a gap or not, a mark, up to six words with separators, a mark, a gap or not, a word
    const word = ['the', 'Rock', 'Él', 'ü', 'x', 'O\'Neil', 'A.', 'b-c', '1', '𝐀b', 'e\u0301', 'Ä', ''];
    const sep = [' ', ' ', ' ', ' ', ' ', '\u00a0', '\n', ',', ''];
    const mark = ['‘', '’', '“', '”', '"', "'", '«', '»', '„', '‹', '›', 'x'];
    const parts = [['', 'a ', 'It. '], ['Sam', 'sam', 'Él', 'Sam’s'], [' ', '\u00a0', '', '  '], mark, word, sep, word, sep, word, sep, word, sep, word, sep, word, mark, [' ', '\u00a0', '', '.'], ['Tollet', 'tollet', ''], ['', ' more', ', 1 “Jo” Roe']];
    let places = 0, refused = 0;
    for (const text of randomTexts(parts, 20000, 7)) {
      const words = wordsOf(scan(text));
      const ends = new Map(words.map((w) => [w.e, w]));
      const joinable = [...text.matchAll(NICKNAME)].some((m) => {
        const before = ends.get(m.index - 1);
        return GAP(text[m.index - 1]) && GAP(text[m.index + m[0].length]) && !!before?.cap && !before.poss;
      });
      if (joinable) { places++; expect(mayJoin(text, words), text).toBe(true); }
      const old = words.some((w) => w.cap && !w.poss && GAP(text[w.e]) && '‘“"\'«„‹'.includes(text[w.e + 1] ?? '-'));
      if (old && !mayJoin(text, words)) refused++;
    }
    expect(places).toBeGreaterThan(20);
    expect(refused).toBeGreaterThan(20);
  });
});

describe('a bracketed party tag', () => {
  it('is not looked for where no bracket opens on one letter, a comma and a space', () => {
    const text = 'Officials in the U.S., Canada and Mexico (who met on Monday) agreed. Smith Inc., a supplier, said so.';
    const [spans, sources] = sourcesRun(() => bracketTagSpans(text));
    expect(spans).toEqual([]);
    expect(sources.filter((s) => s.includes('\\p{'))).toEqual([]);
    expect(bracketTagSpans('Senator Jane Roe (D., Ariz.) said so.').map((t) => t.tag)).toEqual(['D., Ariz.']);
  });
  it('is looked for wherever the pattern matches', () => {
    const parts = [['', 'U.S., ', 'Inc., '], ['Roe', 'roe', '1', ''], [' ', '', '  '], ['(', '', '(('], ['D', 'é', '𝐀', 'É', '1', 'Dx', ''], ['.', '', '..'], [', ', ',', ' ,', ',  '], ['Ariz', 'N.Y', 'New York', 'x', 'É.', ''], [')', '', ' )'], ['', ' Jr., said', '(R, N.Y.)']];
    let matches = 0, refused = 0;
    for (const text of randomTexts(parts, 6000, 11)) {
      const found = [...text.matchAll(BRACKET_TAG)].length > 0;
      if (found) { matches++; expect(mayHoldBracketTag(text), text).toBe(true); }
      if (text.includes('., ') && !mayHoldBracketTag(text)) refused++;
    }
    expect(matches).toBeGreaterThan(20);
    expect(refused).toBeGreaterThan(20);
  });
});
