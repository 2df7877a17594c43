// Central actors found, joined and merged where the tagger gives them in pieces or forms: a team named in several
// case forms in a language we have no word lists for, a name whose head the text abbreviates it by, a person's
// inner name used alone. Invented text, with the tagger's spans given by hand.
import { describe, expect, it } from 'vitest';
import { buildRegistry, rankParties } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import type { EntitySpan } from '../../lib/analysis/entities';
import { spans } from './tagged-spans';

type Tagged = [string, EntitySpan['type'], number][];

/** The parties as listed: name, mentions and aliases. */
function listed(lang: string, text: string, tagged: Tagged, strict = true) {
  const rules = rulesFor(lang);
  const reg = buildRegistry(scan(text), [], rules, spans(text, tagged), { strict });
  return rankParties(reg, rules, { quotes: new Map(), newSpeakers: new Map() }, { strict, tagged: true });
}

describe('a place-like name before a verb, where the language has no word lists', () => {
  // (Czech: "West Ham dává" is the team acting; without the language's words no verb is told from a noun)
  const text = 'Zázrak? West Ham dává pochybovačům odpověď. West Ham je opět v kurzu. West Ham to má podobně a trenér je spokojen.';
  const tagged: Tagged = [['West Ham', 'LOC', 0.6], ['West Ham', 'LOC', 0.6], ['West Ham', 'LOC', 0.6]];

  it('is a party named as often as the text names it', () => {
    expect(listed('cs', text, tagged).find((p) => p.name === 'West Ham')?.mentions).toBe(3);
  });

  it('is still a setting before a noun in a language whose words we know', () => {
    const en = 'Traders cut Boston Harbor prices. They met again later.';
    expect(listed('en', en, [['Boston Harbor', 'LOC', 0.6]], false).map((p) => p.name)).not.toContain('Boston Harbor');
  });
});

describe('a body named in several case forms, where the language has no word lists', () => {
  const text = 'Výhra na hřišti Aston Villy byla jasná. V neděli hrála Aston Villa proti Brnu. Stejný zisk jako Manchester City, o Manchesteru City se mluví.';
  const tagged: Tagged = [['Aston Villy', 'ORG', 0.6], ['Aston Villa', 'ORG', 0.6], ['Manchester City', 'ORG', 0.7], ['Manchesteru City', 'LOC', 0.5]];

  it('is one party, named by its shortest form (of two as long, the one whose words the text writes more)', () => {
    const ps = listed('cs', text, tagged);
    expect(ps.find((p) => p.name === 'Manchester City')).toMatchObject({ mentions: 2, aliases: ['Manchesteru City'] });
    expect(ps.find((p) => p.name === 'Aston Villa' || p.name === 'Aston Villy')?.mentions).toBe(2);
  });

  it('leaves two bodies whose words differ by more than an ending apart', () => {
    const two = 'Hrála Slavia Praha. Potom hrála Sparta Praha a Slavia Praha prohrála se Spartou Praha.';
    const ps = listed('cs', two, [['Slavia Praha', 'ORG', 0.7], ['Sparta Praha', 'ORG', 0.7], ['Slavia Praha', 'ORG', 0.7], ['Spartou Praha', 'ORG', 0.7]]);
    expect(ps.map((p) => p.name)).toEqual(expect.arrayContaining(['Slavia Praha', 'Sparta Praha']));
  });
});

describe('a body whose name holds lower-case function words', () => {
  const text = 'Los vecinos y la Plataforma por unas Fiestas de San Isidro Respetuosas piden cambios. La miembro de la Plataforma dice que no. Desde la Plataforma aseguran que el parque se destroza, y la Plataforma insiste.';

  it('is one party when the text abbreviates it by its head', () => {
    const ps = listed('es', text, [['Fiestas de San Isidro Respetuosas', 'LOC', 0.6], ['Plataforma', 'PER', 0.5]]);
    const p = ps.find((x) => x.name === 'Plataforma por unas Fiestas de San Isidro Respetuosas');
    expect(p).toMatchObject({ type: 'organization', aliases: ['Plataforma'] });
    expect(p!.mentions).toBe(4);
    expect(ps.map((x) => x.name)).not.toContain('Plataforma');
  });

  it('is not joined across a locative: the place after it is a setting', () => {
    const policia = 'La Policía en la Comunidad de Madrid detuvo a dos hombres. Según la Policía, uno huyó. La Policía lo busca.';
    const ps = listed('es', policia, [['Comunidad de Madrid', 'LOC', 0.8]]);
    expect(ps.map((x) => x.name)).not.toContain('Policía en la Comunidad de Madrid');
  });
});

describe("a word of a person's full name used alone", () => {
  it('is that person (a name before a particle and the surname: "Lula" of "Lula da Silva")', () => {
    const text = 'O técnico levou a taça ao ex-presidente Luiz Inácio Lula da Silva. Depois entregou uma réplica a Lula no instituto.';
    const ps = listed('pt', text, [['Luiz Inácio Lula da Silva', 'PER', 0.9], ['Lula', 'PER', 0.9]], false);
    expect(ps.find((p) => p.name === 'Luiz Inácio Lula da Silva')).toMatchObject({ mentions: 2, aliases: ['Lula'] });
    expect(ps.map((p) => p.name)).not.toContain('Lula');
  });

  it('stays apart when it is the given name of another person named in full too', () => {
    const text = 'Chegou João Pedro Alves. Depois falou Pedro Ramos. Pedro disse que não.';
    const ps = listed('pt', text, [['João Pedro Alves', 'PER', 0.9], ['Pedro Ramos', 'PER', 0.9], ['Pedro', 'PER', 0.9]], false);
    expect(ps.find((p) => p.name === 'João Pedro Alves')?.aliases ?? []).not.toContain('Pedro');
  });
});
