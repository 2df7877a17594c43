// Where a party's name begins and ends: names the tagger cut or read in pieces come out whole, and a government
// named after the person who leads it is that country's one government. Invented text, the tagger's spans given.
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

describe('a name cut by the tagger', () => {
  it('keeps the Romance adjective after a body’s head, behind an elided article', () => {
    const text = "En 2001, l'Union européenne a fixé des quotas. Depuis, l'Union européenne contrôle les prises.";
    expect(names(parties('fr', text, [['Union', 'ORG', 0.55], ['Union', 'ORG', 0.55]]))).toEqual(['Union européenne']);
  });
  it('leaves out a lower-case adjective where names capitalise theirs (it describes the body)', () => {
    const text = 'O acordo foi assinado pelo Congresso norte-americano ontem. Depois, o Congresso norte-americano votou.';
    expect(names(parties('pt', text, [['Congresso', 'ORG', 0.55], ['Congresso', 'ORG', 0.55]]))).toEqual(['Congresso']);
  });
  it('keeps a capitalised particle of another language that opens a name inside a sentence', () => {
    const text = 'The police removed traders from De Villiers Street on Monday. Traders returned to De Villiers Street later.';
    const got = names(parties('en', text, [['Villiers Street', 'LOC', 0.6], ['Villiers Street', 'LOC', 0.6]]));
    expect(got).toEqual(['De Villiers Street']);
  });
  it('keeps the head of a body numbered in its place ("Landgericht München I"), not of a place after its class noun', () => {
    const text = 'Das Landgericht München I hat entschieden. Die Stadt Rafah liegt im Süden, das Landgericht München I in Bayern. In Rafah wird gekämpft.';
    const got = names(parties('de', text, [['München I', 'LOC', 0.45], ['Rafah', 'LOC', 0.9], ['München I', 'LOC', 0.45], ['Rafah', 'LOC', 0.95]]));
    expect(got).toContain('Landgericht München I');
    expect(got).toContain('Rafah');
    expect(got).not.toContain('Stadt Rafah');
    expect(got).not.toContain('München I');
  });
});

describe('a name read in pieces', () => {
  it('is one body when its portfolio lists fields', () => {
    const text = 'The plan was adopted by the Ministry of Environment, Forestry and Tourism in 2020.';
    const got = names(parties('en', text, [['Ministry of Environment', 'ORG', 0.94], ['Forestry', 'ORG', 0.5]]));
    expect(got).toEqual(['Ministry of Environment, Forestry and Tourism']);
  });
  it('stays apart when a listed name is a body of its own', () => {
    const text = 'The plan was backed by the Ministry of Environment, Treasury and Home Office in 2020.';
    const got = names(parties('en', text, [['Ministry of Environment', 'ORG', 0.94], ['Treasury', 'ORG', 0.7], ['Home Office', 'ORG', 0.9]]));
    expect(got).toContain('Ministry of Environment');
    expect(got).toContain('Home Office');
  });
  it('is one place when an unsure first word stands right before a place’s head', () => {
    const text = 'A pipeline connects Abraham Villiers Bay in the north to the coast. Abraham Villiers Bay is a new port.';
    const got = names(parties('en', text, [['Abraham', 'LOC', 0.4], ['Villiers Bay', 'LOC', 0.58], ['Abraham', 'LOC', 0.4], ['Villiers Bay', 'LOC', 0.58]]));
    expect(got).toEqual(['Abraham Villiers Bay']);
  });
  it('is one name where an ampersand joins its words, whether the tagger read the first word or not', () => {
    const text = 'The report by Frost & Sullivan praised the car. Its sound comes from Bang & Olufsen, which tuned it, Frost & Sullivan said.';
    const got = names(parties('en', text, [['Sullivan', 'ORG', 0.6], ['Bang', 'ORG', 0.5], ['Olufsen', 'ORG', 0.7], ['Sullivan', 'ORG', 0.6]]));
    expect(got).toContain('Frost & Sullivan');
    expect(got).toContain('Bang & Olufsen');
    expect(got).not.toContain('Sullivan');
    expect(got).not.toContain('Olufsen');
  });
  it('leaves two people an ampersand joins apart, and a person’s name is never one with an ampersand', () => {
    const text = 'Harry & Meghan left London in 2020. Harry & Meghan moved to California. Bars now pour Raspberry & Ginger Mule every night.';
    const got = names(parties('en', text, [['Harry', 'PER', 0.9], ['Meghan', 'PER', 0.9], ['London', 'LOC', 0.9], ['Harry', 'PER', 0.9], ['Meghan', 'PER', 0.9], ['California', 'LOC', 0.9], ['Ginger Mule', 'PER', 0.6]]));
    expect(got).toEqual(expect.arrayContaining(['Harry', 'Meghan']));
    const pair = 'The show was hosted by Karl Langdon & Harvey Deegan on Sunday. Karl Langdon & Harvey Deegan spoke.';
    expect(names(parties('en', pair, [['Harvey Deegan', 'ORG', 0.5], ['Harvey Deegan', 'ORG', 0.5]]))).not.toContain('Langdon & Harvey Deegan');
    expect(got.filter((n) => n.includes('Mule'))).toEqual([]);
  });
  it('leaves names apart that "and" lists', () => {
    const text = 'The deal was signed by Siemens and Alstom in Paris. Siemens and Alstom agreed.';
    const got = names(parties('en', text, [['Siemens', 'ORG', 0.9], ['Alstom', 'ORG', 0.9], ['Siemens', 'ORG', 0.9], ['Alstom', 'ORG', 0.9]]));
    expect(got).toEqual(expect.arrayContaining(['Siemens', 'Alstom']));
  });
  it('leaves a capital before a place apart', () => {
    const text = 'In Windhoek Walvis Bay is seen as the port of the future.';
    const got = names(parties('en', text, [['Windhoek', 'LOC', 0.5], ['Walvis Bay', 'LOC', 0.6]]));
    expect(got).not.toContain('Windhoek Walvis Bay');
  });
});

describe('a long person’s name read as two people', () => {
  it('is one name, without the place’s head that opened it', () => {
    const text = '« On est prêt », a assuré le directeur adjoint du Village Augustin Tran Van Chau sur franceinfo.';
    const got = names(parties('fr', text, [['Village Augustin', 'PER', 0.3], ['Van Chau', 'PER', 0.52]]));
    expect(got).toEqual(['Augustin Tran Van Chau']);
  });
  it('stays two when a title stands between them', () => {
    const text = 'The crowd cheered when the Chicago-born Cardinal Robert Prevost Pope Leo XIV appeared.';
    const got = names(parties('en', text, [['Robert Prevost', 'PER', 0.6], ['Leo XIV', 'PER', 0.5]]));
    expect(got).toContain('Robert Prevost');
    expect(got.some((n) => n.includes('Prevost Pope'))).toBe(false);
  });
  it('stays two where every noun is capitalised', () => {
    const text = 'Als aus dem in Chicago geborenen Kardinal Robert Prevost Papst Leo XIV. wurde, jubelten die Zeitungen.';
    const got = names(parties('de', text, [['Chicago', 'LOC', 0.97], ['Robert Prevost', 'PER', 0.31], ['Leo XIV.', 'PER', 0.23]]));
    expect(got).toContain('Robert Prevost');
  });
  it('stays two when a place stands between them', () => {
    const text = 'Hier ont parlé Jean Dupont Paris Marie Curie et les autres, selon Jean Dupont et Marie Curie.';
    const got = names(parties('fr', text, [['Jean Dupont', 'PER', 0.9], ['Marie Curie', 'PER', 0.9], ['Jean Dupont', 'PER', 0.9], ['Marie Curie', 'PER', 0.9]]));
    expect(got).toContain('Jean Dupont');
    expect(got).toContain('Marie Curie');
  });
});

describe('a government named after its leader', () => {
  const tagged: [string, EntitySpan['type'], number][] = [['Gobierno italiano', 'ORG', 0.5], ['Giorgia Meloni', 'PER', 0.9], ['Gobierno de Meloni', 'ORG', 0.3]];
  it('is the country’s government the text names, with no name of the person', () => {
    const text = 'El centro lo ha abierto el Gobierno italiano, encabezado por Giorgia Meloni, en Albania. Esta semana, el Gobierno de Meloni ha enviado a los primeros migrantes.';
    const got = parties('es', text, tagged);
    expect(names(got).filter((n) => n.startsWith('Gobierno'))).toEqual(['Gobierno italiano']);
    expect(got.find((p) => p.name === 'Gobierno italiano')?.aliases).not.toContain('Gobierno de Meloni');
    expect(names(got)).toContain('Giorgia Meloni');
  });
  it('is left alone beside two governments', () => {
    const text = 'El Gobierno italiano y el Gobierno español, con Giorgia Meloni, firmaron. Luego el Gobierno de Meloni ha enviado a los primeros migrantes.';
    const got = parties('es', text, [['Gobierno italiano', 'ORG', 0.5], ['Gobierno español', 'ORG', 0.5], ['Giorgia Meloni', 'PER', 0.9], ['Gobierno de Meloni', 'ORG', 0.3]]);
    expect(names(got)).toContain('Gobierno italiano');
    expect(names(got)).toContain('Gobierno español');
  });
});
