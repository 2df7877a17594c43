// Rewrites a built JavaScript file so that its source is ASCII only, without changing what it does.
// Why: an engine holds a script's source as one byte a character only when every character fits in Latin-1; one "’"
// in a regular expression makes the whole source two bytes a character. For the CLI's 2.6 MB bundle that was ~23 ms
// of UTF-8 decoding in every process (against ~5 ms for ASCII) and 2.6 MB more memory while it runs; the extension's
// engine and analysis chunks are loaded on article pages the same way. esbuild and Rolldown already escape strings
// and templates; they leave regular expression literals, comments and String.raw templates as written.
// What it does, token by token (acorn's tokenizer, so that a "’" is never escaped inside the wrong kind of token):
// - regular expressions, strings, templates and identifiers: each non-ASCII UTF-16 unit becomes \uXXXX (a pair of
//   surrogate escapes is read back as one code point in a /u pattern; an identity escape "\’" becomes "\u2019");
// - comments: the same, as plain text;
// - a tagged template's raw text cannot be escaped (String.raw would see the backslash): that is an error naming the
//   place, to be fixed in the source (write \uXXXX there: a pattern built with String.raw reads it the same).
import { tokenizer, tokTypes } from 'acorn';

const NON_ASCII = /[^\x00-\x7f]/;

/**
 * `\u` escape of every non-ASCII UTF-16 unit. A backslash right before one is absorbed: an identity escape ("\’"
 * is "’"), or, before a line or paragraph separator, a line continuation (which stands for nothing).
 */
function escapeUnits(text) {
  return text.replace(/(\\*)([^\x00-\x7f])/g, (_, slashes, ch) => {
    if (slashes.length % 2 === 0) return slashes + '\\u' + ch.charCodeAt(0).toString(16).padStart(4, '0');
    return slashes.slice(1) + (/[\u2028\u2029]/.test(ch) ? '' : '\\u' + ch.charCodeAt(0).toString(16).padStart(4, '0'));
  });
}

/** The line and column of `pos` in `code`, for an error a person can follow. */
function where(code, pos) {
  const before = code.slice(0, pos).split('\n');
  return `line ${before.length}, column ${before[before.length - 1].length + 1}`;
}

/** Whether a token can be a template's tag (`String.raw`, `tag`, `f()`, `a[0]`): its text then reads the raw source. */
const canTag = (token) => token && [tokTypes.name, tokTypes.parenR, tokTypes.bracketR].includes(token.type);

/** Spans [start, end) of the tokens and comments that hold non-ASCII characters, with whether a raw template holds them. */
function nonAsciiSpans(code) {
  const spans = [];
  const onComment = (_block, _text, start, end) => {
    if (NON_ASCII.test(code.slice(start, end))) spans.push({ start, end, raw: false });
  };
  // Open templates and braces, innermost last: a backquote closes a template only when one is innermost.
  const open = [];
  let previous = null;
  for (const token of tokenizer(code, { ecmaVersion: 'latest', sourceType: 'script', allowHashBang: true, onComment })) {
    const type = token.type;
    if (type === tokTypes.backQuote) {
      if (open.at(-1)?.template) open.pop();
      else open.push({ template: true, tagged: canTag(previous) });
    } else if (type === tokTypes.dollarBraceL || type === tokTypes.braceL) open.push({ template: false });
    else if (type === tokTypes.braceR) open.pop();
    if (NON_ASCII.test(code.slice(token.start, token.end))) {
      const raw = type === tokTypes.template && open.at(-1)?.tagged === true;
      spans.push({ start: token.start, end: token.end, raw });
    }
    previous = token;
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** Returns `code` with every non-ASCII character escaped; throws when a tagged template holds one. */
export function asciiSource(code, file = 'the bundle') {
  if (!NON_ASCII.test(code)) return code;
  let out = '', at = 0;
  const raw = [];
  for (const span of nonAsciiSpans(code)) {
    if (span.raw) raw.push(where(code, span.start));
    out += code.slice(at, span.start) + escapeUnits(code.slice(span.start, span.end));
    at = span.end;
  }
  if (raw.length) throw new Error(`${file}: tagged templates hold non-ASCII text (at ${raw.join('; ')}); write it as \\uXXXX in the source`);
  out += code.slice(at);
  const left = out.search(NON_ASCII);
  if (left >= 0) throw new Error(`${file}: non-ASCII text outside any token at ${where(out, left)}`);
  return out;
}
