// The shipped scripts are rewritten as ASCII (scripts/ascii-source.mjs) so that engines hold them one byte a
// character. The rewrite must not change what a script does: regular expressions, strings, templates, identifiers.
import { describe, expect, it } from 'vitest';
import { asciiSource as ascii } from '../../scripts/ascii-source.mjs';

/** Runs `code`, which must end in an expression statement `return …`, and gives its value. */
const run = (code: string): unknown => new Function(code)();

describe('asciiSource', () => {
  it('escapes regular expressions, strings, templates, identifiers and comments, and the code does the same', () => {
    const code = [
      'var quote = /[«»’]\\s*$/u, dash = /\\s[–—]\\s/, emoji = /[😀]/u, wide = /😀/;',
      "var s = 'é' + `x’${ 'ü' }y`, café = 2; // a comment — with a dash",
      '/* ⏎ */ return [quote.test("x »"), dash.test("a – b"), emoji.test("😀"), wide.test("a😀"), s, café];',
    ].join('\n');
    const out = ascii(code);
    expect(out).toMatch(/^[\x00-\x7f]*$/);
    expect(run(out)).toEqual(run(code));
    expect(run(out)).toEqual([true, true, true, true, 'éx’üy', 2]);
  });

  it('reads an identity escape before a non-ASCII character as that character', () => {
    const code = 'return [/\\’/.test("’"), /\\\\’/.test("\\\\’"), "\\’"];';
    expect(run(ascii(code))).toEqual([true, true, '’']);
    const continued = 'return "a\\\u2028b";';
    expect(run(ascii(continued))).toBe('ab');
  });

  it('refuses a tagged template that holds non-ASCII text, naming where, and leaves an untagged one alone', () => {
    expect(() => ascii('var a = 1;\nvar r = String.raw`[–—]`;', 'x.js')).toThrow(/x\.js: .*line 2, column \d+/);
    expect(run(ascii('var f = (v) => v; return f(`a${ `’` }b`) + `–`;'))).toBe('a’b–');
  });

  it('gives an ASCII script back unchanged', () => {
    const code = 'var a = /[a-z]/g; return a.source;';
    expect(ascii(code)).toBe(code);
  });
});
