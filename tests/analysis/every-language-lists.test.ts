// Word lists are data, one file a language (lib/rules/<lang>.ts): the lists a text keeps in another language's
// ("the mayor of" in a German story) are read merged over every language's file, whatever the text's language.
import { describe, expect, it } from 'vitest';
import { everyLanguage, rulesFor } from '../../lib/rules/languages';
import en from '../../lib/rules/en';
import de from '../../lib/rules/de';
import ja from '../../lib/rules/ja';
import { cjkTail } from '../../lib/analysis/attribution/cjk';

describe('lists read in every language', () => {
  it('merge each language file’s own words', () => {
    expect(en.ofLinks?.split(' ')).toContain('of');
    expect(de.ofLinks?.split(' ')).toContain('von');
    const links = everyLanguage('ofLinks');
    for (const w of ['of', 'von', 'des', 'della', 'dos']) expect(links.has(w)).toBe(true);
    // a word of no language's list is no link
    expect(links.has('with')).toBe(false);
  });

  it('keep each use its own set', () => {
    // "and" splits two names; "or" is a conjunction too, but joins no two names into a list of parties
    expect(everyLanguage('andWords').has('und')).toBe(true);
    expect(everyLanguage('andWords').has('or')).toBe(false);
    expect(rulesFor('en').conjunctions.has('or')).toBe(true);
    // a body's noun phrase is not cut at a plain article, a role's "of" is
    expect(everyLanguage('bodyLinks').has('der')).toBe(false);
    expect(everyLanguage('roleLinks').has('der')).toBe(true);
  });
});

describe('particles of unspaced languages', () => {
  it('are the language’s own', () => {
    expect(ja.topicParticles).toBe('は');
    expect([...rulesFor('ja').subjectParticles]).toEqual(['が']);
    expect(rulesFor('ko').topicParticles.has('는')).toBe(true);
    expect(rulesFor('en').topicParticles.size).toBe(0);
    expect(rulesFor('de').documentTopicParticles.size).toBe(0);
  });

  it('a particle and its verb alone between two quotations go on with the speaker', () => {
    expect(cjkTail('と述べた。')).toBe(true);
    expect(cjkTail('라고 말했다.')).toBe(true);
    expect(cjkTail('、と山田氏は一時間後に別の記者会見で述べた。')).toBe(false);
    expect(cjkTail('he said.')).toBe(false);
  });
});
