// Three property patterns a cold page compiled, now scans or a cheaper pattern where they cannot differ: an acronym-like
// word before a parenthesis ("Isis (Institute of …)"), a particle then a capital after a name (" of Japan"), and a
// name's apposition without initials ("Name, the chief spokesman for the IEA,"). Each gives the pattern's matches.
import { describe, expect, it, vi } from 'vitest';
import { wordsThenParens } from '../../lib/analysis/parties/paren-acronyms';
import { particleThenCapital } from '../../lib/analysis/parties/variants';
import { APPOSITION, appositionAt } from '../../lib/analysis/parties/describe';
import { analyse } from './analyse';
import { isClitic } from '../../lib/analysis/ner/tagger';
import { sentenceBreaks } from '../../lib/analysis/parties/credits';
import { isArticleName } from '../../lib/analysis/parties/surname-article';

// The pattern isArticleName reads (lib/analysis/parties/surname-article.ts).
const ARTICLE_NAME = /^(?:al|el|ad|ed|as|ash|az|ud|ul|de|van|von|bin|ibn)-(\p{Lu}[\p{L}'’-]*)$/u;
import { allLetters, letterRunEnd, upperRun } from '../../lib/analysis/text/props';
import { lastWord } from '../../lib/analysis/quotes/names';
import { wordBeforeLast } from '../../lib/analysis/parties/around';
import { relativeBefore } from '../../lib/analysis/attribution/affiliation';
import { notKeyMention } from '../../lib/analysis/keyquotes';
import { initialsEnd } from '../../lib/analysis/text/tokens';
import { endsOnColon } from '../../lib/analysis/attribution/colon-name';

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

describe('word shapes read by scans equal their patterns', () => {
  it('on 10 000 random words', () => {
    const PIECES = ["'", '’', 'ʼ', 's', 're', 'A', 'B', 'É', 'é', 'ß', '𝐀', '𝐚', '1', '-', 'al', 'ad', 'van', 'Din', ' ', '.', '\u0301', '\ud835'];
    for (let k = 0; k < 10000; k++) {
      const t = random(PIECES, 5);
      expect([isClitic(t), allLetters(t), upperRun(t, 2, 6), t.slice(0, letterRunEnd(t, 0)), isArticleName(t)])
        .toEqual([/^['’ʼ]\p{L}{1,2}$/u.test(t), /^\p{L}+$/u.test(t), /^\p{Lu}{2,6}$/u.test(t), /^\p{L}+/u.exec(t)?.[0] ?? '', ARTICLE_NAME.test(t)]);
    }
  });

  it('sentence breaks before a capital, on 10 000 random lines', () => {
    const PIECES = ['.', '!', '?', ' ', '\n', 'Photo', 'by', 'É', 'é', '𝐀', '😀', '\u00a0', 'x'];
    for (let k = 0; k < 10000; k++) {
      const t = random(PIECES, 10);
      expect(sentenceBreaks(t)).toEqual([...t.matchAll(/[.!?](?=\s*\p{Lu})/gu)].map((m) => m.index));
    }
  });
});

describe('the last words of a stretch, read back by scans, equal their patterns', () => {
  it('on 10 000 random stretches', () => {
    const PIECES = ['der', 'Kampagne', ' ', '  ', '\n', '-', 'Nord-Stream', ',', ', ', 'which', '’', "'", 'é', '𝐚', '😀', '.', '\u0301', '\ud835', '1'];
    for (let k = 0; k < 10000; k++) {
      const t = random(PIECES, 7);
      const rel = /,\s*(\p{L}+)\s+$/u.exec(t);
      expect([lastWord(t), wordBeforeLast(t), relativeBefore(t)]).toEqual([
        /(\p{L}+)[\p{L}-]*\s*$/u.exec(t)?.[1], /(\p{L}+)\s+\p{L}+[’']?\s*$/u.exec(t)?.[1] ?? '', rel ? { word: rel[1], length: rel[0].length } : null]);
    }
  });

  it('a colon before a quotation, on 10 000 random stretches', () => {
    const PIECES = [':', ' ', '\n', '"', '“', '„', '«', '»', 'Jones', '.', '\u00a0'];
    for (let k = 0; k < 10000; k++) {
      const t = random(PIECES, 6);
      expect(endsOnColon(t)).toBe(/:\s*["\u201C\u201E\u00AB]?\s*$/.test(t));
    }
  });

  it('initials and crowd words, on 10 000 random texts', () => {
    const PIECES = ['U', '.', 'S', 'e', 'g', 'É', '𝐚', '1', '²', ' ', 'x', 'Signs', 'FANS', 'fan', '_', 'banner', 'İ', 'ſign', 'transparenten'];
    for (let k = 0; k < 10000; k++) {
      const t = random(PIECES, 8);
      const m = /(?:\p{L}\.){2,}(?![\p{L}\p{N}])/uy.exec(t);
      expect([initialsEnd(t, 0), notKeyMention(t)]).toEqual([m ? m[0].length : -1,
        /\b(?:signs?|banners?|placards?|slogans?|chants?|posters?|graffiti|fans|crowds?|protesters|demonstrators|streikende|cartelli|banderole|pancartes?|transparente?n?)\b/i.test(t)]);
    }
  });
});

describe('on a page', () => {
  it('finds the acronym, the party and the description without the retired property patterns', () => {
    const exec = vi.spyOn(RegExp.prototype, 'exec');
    try {
      const text = 'Officials at Isis (Institute of Strategic and International Studies) said on Monday that talks had stalled.\n\n'
        + 'Tom Becker, the chief spokesman for the agency, said the talks would resume. Isis later confirmed it. Hamas’s leaders met the UN envoy.\n\n'
        + '“We are ready,” Becker said. The minister of finance, Eva Lund, said: “It is late.” Reporting by Ana Ruiz.Photograph by Jo Kim.';
      const { parties } = analyse(text, 'en');
      const sources = exec.mock.contexts.map((re) => (re as RegExp).source);
      expect(parties.find((p) => p.name === 'Institute of Strategic and International Studies')?.aliases).toContain('Isis');
      expect(parties.find((p) => p.name === 'Tom Becker')?.description).toBe('chief spokesman for the agency');
      const retired = ['\\p{Lu}[\\p{L}\\p{N}&.-]{1,8}', '^ (\\p{L}+)', '\\b\\p{Lu}\\.', "^['’ʼ]\\p{L}{1,2}$", '^\\p{L}+', '^\\p{Lu}{2,6}$', '[.!?](?=\\s*\\p{Lu})', '^(?:al|el|ad', '(?:\\p{L}\\.){2,}', '\\s+\\p{L}+[’\']?', '(\\p{L}+)[\\p{L}-]*', ',\\s*(\\p{L}+)\\s+$', 'signs?|banners?', '^(\\S+\\s+)?(.+?)'];
      expect(sources.filter((s) => retired.some((r) => s.includes(r)))).toEqual([]);
    } finally { exec.mockRestore(); }
  });
});
