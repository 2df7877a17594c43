// Place or body, by what stands around the name: "the X" after a preposition of place is a place ("in the Gaza
// Strip"), not the organisation a bare "the X" hints at, unless the article is a noun's the name stands before
// ("in the Strava community"); a place noun right before a name where every noun is capitalised says place
// ("die Stadt Khan Yunis"); a building that speaks or owns is the institution it houses ("the White House's
// word"), one that is only where things happen stays no party; an apposition stops at a parenthesis it does not
// close in a few words ("le nouveau président du Medef (élu le 6 juillet)"). Invented text, the tagger's spans given.
import { describe, expect, it } from 'vitest';
import { buildRegistry, kindOf } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import { spans } from './tagged-spans';

const registry = (lang: string, text: string, tagged: Parameters<typeof spans>[1]) => buildRegistry(scan(text), [], rulesFor(lang), spans(text, tagged));
const kind = (lang: string, text: string, tagged: Parameters<typeof spans>[1], name: string) => {
  const p = registry(lang, text, tagged).find(name);
  return p ? kindOf(p, rulesFor(lang)) : undefined;
};

describe('place or body', () => {
  it('makes a place of "the X" after a preposition of place', () => {
    const text = 'Aid trucks waited outside the Velmar Strip for days. Fighting went on in the Velmar Strip. Families fled across the Velmar Strip.';
    expect(kind('en', text, [['Velmar Strip', 'LOC', 0.6], ['Velmar Strip', 'LOC', 0.6], ['Velmar Strip', 'LOC', 0.6]], 'Velmar Strip')).toBe('place');
  });

  it('keeps the body the tagger reads after "in the"', () => {
    const text = 'He had painted for years in the Velmar Brotherhood before he left.';
    expect(kind('en', text, [['Velmar Brotherhood', 'ORG', 0.6]], 'Velmar Brotherhood')).toBe('organization');
  });

  it('keeps the organisation a name before a noun is', () => {
    const text = 'Users in the Korvo community asked for it. Korvo said on Monday it would add the feature. Korvo has grown fast.';
    expect(kind('en', text, [['Korvo', 'ORG', 0.5], ['Korvo', 'ORG', 0.5], ['Korvo', 'ORG', 0.5]], 'Korvo')).toBe('organization');
  });

  it('makes a place of a name after a place noun where every noun is capitalised', () => {
    const text = 'Bei einem Angriff auf die Stadt Khan Dalun im Süden starben drei Menschen.';
    expect(kind('de', text, [['Khan Dalun', 'PER', 0.5]], 'Khan Dalun')).toBe('place');
  });

  it('makes an organisation of a building that owns its word, and no party of one that is a setting', () => {
    const text = 'How can we take the Marble House’s word for it? Reporters gathered at the Marble House on Friday.';
    const reg = registry('en', text, [['Marble House', 'LOC', 0.7], ['Marble House', 'LOC', 0.7]]);
    const p = reg.find('Marble House');
    expect(p && kindOf(p, rulesFor('en'))).toBe('organization');
    expect(p?.mentions.length).toBe(1);
    const setting = registry('en', 'The stadium was built while Harbor Stadium was being repaired.', [['Harbor Stadium', 'LOC', 0.7]]);
    expect(setting.find('Harbor Stadium')).toBeUndefined();
  });

  it('describes a person by an apposition that a long parenthesis ends', () => {
    const text = 'Il a reçu Paul Garnier, le nouveau président du Syndicat (élu le 6 juillet), à Paris.';
    const p = registry('fr', text, [['Paul Garnier', 'PER', 0.95]]).find('Paul Garnier');
    expect(p?.description).toBe('nouveau président du Syndicat');
  });
});
