// One actor, one entry, named whole: a span over two countries is two parties, a capital listed as a place is no
// alias of its country as well, a French body's coordinated adjectives stay in its name, an office written as an
// acronym and a role's portfolio are no bodies, and a name led by the text's own place is no person. Invented text,
// the tagger's spans given.
import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../../lib/analysis/parties';
import { rankParties } from '../../lib/analysis/parties/rank';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import type { EntitySpan } from '../../lib/analysis/entities';
import type { Party } from '../../lib/types';
import { spans } from './tagged-spans';

const parties = (lang: string, text: string, tagged: [string, EntitySpan['type'], number][]): Party[] => {
  const rules = rulesFor(lang);
  const reg = buildRegistry(scan(text), [], rules, spans(text, tagged));
  return rankParties(reg, rules, { quotes: new Map(), newSpeakers: new Map() }, { strict: false, tagged: true });
};
const names = (ps: Party[]) => ps.map((p) => p.name);
const named = (ps: Party[], name: string) => ps.find((p) => p.name === name);

describe('a span over two countries', () => {
  it('is both countries, not one place', () => {
    const text = 'Officials found Chinese steel shipped to the United States via Mexico last year.';
    const got = names(parties('en', text, [['United States via Mexico', 'LOC', 0.7]]));
    expect(got).toContain('United States');
    expect(got).toContain('Mexico');
    expect(got).not.toContain('United States via Mexico');
  });
  it('stays one name when a part is no country', () => {
    const text = 'The festival moved to Stratford upon Avon this summer, and Stratford upon Avon welcomed it.';
    const got = names(parties('en', text, [['Stratford upon Avon', 'LOC', 0.7], ['Stratford upon Avon', 'LOC', 0.7]]));
    expect(got).toEqual(['Stratford upon Avon']);
  });
});

describe('a capital standing for its state', () => {
  const tagged: [string, EntitySpan['type'], number][] = [['Russia', 'LOC', 0.95], ['Moscow', 'LOC', 0.95], ['Moscow', 'LOC', 0.95]];
  it('is one actor with the country where the text also names the city as a place: listed once, as its alias', () => {
    const text = 'Russia denied the report on Monday.\n\nMoscow said the talks were over.\n\nThe protest was held in Moscow on Tuesday.';
    const got = parties('en', text, tagged);
    expect(names(got)).not.toContain('Moscow');
    expect(named(got, 'Russia')?.aliases).toContain('Moscow');
    expect(named(got, 'Russia')?.mentions).toBe(3);
  });
  it('stays the country’s alias where the city is no place of its own', () => {
    const text = 'Russia denied the report on Monday.\n\nMoscow said the talks were over.';
    const got = parties('en', text, tagged.slice(0, 2));
    expect(named(got, 'Russia')?.aliases).toContain('Moscow');
    expect(names(got)).not.toContain('Moscow');
  });
});

describe('lower-case adjectives in a French body’s name', () => {
  it('keeps coordinated adjectives after the first', () => {
    const text = 'Les députés de la Nouvelle Union populaire écologique et sociale ont voté contre le texte.';
    expect(names(parties('fr', text, [['Nouvelle Union', 'ORG', 0.6]]))).toEqual(['Nouvelle Union populaire écologique et sociale']);
  });
  it('does not join a second name after "et"', () => {
    const text = "En 2001, l'Union européenne et la Chine ont fixé des quotas. Depuis, l'Union européenne et la Chine contrôlent les prises.";
    const got = names(parties('fr', text, [['Union', 'ORG', 0.6], ['Chine', 'LOC', 0.9], ['Union', 'ORG', 0.6], ['Chine', 'LOC', 0.9]]));
    expect(got).toContain('Union européenne');
    expect(got).toContain('Chine');
  });
});

describe('offices and portfolios', () => {
  it('reads an office written as an acronym as no body', () => {
    const text = 'The MEC emphasised that the ground was saturated. The MEC urged residents to stay home.';
    expect(names(parties('en', text, [['MEC', 'ORG', 0.6], ['MEC', 'ORG', 0.6]]))).toEqual([]);
  });
  it('reads both fields of a role’s portfolio joined by "and" as no bodies', () => {
    const text = 'MEC for Cooperative Governance and Traditional Affairs, Jacob Mamabolo, said the centre was ready.';
    const got = names(parties('en', text, [['MEC', 'ORG', 0.6], ['Cooperative Governance', 'ORG', 0.6], ['Traditional Affairs', 'ORG', 0.6], ['Jacob Mamabolo', 'PER', 0.95]]));
    expect(got).toEqual(['Jacob Mamabolo']);
  });
  it('keeps a body named after "and" where its name ends in a body’s head', () => {
    const text = 'The Minister for Transport and Harbour Workers Union met on Monday.';
    const got = names(parties('en', text, [['Transport', 'ORG', 0.6], ['Harbour Workers Union', 'ORG', 0.9]]));
    expect(got).toContain('Harbour Workers Union');
  });
});

describe('a name led by the text’s own place', () => {
  it('is no person', () => {
    const text = 'Storms are expected throughout Gauteng this week.\n\nAccording to Gauteng Cogta, alerts reach residents by SMS.';
    const got = parties('en', text, [['Gauteng', 'LOC', 0.9], ['Gauteng Cogta', 'PER', 0.72]]);
    expect(got.filter((p) => p.type === 'person')).toEqual([]);
  });
  it('stays a person where the first word, read as a place, is the person’s given name', () => {
    const text = 'The children stay with Doria Ragland when the couple travel.\n\nDoria, 67, is said to enjoy the role.';
    const got = parties('en', text, [['Doria Ragland', 'PER', 0.9], ['Doria', 'LOC', 0.9]]);
    expect(named(got, 'Doria Ragland')?.type).toBe('person');
  });
});

describe('a German body named with its head in the genitive', () => {
  it('goes by its base form, without its field as an alias', () => {
    const text = 'Anna Berg wird Direktorin des Wiener Zentrums für Migrationspolitik. Sie will die Migrationspolitik der Staaten stärken.';
    const got = parties('de', text, [['Anna Berg', 'PER', 0.95], ['Zentrums für Migrationspolitik', 'ORG', 0.9]]);
    const body = got.find((p) => p.type === 'organization');
    expect(body?.name).toBe('Zentrum für Migrationspolitik');
    expect(body?.aliases).toEqual([]);
  });
  it('keeps the name as written where no article of the case governs it', () => {
    const text = 'Anna Berg leitet das Haus Habsburgs für Kinder. Das Haus Habsburgs für Kinder hilft Familien.';
    const got = names(parties('de', text, [['Anna Berg', 'PER', 0.95], ['Habsburgs für Kinder', 'ORG', 0.9], ['Habsburgs für Kinder', 'ORG', 0.9]]));
    expect(got).not.toContain('Habsburg für Kinder');
  });
});
