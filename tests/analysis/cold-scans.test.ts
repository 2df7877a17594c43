// Property patterns that most cold pages compiled, now read by scans over the scanner's class table: each scan gives
// what its pattern gave (groups included) on random texts built to reach the pattern's matches, and runs no pattern.
import { describe, expect, it } from 'vitest';
import { sourcesRun } from './patterns-run';
import { wordAfterComma } from '../../lib/analysis/attribution/restrictive-relative';
import { nickname } from '../../lib/analysis/parties/merge';
import { articleNameRest } from '../../lib/analysis/parties/surname-article';
import { afterCapitalised } from '../../lib/analysis/parties/offstory';
import { firstLetter, sentenceStart } from '../../lib/analysis/keyquotes';
import { isLetter } from '../../lib/analysis/letters';
import { lastTwoWords, lastWord, lastWords } from '../../lib/analysis/text/props';
import { emailAt, handleAt } from '../../lib/analysis/text/tokens';
import { incisePattern, mayHoldIncise } from '../../lib/analysis/quotes/incise';
import { rulesFor } from '../../lib/rules/languages';
import { isTagShape } from '../../lib/analysis/attribution/name-tag';
import { possessor } from '../../lib/analysis/attribution/subject';

function randomTexts(pieces: string[], n: number, len: number, seed: number): string[] {
  const rnd = (k: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % k; };
  return Array.from({ length: n }, () => Array.from({ length: 1 + rnd(len) }, () => pieces[rnd(pieces.length)]).join(''));
}

/** Texts made of one piece of each slot in turn: the slots follow the pattern's parts, each with pieces that break
 * it, so that both matches and near misses come often. */
function slotTexts(slots: string[][], n: number, seed: number): string[] {
  const rnd = (k: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % k; };
  return Array.from({ length: n }, () => slots.map((xs) => xs[rnd(xs.length)]).join(''));
}

/** How many of `texts` the pattern matches: the fuzz must reach matches, not only misses. */
const matches = (re: RegExp, texts: string[]) => texts.filter((t) => re.test(t)).length;

describe('a relative clause after a closing mark', () => {
  const RELATIVE = /^[\s”“"»«’]*,\s*(\p{L}+)\s+(\p{L})/u;
  const PIECES = ['”', '“', '"', '»', '’', ' ', ' ', '\u00a0', '\n', ',', ', ', 'die', 'which', 'É', 'é', '𝐀', '\ud835', '1', '-', '.'];

  it('is read as the pattern read it', () => {
    const texts = ['', ...randomTexts(PIECES, 10000, 7, 3), ...slotTexts([['', '”', ' ', '” ', '»\u00a0“', 'x', '’\n'], [',', ', ', ',\n ', '', ';'],
      ['which', 'die', 'É', '𝐀𝐚', '1', '', 'a-b'], [' ', '  ', '\u2003', '', '-', ','], ['B', 'é', '𝐀', '\ud835', '1', '', ' x'], ['', 'eijing', '.']], 20000, 4)];
    expect(matches(RELATIVE, texts)).toBeGreaterThan(500);
    for (const t of texts) expect(wordAfterComma(t), t).toEqual(RELATIVE.exec(t)?.slice(1) ?? null);
  });

  it('is read without a pattern', () => {
    expect(sourcesRun(() => [wordAfterComma('”, which Beijing'), wordAfterComma('” said the minister')])).toEqual([[['which', 'B'], null], []]);
  });
});

describe('a quoted nickname among a name’s words', () => {
  const NICK = /^[‘“"'«„‹](\p{L}+)[’”"'»“›]$/u;
  const PIECES = ['‘', '’', '“', '”', '"', "'", '«', '»', '„', '‹', '›', 'John', 'é', '𝐀', '\ud835', '1', '-', ' '];

  it('is read as the pattern read it', () => {
    const texts = ['', ...randomTexts(PIECES, 10000, 4, 5), ...slotTexts([PIECES.slice(0, 10), ['John', 'é', '𝐀𝐚', 'J1', '', 'a b', '\ud835'], PIECES.slice(0, 10)], 20000, 6)];
    expect(matches(NICK, texts)).toBeGreaterThan(500);
    for (const t of texts) expect(nickname(t), t).toBe(NICK.exec(t)?.[1] ?? null);
  });

  it('is read without a pattern', () => {
    expect(sourcesRun(() => [nickname('‘John’'), nickname('Tollet')])).toEqual([['John', null], []]);
  });
});

describe('an article hyphened to a name', () => {
  const ARTICLE_NAME = /^(?:al|el|ad|ed|as|ash|az|ud|ul|de|van|von|bin|ibn)-(\p{Lu}[\p{L}'’-]*)$/u;
  const PIECES = ['al', 'as', 'ash', 'h', 'van', 'co', '-', '--', 'S', 'É', 'é', 'charaa', "'", '’', '𝐀', '\ud835', '1', ' '];

  it('is read as the pattern read it', () => {
    const texts = ['', ...randomTexts(PIECES, 10000, 5, 7), ...slotTexts([['al', 'as', 'ash', 'ibn', 'co', 'a', 'al-'], ['-', '', '--'], ['S', 'É', 'é', '𝐀', '\ud835', '-'],
      ['charaa', '', "'a", '’-Din', '1', ' x', '𝐚']], 20000, 8)];
    expect(matches(ARTICLE_NAME, texts)).toBeGreaterThan(200);
    for (const t of texts) expect(articleNameRest(t), t).toBe(ARTICLE_NAME.exec(t)?.[1] ?? null);
  });

  it('is read without a pattern', () => {
    expect(sourcesRun(() => [articleNameRest('al-Scharaa'), articleNameRest('co-founder')])).toEqual([['Scharaa', null], []]);
  });
});

describe('a place’s name and a comma before a region cut short', () => {
  const BEFORE = /\p{Lu}[\p{L}.]*, $/u;
  const PIECES = ['Palo', 'Alto', 'C', 'É', 'é', '.', ',', ', ', ' ', '𝐀', '𝐚', '\ud835', '1', '-', 'x'];

  it('is read as the pattern read it', () => {
    const texts = ['', ...randomTexts(PIECES, 10000, 6, 9), ...slotTexts([['in ', '', 'x', '1'], ['Palo', 'é', 'É', '𝐀', '\ud835', 'a.B', '.'], ['', ' Alto', 'lto', '.C.', '1', '𝐚'],
      [', ', ',', ' , ', ',  ']], 20000, 10)];
    expect(matches(BEFORE, texts)).toBeGreaterThan(500);
    for (const t of texts) expect(afterCapitalised(t), t).toBe(BEFORE.test(t));
  });

  it('is read without a pattern', () => {
    expect(sourcesRun(() => [afterCapitalised('in Palo Alto, '), afterCapitalised('said on the day, ')])).toEqual([[true, false], []]);
  });
});

describe('a quotation’s first letter and the writer’s sentence before it (key quotes)', () => {
  const PIECES = ['a', 'É', 'é', '𝐀', '𝐚', '\ud835', '1', ' ', '.', '. ', '!', '?\n', '…', '…\u00a0', '\n', '\n\n', '“', ',', 'x'];

  it('are read as the array and the split read them', () => {
    const texts = ['', ...randomTexts(PIECES, 20000, 10, 12)];
    for (const t of texts) {
      expect(firstLetter(t), t).toBe([...t].find((c) => isLetter(c)));
      for (const end of [t.length, t.length >> 1]) expect(t.slice(sentenceStart(t, end), end), t).toBe(t.slice(0, end).split(/[.!?…]\s|\n/).pop());
    }
  });
});

describe('the last words before a quotation', () => {
  const LAST = /(\p{L}+)\s*$/u, TWO_LOWER = /(\p{L}+)\s+(\p{Ll}+)\s*$/u, WORDS = /(?:(\p{L}+)\s+)?(\p{L}+)\s+(\p{L}+)\s*$/u;
  const PIECES = ['der', 'Verein', 'für', 'É', 'ß', 'ǅ', '𝐀', '𝐚', '\ud835', ' ', ' ', '  ', '\n', '\u00a0', '-', '1', '.', '„'];

  it('are read as the patterns read them', () => {
    const WORD = ['der', 'Verein', 'für', 'É', 'ß', 'ǅ', '𝐀', '𝐚', 'a-b', '1', '', '\ud835'], GAP = [' ', '  ', '\n', '\u00a0', '', '-', '.'];
    const texts = ['', ...randomTexts(PIECES, 10000, 7, 14), ...slotTexts([['', 'x', '„', ' '], WORD, GAP, WORD, GAP, WORD, ['', ' ', '  ', '.', '\u2003']], 30000, 15)];
    // (the texts reach each pattern's matches, and the first word of three too)
    expect([matches(TWO_LOWER, texts), matches(WORDS, texts), texts.filter((t) => WORDS.exec(t)?.[1]).length].every((n) => n > 500)).toBe(true);
    for (const t of texts) {
      expect(lastWord(t), t).toBe(LAST.exec(t)?.[1]);
      expect(lastTwoWords(t, true), t).toEqual(TWO_LOWER.exec(t)?.slice(1) ?? null);
      expect(lastWords(t), t).toEqual(WORDS.exec(t)?.slice(1) ?? null);
    }
  });

  it('are read without a pattern', () => {
    expect(sourcesRun(() => [lastWord('die Zeitung '), lastTwoWords('des Vereins von ', true), lastWords('its annual report ')]))
      .toEqual([['Zeitung', ['Vereins', 'von'], ['its', 'annual', 'report']], []]);
  });
});

describe('e-mail addresses and handles in the scanner', () => {
  const EMAIL = /[\p{L}\p{N}._+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/uy, HANDLE = /[@#][\p{L}\p{N}_]+/uy;
  const sticky = (re: RegExp, t: string, i: number) => { re.lastIndex = i; return re.exec(t)?.[0] ?? null; };

  it('are read as the patterns read them, at every offset', () => {
    const NAME = ['jane', 'j.doe', 'a+b', 'é', '𝐚', '²', '1', '_', '-', '', ' ', '\ud835'], DOMAIN = ['example', 'ex-1', 'é', '𝐀', '', '_', '²'];
    const texts = slotTexts([['', 'x ', '#', '@'], NAME, ['@', '', '#', '@@'], DOMAIN, ['.', '', '..', '. '], DOMAIN, ['.', ''], DOMAIN, ['', '.', ',', ' x']], 20000, 16);
    let found = 0;
    for (const t of texts) {
      for (let i = 0; i < t.length; i++) {
        const mail = sticky(EMAIL, t, i);
        if (mail) found++;
        expect(emailAt(t, i), `${t} @${i}`).toBe(mail);
        expect(handleAt(t, i), `${t} @${i}`).toBe(sticky(HANDLE, t, i));
      }
    }
    expect(found).toBeGreaterThan(2000);
  });

  it('are read without a pattern', () => {
    expect(sourcesRun(() => [emailAt('mail jane.doe@example.com.', 5), handleAt('@clearpage', 0)])).toEqual([['jane.doe@example.com', '@clearpage'], []]);
  });
});

describe('an attribution inside a quotation’s marks (incise)', () => {
  it('is looked for by its pattern wherever the pattern can match', () => {
    for (const lang of ['fr', 'de', 'pt']) {
      const re = incisePattern(lang), say = rulesFor(lang).say;
      const VERBS = [...say.slice(0, 20), ...say.slice(-10), 'dit', 'dice', 'explique', 'a déclaré', 'sagte', 'disse', 'x', ''];
      const texts = slotTexts([['Nous partons', 'x', ''], [',', '?', '!', '…', ';', ''], [' ', '  ', '\n', '', '\u00a0'], ['a ', 'avait ', 'ha ', 'tem ', '', 'a  '],
        VERBS, ['', '-il', '-t-elle', 't', 'X'], [' M. Berthier', ' Loïc Quéméner', ' x', ''], ['.', ',', ''], [' B', ' x', '']], 20000, 17);
      let matched = 0;
      for (const t of texts) {
        re.lastIndex = 0;
        if (!re.test(t)) continue;
        matched++;
        expect(mayHoldIncise(t, lang), t).toBe(true);
      }
      expect(matched).toBeGreaterThan(1000);
    }
  });

  it('is not compiled for quotations without one', () => {
    const [found, sources] = sourcesRun(() => mayHoldIncise('Wir bleiben hart, das ist klar. Und dann? Nichts.', 'de'));
    expect(found).toBe(false);
    expect(sources.filter((s) => s.length > 1000)).toEqual([]);
  });
});

describe('a party tag after a name, and a possessive name opening a phrase', () => {
  const TAG = /^\p{Lu}(?:\s?-\s?\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)?$/u;
  const POSSESSOR = /^(?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}.-]*['’]s?(?=\s)/u;

  it('are read as the patterns read them', () => {
    const CAP = ['R', 'D', 'É', '𝐀', 'x', '', '-', 'S.C.', 'Neb.', 'Hillary'], LOW = ['', 'eb.', 'é', '𝐚', '1', '-', '.', 'x-y'], SP = ['', ' ', '  ', '\u00a0', '-', ' -', '- ', ' - '];
    const tags = slotTexts([CAP, LOW, SP, CAP, LOW, ['', ' ', 'x', '  '], CAP, LOW], 20000, 20);
    const owners = slotTexts([CAP, LOW, ['', ' ', '  ', '\n'], CAP, LOW, ['', ' ', '’', "'"], CAP, LOW, ['’', "'", '', '’s', "'s", 'ʼs'], ['', ' ', 's ', '\u00a0', 'x'], ['', 'right-hand']], 20000, 21);
    expect([matches(TAG, tags), matches(POSSESSOR, owners)].every((n) => n > 1000)).toBe(true);
    for (const t of tags) expect(isTagShape(t), t).toBe(TAG.test(t));
    for (const t of owners) expect(possessor(t), t).toBe(POSSESSOR.exec(t)?.[0] ?? null);
  });

  it('are read without a pattern', () => {
    expect(sourcesRun(() => [isTagShape('R-Neb.'), isTagShape('Reuters'), possessor('Hillary Clinton’s right-hand woman'), possessor('The campaign')]))
      .toEqual([[true, false, 'Hillary Clinton’s', null], []]);
  });
});
