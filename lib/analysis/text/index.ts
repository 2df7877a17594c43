// The text scanner every analysis stage shares: tokens with character offsets, sentences, paragraphs, and the
// text's script and language. Pure and synchronous; offsets are always into the text given.
//
// Stable API (other stages build on it; change it only with them):
//   scan(text)               → ScannedText { text, tokens, sentences, paragraphs }
//                              paragraphs: the text's non-empty lines, trimmed (blank lines and single line breaks
//                              both separate blocks); sentences never cross a paragraph.
//   tokenize(text, from?, to?) → Token[]  { text, start, end, kind, script, space }
//                              kind: word | number | punct | symbol | url | handle. Tokens follow the Universal
//                              Dependencies treebanks the tagger learnt from: "Macron" "'s", "do" "n't", "l'" "Europe",
//                              "U.S.", "Dr.", "1,500.25", "Jean-Pierre" whole, "..." whole, Han and kana one
//                              character a token; `space`: whitespace right before the token.
//   paragraphs(text)         → Span[]      { start, end }
//   splitSentences(tokens, first, last, paragraph?) → Sentence[] { start, end, first, last, paragraph }
//                              (tokens.slice(first, last) are the sentence's tokens)
//   tokenIndexAt(tokens, offset) → index of the token containing or following a character offset
//   guessScript(text)        → Script  ('latin', 'cyrillic', 'han', 'kana', 'hangul', 'arabic', …, 'none')
//   guessLang(text)          → ISO 639-1 code, or null when the text gives too little to tell
//   normalizeLang(tag)       → 'pt-BR' → 'pt', 'nb' → 'no', bad tags → null
//   resolveLang(declared, text) → the declared language unless the text's script or words contradict it, else the guess
//   startsUpper(s), startsLower(s) → case of the first letter (any cased script)
//   visibleText(text)        → the text without invisible format characters inside words (soft hyphens, zero-width
//                              spaces): what the analysis reads, and its offsets are into
// Language data (function words, titles, abbreviations) is one file a language in ./languages/.

import { paragraphs, splitSentences, type Sentence, type Span } from './sentences';
import { tokenize, type Token } from './tokens';

export { tokenize, type Token, type TokenKind } from './tokens';
export { paragraphs, sentenceHolding, splitSentences, type Sentence, type Segment, type Span } from './sentences';
export { guessLang, guessScript, normalizeLang, resolveLang, scriptCounts } from './lang';
export { startsLower, startsUpper, type Script } from './chars';
export { visibleText } from './invisible';

export interface ScannedText {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  /** Paragraphs with their tokens (`tokens.slice(first, last)`). */
  paragraphs: (Span & { first: number; last: number })[];
}

/** Tokens, sentences and paragraphs of a text. */
export function scan(text: string): ScannedText {
  const tokens: Token[] = [], sentences: Sentence[] = [];
  const paras = paragraphs(text).map((p, k) => {
    const first = tokens.length;
    tokenize(text, p.start, p.end, tokens);
    sentences.push(...splitSentences(tokens, first, tokens.length, k));
    return { ...p, first, last: tokens.length };
  });
  return { text, tokens, sentences, paragraphs: paras };
}

/** Index of the first token that ends after `offset` (tokens.length when none does). */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let lo = 0, hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1; else hi = mid;
  }
  return lo;
}
