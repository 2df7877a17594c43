// One party under one name whatever form the text gives it: a possessive before an acronym's definition, a German
// genitive; a people named by a plural demonym is a group; a name the text only sets in quotation marks as a term,
// and a genitive before a role (the role’s domain), are no party; a second name given with "alias" goes by its
// genitive too; a party's nicknames in the language's data are that party. Invented text, with the language’s model.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';
import { buildRegistry } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';

const parties = (text: string, lang: string) => analyse(text, lang).parties;

describe('party forms', () => {
  const en = parties([
    'The Northern Shipping Council’ (NSC) board met on Monday. The talks were watched by Palestinians in Gaza.',
    'Officials said the so-called “Skyline Plan” would start in May. Critics of the “Skyline Plan” were not convinced, and the council’s chair, Dana Whitfield, said the “Skyline Plan” needed work.',
    '“We will review it,” Whitfield said. The Northern Shipping Council will meet again.',
  ].join('\n\n'), 'en');
  const de = parties([
    'Die Landesregierung in Hessen will mehr Geflüchtete in Arbeit bringen. Der sogenannte "Wohn-Turbo" soll helfen, sagt Hessens Bauministerin Karla Brenner.',
    '"Der Wohn-Turbo wirkt", sagt Brenner. Den "Wohn-Turbo" bewerten auch die Kommunen in Hessen positiv, weil der "Wohn-Turbo" schnell ist.',
  ].join('\n\n'), 'de');

  it('drops the possessive from a name an acronym defines', () => {
    const nsc = en.find((p) => p.aliases.includes('NSC'))!;
    expect(nsc.name).toBe('Northern Shipping Council');
    expect(en.filter((p) => p.name.startsWith('Northern Shipping Council'))).toHaveLength(1);
  });

  it('types a plural demonym as a group', () => {
    expect(en.find((p) => p.name === 'Palestinians')).toMatchObject({ type: 'group' });
  });

  it('lists no term the text sets in quotation marks', () => {
    expect(en.map((p) => p.name)).not.toContain('Skyline Plan');
    expect(de.map((p) => p.name)).not.toContain('Wohn-Turbo');
  });

  it('lists no genitive before a role as a person', () => {
    expect(de.map((p) => p.name)).not.toContain('Hessens');
    expect(de.find((p) => p.name === 'Karla Brenner')).toMatchObject({ type: 'person' });
  });
});

describe('a second name given with "alias", in the genitive', () => {
  it('is the person’s, not a person of its own', () => {
    const text = 'Der Prediger Karl Brandner alias Abu Hamza lebt in Graz. Tausende haben Abu Hamzas Predigten gehört, sagte die Polizei.';
    const spans = [['Karl Brandner', 'PER', 0.96], ['Abu Hamza', 'LOC', 0.34], ['Hamzas', 'PER', 0.36]] as const;
    const ents = spans.map(([t, type, score]) => ({ start: text.indexOf(t, t === 'Hamzas' ? text.indexOf('Tausende') : 0), end: 0, type, score })).map((e, i) => ({ ...e, end: e.start + spans[i]![0].length }));
    const rules = rulesFor('de');
    const ps = buildRegistry(scan(text), [], rules, ents).live().filter((p) => p.mentions.length);
    expect(ps.map((p) => p.name).filter((n) => /Hamza/.test(n))).toEqual([]);
    expect([...ps.find((p) => p.name === 'Karl Brandner')!.aliases]).toContain('Hamzas');
  });
});

describe('a party’s nicknames (the language’s data)', () => {
  it('are one party, under its formal name where the text writes it', () => {
    const text = 'The Conservative Party lost the vote. Tories in the north were angry, and a Tory source said the Conservatives would regroup.';
    const tag = (t: string) => ({ start: text.indexOf(t), end: text.indexOf(t) + t.length, type: 'ORG' as const, score: 0.75 });
    const ps = buildRegistry(scan(text), [], rulesFor('en'), [tag('Conservative Party'), tag('Tories'), tag('Tory'), tag('Conservatives')]).live().filter((p) => p.mentions.length);
    expect(ps.map((p) => p.name)).toEqual(['Conservative Party']);
    expect([...ps[0]!.aliases].sort()).toEqual(['Conservatives', 'Tories', 'Tory']);
  });
});
