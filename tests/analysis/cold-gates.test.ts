// Patterns costly to compile on a cold page (Unicode properties, case folding, long alternations) are asked only
// where they can change the answer: a cheap necessary condition first. Each gate gives the answer the pattern gave
// (fuzzed against the pattern on random texts), and a text that cannot match runs no such pattern.
import { describe, expect, it } from 'vitest';
import { sourcesRun } from './patterns-run';
import { nameAfter, nameBefore } from '../../lib/analysis/parties/listed-beside';
import { listedAfter, listedBefore, withoutNamesBefore } from '../../lib/analysis/parties/list-scan';
import { joinNicknames } from '../../lib/analysis/parties/quoted-nicknames';
import { mayBeKnownAs } from '../../lib/analysis/parties/acronyms';
import { opensNotDescription } from '../../lib/analysis/parties/describe';
import { wordsOf } from '../../lib/analysis/parties/words';
import { renamingWord } from '../../lib/analysis/parties/renamed';
import { shoutingRuns } from '../../lib/analysis/parties/headings';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import { LETTER } from '../../lib/analysis/letters';

function randomTexts(alphabet: string[], n: number, len: number, seed: number): string[] {
  const rnd = (k: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % k; };
  return Array.from({ length: n }, () => Array.from({ length: 1 + rnd(len) }, () => alphabet[rnd(alphabet.length)]).join(''));
}

const en = rulesFor('en'), de = rulesFor('de');

/** Random runs of capitalised and lower-case words, marks and separators, opened and closed by a list's separator
 * or not: texts on which the list patterns match often, with and without their conjunction and article. */
function listTexts(n: number, seed: number): string[] {
  const rnd = (k: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % k; };
  const WORDS = ['Sun', 'A', 'Ä', 'U.S.', 'AT&T', 'O’Neil', 'Al-Sham', 'B2', '𝐀𝐚', 'and', 'the', 'und', 'é', 'ß', 'ǅ', 'x1', '²', '.', '-', '\ud835', 'xY'];
  const SEPS = [' ', ' ', ' ', ' ', ', ', ',', '', '  ', '\u00a0'];
  const ENDS = ['', ' ', ', ', ',', ' ,'];
  return Array.from({ length: n }, () => {
    let t = ENDS[rnd(ENDS.length)]!;
    for (let k = 1 + rnd(7); k > 0; k--) t += WORDS[rnd(WORDS.length)]! + (k > 1 ? SEPS[rnd(SEPS.length)]! : '');
    return t + ENDS[rnd(ENDS.length)]!;
  });
}

describe('a name listed beside a mention', () => {
  // The patterns as they were run on every mention (lib/analysis/parties/listed-beside.ts).
  const BEFORE = /(\p{Lu}[\p{L}\p{N}.'’&-]*(?: \p{Lu}[\p{L}\p{N}.'’&-]*){0,3})(?:,|,? (\p{Ll}+)) (?:(\p{Ll}+) )?$/u;
  const AFTER = /^(?:,|,? (\p{Ll}+)) (?:(\p{Ll}+) )?(\p{Lu}[\p{L}\p{N}.'’&-]*(?: \p{Lu}[\p{L}\p{N}.'’&-]*){0,3})/u;
  const ALPHABET = ['Tribune', 'Sun', 'A', 'é', 'and', 'the', 'und', 'der', 'said', 'x', ',', ' ', ' ', '  ', '.', '’', '&', '-', '1', '\u00a0'];

  it('gives the match the pattern gave wherever its conjunction and article are the language’s', () => {
    for (const rules of [en, de]) {
      const listed = (m: ArrayLike<string | undefined> | null, conj: number, art: number) =>
        m && (!m[conj] || rules.conjunctions.has(m[conj]!)) && (!m[art] || rules.determiners.has(m[art]!)) ? [...Array.from(m)] : null;
      for (const t of randomTexts(ALPHABET, 20000, 9, 7)) {
        expect(listed(nameBefore(t, rules), 2, 3), t).toEqual(listed(BEFORE.exec(t), 2, 3));
        expect(listed(nameAfter(t, rules), 1, 2), t).toEqual(listed(AFTER.exec(t), 1, 2));
      }
    }
    expect(nameBefore('the Chicago Tribune, New York Daily News, Baltimore Sun and ', en)?.[1]).toBe('Baltimore Sun');
    expect(nameAfter(', and the Hartford Courant said', en)?.[3]).toBe('Hartford Courant');
  });

  it('is read as the patterns read it, groups included, by scans', () => {
    const texts = listTexts(40000, 13);
    let matched = 0;
    for (const t of ['', ...texts]) {
      const before = BEFORE.exec(t), after = AFTER.exec(t);
      if (before && after) matched++;
      expect(listedBefore(t), t).toEqual(before?.slice(0, 4) ?? null);
      expect(listedAfter(t), t).toEqual(after?.slice(0, 4) ?? null);
    }
    expect(matched).toBeGreaterThan(500); // (the texts reach both patterns' matches: ~4 800 and ~4 600 of 40 000)
    const [found, sources] = sourcesRun(() => [listedBefore('New York Daily News, Baltimore Sun and '), listedAfter(', and the Hartford Courant said')]);
    expect([found[0]?.[1], found[1]?.[1], found[1]?.[3]]).toEqual(['Baltimore Sun', 'and', 'Hartford Courant']);
    expect(sources).toEqual([]);
  });

  it('runs no pattern beside a mention in no list', () => {
    const [found, sources] = sourcesRun(() => [nameBefore('the company said on Tuesday with ', en), nameAfter(' told reporters on Monday', en)]);
    expect(found).toEqual([null, null]);
    expect(sources).toEqual([]);
  });
});

describe('a nickname in quotation marks', () => {
  it('is not looked for where no capitalised word stands before an opening mark', () => {
    const text = 'He said “we will see” and left. The minister called it “a mistake”.';
    const [cands, sources] = sourcesRun(() => joinNicknames([], text, wordsOf(scan(text)), en));
    expect(cands).toEqual([]);
    expect(sources.filter((s) => s.includes('\\p{'))).toEqual([]);
  });
});

describe('"also known as"', () => {
  // The pattern knownAs runs (lib/analysis/parties/acronyms.ts).
  const AKA = new RegExp(`(?:^|[^\\w])(?:also known as|known as|aka|a\\.k\\.a\\.|also called|dit|detto|genannt|alias|conocido como|conhecido como)\\s+(?:the\\s+|les?\\s+|la\\s+|il\\s+|die\\s+|der\\s+)?((?:${LETTER}|[’'-])+(?:\\s+(?:${LETTER}|[’'-])+)*)`);
  const ALPHABET = ['known as', 'aka', 'a.k.a.', 'dit', 'alias', 'genannt', 'also called', 'conocido como', 'x', '_', '1', 'é', ' ', '\n', '\u00a0', '.', '-', 'Isis', 'the '];

  it('is looked for exactly where the pattern can match', () => {
    for (const t of randomTexts(ALPHABET, 20000, 6, 3)) if (AKA.test(t)) expect(mayBeKnownAs(t), t).toBe(true);
    expect([mayBeKnownAs('the group, also known as Isis'), mayBeKnownAs('credit editor a.k.a.'), mayBeKnownAs('Osaka aka\u00a0X')]).toEqual([true, false, true]);
  });

  it('runs no pattern on a text without the phrases', () => {
    expect(sourcesRun(() => mayBeKnownAs('The editor credited the tradition.'))).toEqual([false, []]);
  });
});

describe('a description that opens a clause', () => {
  const NOT_DESCRIPTION = /^(?:to|who|which|that|said|says|is|was|has|had|will|would|que|qui|der|die|das|welche)\b/i;
  const ALPHABET = ['to', 'TO', 'who', 'Wh', 'o', 'That', 'die', 'qui', 'x', '_', '1', 'é', 'ß', 'ſ', '\u212a', ' ', ',', '-'];

  it('is what the case-folded pattern reads, on random texts', () => {
    for (const t of ['', ...randomTexts(ALPHABET, 20000, 4, 9)]) expect(opensNotDescription(t), t).toBe(NOT_DESCRIPTION.test(t));
  });

  it('is read without a pattern', () => {
    expect(sourcesRun(() => [opensNotDescription('Who knows'), opensNotDescription('towards the sea')])).toEqual([[true, false], []]);
  });
});

describe('names listed before a noun’s examples', () => {
  // The pattern exampleKinds ran before every mention (lib/analysis/parties/lists.ts).
  const NAMES = /(?:\p{Lu}[\p{L}\p{N}.&'’-]*(?: \p{Lu}[\p{L}\p{N}.&'’-]*)*, )+$/u;
  const ALPHABET = ['Evernote', 'A', 'É', 'such as', 'x', ',', ', ', ' ', '  ', '.', '&', '’', '-', '1', '\u00a0'];

  it('are taken off as the pattern took them, by a scan', () => {
    const texts = [...randomTexts(ALPHABET, 20000, 8, 11), ...listTexts(20000, 19)];
    expect(texts.filter((t) => NAMES.test(t)).length).toBeGreaterThan(1000);
    for (const t of texts) expect(withoutNamesBefore(t), t).toBe(t.replace(NAMES, ''));
    expect(withoutNamesBefore('companies such as Evernote, Dropbox, ')).toBe('companies such as ');
  });

  it('are read without a pattern', () => {
    expect(sourcesRun(() => [withoutNamesBefore('retailers such as Temu and '), withoutNamesBefore('firms such as Evernote, Dropbox, ')]))
      .toEqual([['retailers such as Temu and ', 'firms such as '], []]);
  });
});

describe('a renaming between two names', () => {
  // The pattern mergeRenamed ran between every two mentions (lib/analysis/parties/renamed.ts).
  const GAP = /^\s*[,(]\s*(\p{L}+)\s+$/u;
  const ALPHABET = ['now', 'heute', 'é', 'A', ',', '(', ' ', '  ', '\n', '\u00a0', '\u2003', '.', '-', '1', '𝐀', '\ud835'];

  it('is read as the pattern read it', () => {
    for (const t of ['', ...randomTexts(ALPHABET, 20000, 6, 5)]) expect(renamingWord(t), t).toBe(GAP.exec(t)?.[1]);
    expect(renamingWord(' (formerly ')).toBe('formerly');
  });

  it('is read without a pattern', () => {
    expect(sourcesRun(() => [renamingWord(', now '), renamingWord(' and the ')])).toEqual([['now', undefined], []]);
  });
});

describe('words in capitals in a row', () => {
  it('are told loud without a \\p{L} pattern', () => {
    const text = 'He wrote: NATO WASN’T THERE WHEN WE NEEDED THEM. The end.';
    const [runs, sources] = sourcesRun(() => shoutingRuns(text, wordsOf(scan(text)), en.functionWords));
    expect(runs.map((r) => r.words[0]!.t)).toEqual(['NATO']);
    expect(sources.filter((s) => s === '\\p{L}')).toEqual([]);
  });
});
