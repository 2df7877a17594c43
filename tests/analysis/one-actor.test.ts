// One party per actor: honorifics before a name ("Datuk Seri Harun Ismail") are titles, so the short form joins the
// full name; a short name before its full form in brackets ("Datuk Rafi (Prof Datuk Mohd Rafi Osman)") is that
// person; an acronym before its long form in brackets ("Ikra (Institute of Knowledge and Regional Affairs)") is that
// body, and so is an all-capitals acronym of another language after a body's name ("Dutch Organisation for Applied
// Coastal Research (NKO)"); a surname after a title of the other gender is not the namesake named in full ("Lady
// Varley" beside "Sir Tom Varley"). Invented text, the tagger's spans given.
import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import { spans } from './tagged-spans';

const registry = (text: string, tagged: Parameters<typeof spans>[1]) => buildRegistry(scan(text), [], rulesFor('en'), spans(text, tagged));
const live = (reg: ReturnType<typeof registry>, name: string) => { const p = reg.find(name); return p ? reg.get(p.id) : undefined; };

describe('one actor, one party', () => {
  it('reads Malaysian honorifics as titles', () => {
    const text = 'Prime Minister Datuk Seri Harun Ismail travelled abroad. Harun said the firms paid. Harun denied it.';
    const reg = registry(text, [['Datuk Seri Harun Ismail', 'PER', 0.9], ['Harun', 'PER', 0.8], ['Harun', 'PER', 0.8]]);
    expect(live(reg, 'Harun Ismail')?.mentions.length).toBe(3);
    expect(reg.find('Seri')).toBeUndefined();
  });

  it('joins a short name to its full form in brackets', () => {
    const text = 'Izzah and Datuk Rafi (Prof Datuk Mohd Rafi Osman) were invited by the organisers.';
    const reg = registry(text, [['Izzah', 'PER', 0.9], ['Rafi', 'PER', 0.6], ['Mohd Rafi Osman', 'PER', 0.4]]);
    expect(live(reg, 'Rafi')).toBe(live(reg, 'Mohd Rafi Osman'));
  });

  it('makes an acronym before its long form in brackets one body', () => {
    const text = 'Rafi heads Ikra (Institute of Knowledge and Regional Affairs), a think tank. Ikra said it would publish.';
    const reg = registry(text, [['Rafi', 'PER', 0.9], ['Ikra', 'ORG', 0.5], ['Ikra', 'PER', 0.5]]);
    const p = live(reg, 'Institute of Knowledge and Regional Affairs');
    expect(p?.aliases.has('Ikra')).toBe(true);
    expect(reg.find('Ikra')).toBeUndefined();
    expect(p?.mentions.length).toBe(3);
  });

  it('takes an acronym of another language after a body named in full', () => {
    const text = 'The report by the Dutch Organisation for Applied Coastal Research (NKO) was published. NKO said the dyke failed.';
    const reg = registry(text, [['Dutch Organisation', 'ORG', 0.8], ['NKO', 'ORG', 0.9]]);
    const p = live(reg, 'Dutch Organisation for Applied Coastal Research');
    expect(p?.aliases.has('NKO')).toBe(true);
    expect(p?.mentions.length).toBeGreaterThanOrEqual(2);
  });

  it('does not take a person for the long form of a party acronym', () => {
    const text = 'The motion came from Anna Berg (SPD) on Monday.';
    const reg = registry(text, [['Anna Berg', 'PER', 0.95], ['SPD', 'ORG', 0.9]]);
    expect(live(reg, 'Anna Berg')?.aliases.has('SPD')).toBe(false);
  });

  it('keeps a titled surname of the other gender apart from the namesake named in full', () => {
    const text = 'Sir Tom Varley defended the gifts. It emerged that Lady Varley had also received clothes. Sir Tom said the rules were kept. Lady Varley did not comment.';
    const reg = registry(text, [['Tom Varley', 'PER', 0.99], ['Varley', 'PER', 0.9], ['Tom', 'PER', 0.9], ['Varley', 'PER', 0.9]]);
    const lady = live(reg, 'Lady Varley');
    expect(lady).toBeDefined();
    expect(lady).not.toBe(live(reg, 'Tom Varley'));
    expect(lady!.mentions.length).toBe(2);
  });
});

describe('a country in a department\'s name', () => {
  it('makes "Exteriores de Egipto" a mention of Egypt, and keeps a body named after its country', () => {
    const text = 'Habló el representante de Exteriores de Egipto, Badr Salem. El Banco de España no opinó.';
    const reg = buildRegistry(scan(text), [], rulesFor('es'), spans(text, [['Exteriores de Egipto', 'PER', 0.32], ['Badr Salem', 'PER', 0.9], ['Banco de España', 'ORG', 0.9]]));
    expect(reg.find('Exteriores de Egipto')).toBeUndefined();
    expect(reg.find('Egipto')?.mentions.length).toBe(1);
    expect(reg.find('Banco de España')).toBeDefined();
  });

  it('keeps a company named after its country after a noun for a body', () => {
    const text = 'Caracas handed the fields to its state oil company, Petróleos de Venezuela, in 2007.';
    const reg = buildRegistry(scan(text), [], rulesFor('en'), spans(text, [['Caracas', 'LOC', 0.9], ['Petróleos de Venezuela', 'LOC', 0.5]]));
    expect(reg.find('Petróleos de Venezuela')).toBeDefined();
  });
});

describe('names cut short by the tagger', () => {
  it('goes on over a patronym\'s particle', () => {
    const text = 'Daraufhin wechselte Abdullah bin Zayed ins Englische.';
    const reg = buildRegistry(scan(text), [], rulesFor('de'), spans(text, [['Abdullah', 'PER', 0.7]]));
    expect(reg.find('Abdullah bin Zayed')?.mentions.length).toBe(1);
  });

  it('takes the inflected adjective a country\'s name opens with, and a country the tagger left alone', () => {
    const text = 'Er ist Außenminister der Vereinigten Arabischen Emirate. Die Rebellen im Jemen griffen erneut an.';
    const reg = buildRegistry(scan(text), [], rulesFor('de'), spans(text, [['Arabischen Emirate', 'PER', 0.7]]));
    expect(reg.find('Arabischen Emirate')).toBeUndefined();
    expect(reg.find('Vereinigte Arabische Emirate')?.kind).toBe('country');
    expect(reg.find('Jemen')?.kind).toBe('country');
  });
});

describe('acronyms with several capitals', () => {
  it('keep the tagger\'s mentions of a defined "BVerfG", and a defined plural stays a class of things', () => {
    const text = 'Damit soll sich nun das Bundesverfassungsgericht (BVerfG) befassen. Das BVerfG bestätigte den Eingang.';
    const reg = buildRegistry(scan(text), [], rulesFor('de'), spans(text, [['BVerfG', 'ORG', 0.36], ['BVerfG', 'ORG', 0.54]]));
    expect(reg.find('Bundesverfassungsgericht')?.mentions.some((m) => m.source === 'tagger')).toBe(true);
    const en = 'It works with Demand Side Platforms (DSPs) such as Zandor. Publishers, DSPs and SSPs buy space.';
    const r2 = buildRegistry(scan(en), [], rulesFor('en'), spans(en, [['DSPs', 'ORG', 0.5], ['Zandor', 'ORG', 0.8], ['DSPs', 'ORG', 0.4]]));
    expect(r2.find('Demand Side Platforms')?.mentions.length ?? 0).toBeLessThanOrEqual(2);
  });
});
