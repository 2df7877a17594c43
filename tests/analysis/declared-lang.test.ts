// A page's declared language against its text's own words: a template's "en" on a story written in another language
// is not taken (issues 7 and 8). Invented texts: isiZulu-like (no word list), Indonesian-like (a list), English.
import { describe, expect, it } from 'vitest';
import { guessLang, pageLang, resolveLang } from '../../lib/analysis/text/lang';
import { analysisLanguage } from '../../lib/analysis';
import { INDONESIAN, ZULU } from './declared-lang-texts';

const ENGLISH = [
  'The council said on Tuesday that the new harbour wall would be finished before the winter storms, and that the work had cost less than the town had feared.',
  'Residents who live near the quay said they were glad of the news, because the old wall had been breached twice in the last ten years and the water had reached their homes.',
  'A spokesman for the builders said the last stones would be set in place next month, weather permitting, and that the road along the front would open again soon after.',
].join('\n\n');

// A results table: names, figures and a few repeated words, too little running text to tell a language by.
const RESULTS = 'Palm Bay d. Rockledge 70-44\n\nPalm Bay (1-0): Tolivert 25 points. Davis 17 points. Burgher 10 points. Bozeman 10 points. Moore 3 points.\n\nRockledge (0-1): Blakely 15 points. Devoe 2 points. Baker 6 points. Brown 4 points. Upshaw 3 points.\n\nViera (4-0): K. Hupfer 1 goal. L. Patikas 1 goal. Z. Nielsen 1 goal. J. Anasa 1 assist. A. Sanger 2 saves.';

describe('a declared language the text contradicts', () => {
  it('is not taken for a story in a language no list knows: no language at all', () => {
    expect(resolveLang('en', ZULU)).toBeNull();
    expect(resolveLang('en-US', ZULU)).toBeNull();
    expect(pageLang('en-GB', ZULU)).toBeNull();
    expect(analysisLanguage({ text: ZULU, lang: 'en' })).toBeNull();
  });

  it("gives way to the text's own listed language", () => {
    expect(resolveLang('en-US', INDONESIAN)).toBe('id');
    expect(pageLang('en-US', INDONESIAN)).toBe('id');
    expect(analysisLanguage({ text: INDONESIAN, lang: 'en' })).toBe('id');
    // resolving the resolved language again gives it back (the pipeline resolves, the analysis resolves its input)
    expect(resolveLang(resolveLang('en', INDONESIAN), INDONESIAN)).toBe('id');
  });

  it('is kept where the text agrees, as the page wrote it (its region too)', () => {
    expect(resolveLang('en', ENGLISH)).toBe('en');
    expect(pageLang('en-GB', ENGLISH)).toBe('en-GB');
    expect(pageLang('id-ID', INDONESIAN)).toBe('id-ID');
  });

  it('is kept where the text is too little running prose to say (a results table, one sentence)', () => {
    expect(resolveLang('en', RESULTS)).toBe('en');
    expect(resolveLang('fr', 'The mayor said on Tuesday that the bridge would open by the end of the year.')).toBe('fr');
  });

  it('is kept where it has no word list to weigh the text by', () => {
    expect(resolveLang('zu', ZULU)).toBe('zu');
    expect(pageLang('zu-ZA', ZULU)).toBe('zu-ZA');
  });
});

describe('the guess', () => {
  it("names no language for placeholder Latin, whose \"in\", \"et\", \"non\" are a few of several lists' words", () => {
    const lorem = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat.\n\nDuis aute irure dolor in reprehenderit in voluptate velit esse cillum dolore eu fugiat nulla pariatur. Excepteur sint occaecat cupidatat non proident, sunt in culpa qui officia deserunt mollit anim id est laborum.';
    expect(guessLang(lorem)).toBeNull();
    expect(resolveLang('en', lorem)).toBeNull();
  });
});
