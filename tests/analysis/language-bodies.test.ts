// V8 compiles a function whole at its first call, so a cold page pays for every line of each function it enters,
// even one that returns on its first line. The analysis's steps for some languages only (nouns capitalised: German;
// unspaced text: Japanese, Chinese; quotation particles: Japanese, Korean, Chinese; inflected names) keep their bodies
// apart, entered only in those languages: an English story's analysis calls none of them, a German one calls its own.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';
import { called } from '../pipeline/called';

const BODIES = ['trimmedCommonNouns', 'unglued', 'cjkQuoteAt', 'addedUnspacedNames', 'mergedInflected'];

describe("the analysis's steps for some languages only", () => {
  it('are not entered by an English story, and are by a German one', () => {
    const en = called('/lib/analysis/', () => analyse('The Harbour Board met on Tuesday. "We will keep the wall," said Maria Lopez, its chair. Lopez added that the vote was close.', 'en'));
    expect(BODIES.filter((f) => en.has(f))).toEqual([]);
    expect(en.has('trimCommonNouns')).toBe(true);
    const de = called('/lib/analysis/', () => analyse('Der Hafenrat tagte am Dienstag. „Wir behalten die Mauer“, sagte Maria Lopez, die Vorsitzende des Rates. Lopez sagte, die Abstimmung sei knapp gewesen.', 'de'));
    expect(['trimmedCommonNouns', 'mergedInflected'].filter((f) => de.has(f))).toEqual(['trimmedCommonNouns', 'mergedInflected']);
  });
});
