// Capitalised noun phrases are no parties: where every noun is capitalised, a run opened by a possessive, a
// quantifier or a negative article ("Eure Handys", "Jeglicher Kontakt"), and a word the text also writes after an
// indefinite article or a possessive ("ein Narrativ", "eines Akkupacks"), whatever kind the tagger gave it.
// Invented text, the shipped German model.
import { describe, expect, it } from 'vitest';
import { partyNames } from './analyse';
import { buildRegistry, rankParties } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import { spans } from './tagged-spans';
import type { EntitySpan } from '../../lib/analysis/entities';

describe('a noun phrase opened by a possessive or a quantifier (de)', () => {
  it('is no party, in a quotation or at a sentence start', () => {
    const text = 'Die Trainerin Julia Brenner rief der Mannschaft zu: „Packt Eure Taschen, wir fahren heim.“\n\n'
      + 'Jeglicher Streit mit den Nachbarn sei verboten gewesen, sagte Julia Brenner.';
    const names = partyNames(text, 'de');
    expect(names).toContain('Julia Brenner');
    expect(names.join('|')).not.toMatch(/Taschen|Streit/);
  });
});

describe('a word the text writes after an indefinite article or a possessive (de)', () => {
  const shown = (text: string, tagged: [string, EntitySpan['type'], number][]) => {
    const rules = rulesFor('de');
    const reg = buildRegistry(scan(text), [], rules, spans(text, tagged));
    return rankParties(reg, rules, { quotes: new Map(), newSpeakers: new Map() }, { strict: false, tagged: true }).map((p) => p.name);
  };

  it('is no body, though the tagger took it for one', () => {
    const text = 'Auch ein Leitbild hatte sich der Verband gegeben. Später wollte der Verband sein Leitbild verbreiten, sagte Petra Lanz.';
    expect(shown(text, [['Leitbild', 'ORG', 0.6], ['Petra Lanz', 'PER', 0.95]])).not.toContain('Leitbild');
  });

  it('leaves a body the text names with a definite article only', () => {
    const text = 'Der Bundestag stimmte zu. Im Bundestag sagte Petra Lanz, der Bundestag habe entschieden.';
    expect(shown(text, [['Bundestag', 'ORG', 0.9], ['Bundestag', 'ORG', 0.9], ['Bundestag', 'ORG', 0.9], ['Petra Lanz', 'PER', 0.95]])).toContain('Bundestag');
  });

  it('is no place where the text writes it after an article too, none of its mentions there', () => {
    const text = 'Nebel über Kassel\n\nAm Morgen lag der Nebel über der Stadt, sagte Petra Lanz. Erst später schien die Sonne.';
    expect(shown(text, [['Nebel', 'LOC', 0.7], ['Kassel', 'LOC', 0.9], ['Petra Lanz', 'PER', 0.95]])).not.toContain('Nebel');
  });

  it('leaves a place the text also names after an article as that place', () => {
    const text = 'Ahrtal: Aufbau dauert an\n\nIm Ahrtal wird weiter gebaut, sagte Petra Lanz. Das Ahrtal brauche Zeit.';
    expect(shown(text, [['Ahrtal', 'LOC', 0.7], ['Ahrtal', 'LOC', 0.8], ['Ahrtal', 'LOC', 0.8], ['Petra Lanz', 'PER', 0.95]])).toContain('Ahrtal');
  });

  it('leaves a place whose other writings open a compound or follow an adjective', () => {
    const compound = 'Die Läufer starteten zuletzt in Kassel, sagte Petra Lanz. Die Kassel-Starter erholten sich.';
    expect(shown(compound, [['Kassel', 'LOC', 0.7], ['Petra Lanz', 'PER', 0.95]])).toContain('Kassel');
    const adjective = 'Petra Lanz von der Kasseler Vogelwarte sagte das. In der Vogelwarte sieht sie viele Gäste.';
    expect(shown(adjective, [['Vogelwarte', 'LOC', 0.7], ['Petra Lanz', 'PER', 0.95]])).toContain('Vogelwarte');
  });
});
