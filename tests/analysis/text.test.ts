// The shared scanner: tokens cut as the tagger's training data is, offsets that point back into the text,
// sentences and paragraphs, and the language guess for texts that come without one.
import { describe, expect, it } from 'vitest';
import { functionWordScores } from '../../lib/analysis/text/lang';
import { C, charInfo, classify, classOf, SCRIPTS } from '../../lib/analysis/text/chars';
import { CHAR_RUNS } from '../../lib/analysis/text/char-table';
import { guessLang, guessScript, normalizeLang, resolveLang, scan, scriptCounts, tokenIndexAt, tokenize } from '../../lib/analysis/text';

const words = (t: string) => tokenize(t).map((x) => x.text);

describe('character classes', () => {
  // the classes as the property tests give them in the order they were first written (punctuation after digits,
  // letters and marks): classify now tests punctuation earlier, which the categories being disjoint allows
  const reference = (ch: string): number => {
    if (/\s/u.test(ch)) return C.SPACE;
    if (["'", '’', 'ʼ', '‘'].includes(ch)) return C.APOS;
    if (['-', '‐', '‑'].includes(ch)) return C.HYPHEN;
    if (ch === '.') return C.PERIOD;
    if (/\p{Nd}/u.test(ch)) return C.DIGIT;
    if (/\p{L}/u.test(ch) || ch === 'ー') return (classify(ch) & 15) === C.LETTER ? classify(ch) : -1; // its script: classify's
    if (/\p{M}/u.test(ch)) return C.MARK;
    if (/\p{P}/u.test(ch)) return C.PUNCT;
    if (/[\p{S}\p{N}]/u.test(ch)) return C.SYMBOL;
    return C.OTHER;
  };

  it('are the same for every character of the Basic Multilingual Plane, punctuation tested first or not', () => {
    const differ: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      if (classify(ch) !== reference(ch)) differ.push(c.toString(16));
    }
    expect(differ).toEqual([]);
  });

  it('are read for ASCII from a table equal to the property tests', () => {
    for (let c = 0; c < 128; c++) expect([c, charInfo(String.fromCharCode(c), 0)]).toEqual([c, classify(String.fromCharCode(c))]);
    expect(charInfo('a', 0) >> 4).toBe(SCRIPTS.indexOf('latin'));
  });

  it('are read for Latin-1, Latin Extended and general punctuation from a table equal to the property tests', () => {
    const differ: string[] = [];
    for (const [from, to] of [[0x80, 0x250], [0x2000, 0x2070]] as const) {
      for (let c = from; c < to; c++) if (charInfo(String.fromCharCode(c), 0) !== classify(String.fromCharCode(c))) differ.push(c.toString(16));
    }
    expect(differ).toEqual([]);
    // (the table covers the ranges whole, so none of them falls back to the patterns)
    expect(CHAR_RUNS.map(([from, runs]) => [from, runs.filter((_, k) => k % 2).reduce((a, b) => a + b, 0)])).toEqual([[0x80, 0x250 - 0x80], [0x2000, 0x70]]);
    expect(classOf(charInfo('é', 0))).toBe(C.LETTER);
    expect(classOf(charInfo('’', 0))).toBe(C.APOS);
    expect(classOf(charInfo('\u00a0', 0))).toBe(C.SPACE);
  });

  it('keep an initial and an abbreviation with their period only where no letter or digit follows', () => {
    expect(words('J. Smith É. Zola j. smith J.R. at example.com. Mr.5')).toEqual(
      ['J.', 'Smith', 'É.', 'Zola', 'j', '.', 'smith', 'J.R.', 'at', 'example.com', '.', 'Mr', '.', '5']);

    // (an initial is one code point, also outside the BMP; two capitals are no initial)
    expect(words('Dr 𝐀. Lenz and AB. Then')).toEqual(['Dr', '𝐀.', 'Lenz', 'and', 'AB', '.', 'Then']);
  });
});

describe('tokens', () => {
  it('split English clitics off and keep titles, initials and dotted acronyms with their period', () => {
    expect(words("Mr. Macron's plan didn't work for J. K. Rowling in the U.S.")).toEqual(
      ['Mr.', 'Macron', "'s", 'plan', 'did', "n't", 'work', 'for', 'J.', 'K.', 'Rowling', 'in', 'the', 'U.S.']);
  });

  it('split an elided article after its apostrophe but keep Irish names and long words whole', () => {
    expect(words("l'Europe dell’Italia O'Brien aujourd'hui")).toEqual(["l'", 'Europe', 'dell’', 'Italia', "O'Brien", "aujourd'hui"]);
  });

  it('keep hyphenated words, numbers with separators, URLs, e-mail addresses and handles whole', () => {
    expect(words('Jean-Pierre paid $1,500.25 at 12:30 (see https://example.com/a?b=1, mail a.b@example.org) @user #tag'))
      .toEqual(['Jean-Pierre', 'paid', '$', '1,500.25', 'at', '12:30', '(', 'see', 'https://example.com/a?b=1', ',', 'mail',
        'a.b@example.org', ')', '@user', '#tag']);
  });

  it('find each e-mail address after an "@" that belongs to none, and none where a space comes before the "@"', () => {
    expect(words('Not @ all. Write desk@example.org or to me @ home, then ed@news.example.com.'))
      .toEqual(['Not', '@', 'all', '.', 'Write', 'desk@example.org', 'or', 'to', 'me', '@', 'home', ',', 'then', 'ed@news.example.com', '.']);
  });

  it('end a word where the script of its letters changes, ASCII letters included, and let digits join any script', () => {
    const toks = tokenize('Москваa 12abc αβγdelta café1 東京abc');
    expect(toks.map((t) => `${t.text}/${t.script}`)).toEqual([
      'Москва/cyrillic', 'a/latin', '12abc/latin', 'αβγ/greek', 'delta/latin', 'café1/latin', '東/han', '京/han', 'abc/latin',
    ]);
  });

  it('make each Han and kana character a token and keep Hangul words whole', () => {
    expect(words('习近平在北京。トランプ氏 서울에서 만났다')).toEqual(['习', '近', '平', '在', '北', '京', '。', 'ト', 'ラ', 'ン', 'プ', '氏', '서울에서', '만났다']);
  });

  it('give offsets into the text, the kind, the script and whether a space comes before', () => {
    const text = '  Москва, 2024 — “Да”';
    const toks = tokenize(text);
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(toks.map((t) => [t.kind, t.script, t.space])).toEqual([
      ['word', 'cyrillic', true], ['punct', 'none', false], ['number', 'none', true], ['punct', 'none', true],
      ['punct', 'none', true], ['word', 'cyrillic', false], ['punct', 'none', false],
    ]);
  });

  it('tokenise a range of the text with offsets into the whole text', () => {
    const text = 'Skip this. Paris is here.';
    expect(tokenize(text, 11, 16).map((t) => [t.text, t.start])).toEqual([['Paris', 11]]);
  });

  it('survive empty text, lone marks and unpaired surrogates', () => {
    expect(tokenize('')).toEqual([]);
    expect(words('\ud83d \u0301 ...')).toEqual(['\ud83d', '\u0301', '...']);
  });
});

describe('sentences and paragraphs', () => {
  const sentences = (t: string) => scan(t).sentences.map((s) => t.slice(s.start, s.end));

  it('end a sentence at a stop before a capital, an opening quote or a digit, and never after a title or initial', () => {
    expect(sentences('Dr. Smith met J. Doe in St. Louis. “We won,” she said. 2024 was good! Was it? Yes…')).toEqual(
      ['Dr. Smith met J. Doe in St. Louis.', '“We won,” she said.', '2024 was good!', 'Was it?', 'Yes…']);
  });

  it('let an abbreviation end a sentence when a capital follows, and keep closing quotes with the sentence', () => {
    expect(sentences('He joined Acme Inc. The firm grew. She said: “No.” Then left.')).toEqual(
      ['He joined Acme Inc.', 'The firm grew.', 'She said: “No.”', 'Then left.']);
  });

  it('do not end a sentence before a lower-case word', () => {
    expect(sentences('They met at 5 p.m. and talked, e.g. about trade.')).toHaveLength(1);
  });

  it('end a sentence at CJK full stops without spaces', () => {
    expect(sentences('他来了。她走了！好吗？')).toEqual(['他来了。', '她走了！', '好吗？']);
  });

  it('split paragraphs at line breaks and keep every sentence inside its paragraph', () => {
    const s = scan('First line\nwithout a stop\n\n  Second paragraph. Two sentences.  \n');
    expect(s.paragraphs.map((p) => s.text.slice(p.start, p.end))).toEqual(['First line', 'without a stop', 'Second paragraph. Two sentences.']);
    expect(s.sentences.map((x) => x.paragraph)).toEqual([0, 1, 2, 2]);
    const p = s.paragraphs[2]!;
    expect(s.tokens.slice(p.first, p.last).map((t) => t.text)).toEqual(['Second', 'paragraph', '.', 'Two', 'sentences', '.']);
  });

  it('finds the token at an offset', () => {
    const toks = tokenize('one two three');
    expect(tokenIndexAt(toks, 0)).toBe(0);
    expect(tokenIndexAt(toks, 3)).toBe(1);
    expect(tokenIndexAt(toks, 9)).toBe(2);
    expect(tokenIndexAt(toks, 99)).toBe(3);
  });
});

describe('script and language', () => {
  it('tells the script by most letters, with kana marking Japanese', () => {
    expect(guessScript('Hello, мир мир мир')).toBe('cyrillic');
    expect(guessScript('東京で会議が開かれた')).toBe('kana');
    expect(guessScript('北京会议召开')).toBe('han');
    expect(guessScript('123 — !')).toBe('none');
  });

  it('answers for Latin-only text (checked by pattern) as the count of letters by script does', () => {
    const counted = (t: string) => [...scriptCounts(t)].reduce<[string, number]>((b, x) => (x[1] > b[1] ? x : b), ['none', 0])[0];
    const samples = ['µ 12', 'µ µ a', 'Ça va, Łódź — “ok”', '', ' \n\t'];
    for (let c = 0; c < 0x2070; c = c === 0x24f ? 0x2000 : c + 1) samples.push(String.fromCharCode(c), `1 ${String.fromCharCode(c)} ,`);
    for (const t of samples) expect(guessScript(t)).toBe(counted(t));
    expect(guessScript('a'.repeat(4999) + '😀')).toBe('latin'); // a surrogate pair at the sample's end
  });

  it('weighs the words of Latin-only text (read by pattern) as the general reading does', () => {
    // an arrow (outside the Latin ranges, no letter) sends the same words through the reading by character class
    for (const t of ["l’Europe et l'Italie, dell'Italia e la Francia", "rock''n roll d' accord, ‘the’ end", 'Straße über Łódź und der Weg']) {
      expect(functionWordScores(t, 'latin')).toEqual(functionWordScores(`${t} →`, 'latin'));
    }
  });

  it('guesses Latin and Cyrillic languages by their function words', () => {
    expect(guessLang('Der Minister sagte, dass die Regierung nicht auf die Vorschläge eingehen wird.')).toBe('de');
    expect(guessLang('Ministern sa att regeringen inte har för avsikt att svara och det är klart.')).toBe('sv');
    expect(guessLang('Ministeren sagde, at regeringen ikke har til hensigt at svare, og det blev klart efter mødet.')).toBe('da');
    expect(guessLang('O ministro disse que o governo não vai responder às propostas da oposição para o ano.')).toBe('pt');
    expect(guessLang('Президент сказал, что это не так и он был в Москве.')).toBe('ru');
  });

  it('guesses by script alone where one language writes it, and gives up on too little text', () => {
    expect(guessLang('서울에서 회의가 열렸다')).toBe('ko');
    expect(guessLang('Ο πρωθυπουργός δήλωσε')).toBe('el');
    expect(guessLang('Paris')).toBeNull();
  });

  it('keeps a declared language unless the text is written in another script', () => {
    expect(normalizeLang('pt-BR')).toBe('pt');
    expect(normalizeLang('nb_NO')).toBe('no');
    expect(normalizeLang('')).toBeNull();
    expect(resolveLang('fr', 'Le président a dit que la France est prête.')).toBe('fr');
    expect(resolveLang('en', 'Президент сказал, что это не так и он был в Москве.')).toBe('ru');
    expect(resolveLang(null, '北京会议召开了')).toBe('zh');
  });
});
