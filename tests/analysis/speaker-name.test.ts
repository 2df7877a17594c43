// A speaker the tagger did not name goes by the full name the text gave before ("King said" after "the Rev. Martin
// Luther King Jr. as the keynote speaker"), and a noun phrase where every noun is capitalised ("In einer Stellungnahme
// der Familie hieß es") is nobody's name. Invented text.
import { describe, expect, it } from 'vitest';
import { fullNameOf, isNounPhrase } from '../../lib/analysis/attribution/speaker-name';
import { makeDoc } from '../../lib/analysis/attribution';
import { analyse } from './analyse';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import { quotations } from '../../lib/analysis/quotes';
import { Registry } from '../../lib/analysis/parties';

const doc = (text: string, lang: string) => {
  const s = scan(text), rules = rulesFor(lang);
  return makeDoc(text, rules, new Registry(text), quotations(text, s.paragraphs, lang), s);
};

describe('the name of a speaker no tagger named', () => {
  it('is the full name the text gave before', () => {
    const t = 'The hall hosted a rally in 1964, with the Rev. Martin Luther Kingsford Jr. as the keynote speaker. Kingsford said, “Now is the time.”';
    const d = doc(t, 'en');
    expect(fullNameOf(d, 'Kingsford', t.indexOf('Kingsford said'))).toBe('Martin Luther Kingsford');
  });

  it('stops at a role and at a sentence', () => {
    const t = 'The party thanked the Clinton Foundation. Priebus spoke next. National Chairman Reince Priebus then left. Priebus said, “We won.”';
    const d = doc(t, 'en');
    expect(fullNameOf(d, 'Priebus', t.indexOf('Priebus said'))).toBe('Reince Priebus');
    expect(fullNameOf(d, 'Priebus', t.indexOf('Priebus spoke'))).toBe('Priebus');
  });

  it('is no noun phrase joined by an article where nouns are capitalised', () => {
    const d = doc('Text.', 'de');
    expect(isNounPhrase(d, 'Stellungnahme der Familie')).toBe(true);
    expect(isNounPhrase(d, 'Ursula von der Leyen')).toBe(false);
    const t = 'Der Schriftsteller starb am Sonntag in Lima. In einer Stellungnahme der Familie hieß es: „Sein Tod wird seine Leser traurig stimmen, aber er hatte ein langes Leben.“';
    expect(analyse(t, 'de').quotes[0]?.speaker ?? null).not.toBe('Stellungnahme der Familie');
  });
});
