// Three patterns of the parties' classification cost ~1 ms each to compile and first run on a cold page (big Unicode
// classes, some repeated by bounded quantifiers): a role's portfolio of two fields joined by "and", and the word
// before an ampersand. Each now runs only after a scan says a match can count (the portfolio's patterns also only
// after a role's word before). Each scan says yes wherever its pattern finds what its caller takes (fuzzed against
// copies of the patterns on random texts), and refuses most texts.
import { describe, expect, it } from 'vitest';
import { sourcesRun } from './patterns-run';
import { andAfter, andBefore } from '../../lib/analysis/parties/portfolio-lists';
import { ampersandBefore, ampersandNames } from '../../lib/analysis/parties/span-joins';
import { everyLanguage, rulesFor } from '../../lib/rules/languages';
import { analyse } from './analyse';

// copies of the patterns, as their modules hold them
const FIELD = String.raw`\p{Lu}[\p{L}\u2019'-]*(?: \p{Lu}[\p{L}\u2019'-]*){0,2}`;
const FIRST_BEFORE = new RegExp(String.raw`(${FIELD}) (\p{Ll}+) $`, 'u');
const SECOND_AFTER = new RegExp(String.raw`^ (\p{Ll}+) (${FIELD})(?![\p{L}\p{N}]| \p{Lu})`, 'u');
const AMPERSANDED = /(?:^|[^\p{L}\p{N}])(\p{Lu}[\p{L}\p{N}'’.-]*) & $/u;
const AND = everyLanguage('andWords');

/** Random texts, each the pieces of `parts` in order, one piece picked from each. */
function randomTexts(parts: string[][], n: number, seed: number): string[] {
  const rnd = (k: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return (seed >>> 8) % k; };
  return Array.from({ length: n }, () => parts.map((p) => p[rnd(p.length)]).join(''));
}

const word = ['and', 'und', 'et', 'og', 'And', 'ands', 'a', 'é', '', 'Traditional', 'Affairs', 'Él', '&', 'x-y', '1'];
const sep = [' ', ' ', ' ', '  ', '\u00a0', '', ',', '\n'];

describe('two fields of a portfolio joined by "and"', () => {
  it('are looked for wherever either pattern finds an "and" word', () => {
    // a field, a gap, a word, a gap, a field or more words; the candidate at the marker '|'
    const parts = [['MEC for ', '', 'the '], ['Cooperative Governance', 'Health', 'x', 'Él'], sep, word, sep, ['|'], ['Traditional Affairs', 'Sport', 'y'], sep, word, sep, ['Arts Culture', 'Él', 'said', '']];
    let after = 0, before = 0, refused = 0;
    for (const raw of randomTexts(parts, 20000, 5)) {
      const at = raw.indexOf('|'), text = raw.replace('|', '');
      const e = at + /^[^\s,]*/.exec(text.slice(at))![0].length;
      const next = SECOND_AFTER.exec(text.slice(e, e + 60));
      if (next && AND.has(next[1]!)) { after++; expect(andAfter(text, e), text).toBe(true); }
      const prev = FIRST_BEFORE.exec(text.slice(Math.max(0, at - 60), at));
      if (prev && AND.has(prev[2]!)) { before++; expect(andBefore(text, at), text).toBe(true); }
      if (!andAfter(text, e) && !andBefore(text, at)) refused++;
    }
    expect(after).toBeGreaterThan(20);
    expect(before).toBeGreaterThan(20);
    expect(refused).toBeGreaterThan(2000);
  });

  it('are looked for only where a role of a portfolio stands before, and still read there', () => {
    const portfolio = (s: string) => s === FIRST_BEFORE.source || s === SECOND_AFTER.source;
    const [plain, none] = sourcesRun(() => analyse('Tesco and Sainsbury reported higher sales, and Google and Microsoft will invest in Kenya and Nigeria.', 'en'));
    expect(plain.parties.length).toBeGreaterThan(0);
    expect(none.filter(portfolio)).toEqual([]);
    const text = 'MEC for Cooperative Governance and Traditional Affairs, Jacob Mamabolo, said the centre was ready.';
    const [res, run] = sourcesRun(() => analyse(text, 'en'));
    expect(run.filter(portfolio).length).toBeGreaterThan(0);
    expect(res.parties.map((p) => p.name).join('|')).not.toMatch(/Traditional Affairs|Cooperative Governance/);
  });
});

describe('a capitalised word and an ampersand before a span', () => {
  it('is found as the pattern finds it', () => {
    const parts = [['', 'a ', 'x', '1', 'It. '], ['Bang', 'bang', 'Él', 'O’Neil', 'B.', '𝐀b', ''], [' & ', ' &', '& ', ' and ', '  & ', '&'], ['|'], ['Olufsen', '']];
    let found = 0;
    for (const raw of randomTexts(parts, 6000, 9)) {
      const at = raw.indexOf('|'), text = raw.replace('|', '');
      const want = AMPERSANDED.exec(text.slice(Math.max(0, at - 40), at));
      if (want) found++;
      expect(ampersandBefore(text, at)?.slice(), text).toEqual(want?.slice());
      expect(ampersandBefore(text, at)?.index, text).toEqual(want?.index);
    }
    expect(found).toBeGreaterThan(100);
  });

  it('is not looked for where no ampersand stands before a span', () => {
    const text = 'Karl Langdon met Harvey Deegan in Brighton.';
    const spans = [{ start: 0, end: 12, type: 'PER', score: 0.9 }, { start: 17, end: 30, type: 'PER', score: 0.9 }, { start: 34, end: 42, type: 'LOC', score: 0.9 }];
    const [out, sources] = sourcesRun(() => ampersandNames(text, spans as never, rulesFor('en')));
    expect(out).toEqual(spans);
    expect(sources.filter((s) => s.includes('\\p{'))).toEqual([]);
    const joined = ampersandNames('They sell Bang & Olufsen speakers.', [{ start: 17, end: 24, type: 'ORG', score: 0.9 }] as never, rulesFor('en'));
    expect(joined.map((s) => [s.start, s.end])).toEqual([[10, 24]]);
  });
});
