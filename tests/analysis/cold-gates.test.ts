// Patterns costly to compile on a cold page (Unicode properties, case folding, long alternations) are asked only
// where they can change the answer: a cheap necessary condition first. Each gate gives the answer the pattern gave
// (fuzzed against the pattern on random texts), and a text that cannot match runs no such pattern.
import { describe, expect, it } from 'vitest';
import { sourcesRun } from './patterns-run';
import { nameAfter, nameBefore } from '../../lib/analysis/parties/listed-beside';
import { joinNicknames } from '../../lib/analysis/parties/quoted-nicknames';
import { mayBeKnownAs } from '../../lib/analysis/parties/acronyms';
import { opensNotDescription } from '../../lib/analysis/parties/describe';
import { wordsOf } from '../../lib/analysis/parties/words';
import { withoutNamesBefore } from '../../lib/analysis/parties/lists';
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

describe('a name listed beside a mention', () => {
  // The patterns as they were run on every mention (lib/analysis/parties/listed-beside.ts).
  const BEFORE = /(\p{Lu}[\p{L}\p{N}.'’&-]*(?: \p{Lu}[\p{L}\p{N}.'’&-]*){0,3})(?:,|,? (\p{Ll}+)) (?:(\p{Ll}+) )?$/u;
  const AFTER = /^(?:,|,? (\p{Ll}+)) (?:(\p{Ll}+) )?(\p{Lu}[\p{L}\p{N}.'’&-]*(?: \p{Lu}[\p{L}\p{N}.'’&-]*){0,3})/u;
  const ALPHABET = ['Tribune', 'Sun', 'A', 'é', 'and', 'the', 'und', 'der', 'said', 'x', ',', ' ', ' ', '  ', '.', '’', '&', '-', '1', '\u00a0'];

  it('gives the match the pattern gave wherever its conjunction and article are the language’s', () => {
    for (const rules of [en, de]) {
      const listed = (m: RegExpExecArray | null, conj: number, art: number) =>
        m && (!m[conj] || rules.conjunctions.has(m[conj]!)) && (!m[art] || rules.determiners.has(m[art]!)) ? [...m] : null;
      for (const t of randomTexts(ALPHABET, 20000, 9, 7)) {
        expect(listed(nameBefore(t, rules), 2, 3), t).toEqual(listed(BEFORE.exec(t), 2, 3));
        expect(listed(nameAfter(t, rules), 1, 2), t).toEqual(listed(AFTER.exec(t), 1, 2));
      }
    }
    expect(nameBefore('the Chicago Tribune, New York Daily News, Baltimore Sun and ', en)?.[1]).toBe('Baltimore Sun');
    expect(nameAfter(', and the Hartford Courant said', en)?.[3]).toBe('Hartford Courant');
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

  it('are taken off as the pattern took them', () => {
    for (const t of randomTexts(ALPHABET, 20000, 8, 11)) expect(withoutNamesBefore(t), t).toBe(t.replace(NAMES, ''));
    expect(withoutNamesBefore('companies such as Evernote, Dropbox, ')).toBe('companies such as ');
  });

  it('are not looked for before a mention that does not follow a comma', () => {
    expect(sourcesRun(() => withoutNamesBefore('retailers such as Temu and '))).toEqual(['retailers such as Temu and ', []]);
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
