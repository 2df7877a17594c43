// The speaker a careful reader gives: the person, not the body named after them, for a bare surname; the person a
// phrase is headed by, not the name that modifies it; a body noun that closes the sentence ("the department
// detailed") for the body, not a person near it; and the verb of saying that closes a sentence for every quotation
// of it. Invented text.
import { describe, expect, it } from 'vitest';
import { analyse, speakerOf } from './analyse';

describe('the speaker a careful reader gives', () => {
  const eponym = 'Salmon prices fall\n\nSalmon fillets were priced at $9.99 a pound at Harbor Foods this week.\n\n'
    + '“I was shocked to see that price,” said Nora Lindqvist, president of Bergen-based Arne K. Lindqvist Company, the largest buyer of Atlantic salmon. '
    + '(Lindqvist does not supply Harbor Foods.)\n\n'
    + 'She said there was little room for profit at that price. “They might be selling those at cost just to get people into the stores,” Lindqvist said.';
  it('gives a bare surname to the person introduced by it, not to the company named after them', () => {
    expect(speakerOf(eponym, 'selling those at cost')).toBe('Nora Lindqvist');
  });

  const modifier = 'Fact checkers under fire\n\nBloomberg columnist and former editor Daniel Morrow posted to Twitter asking if there were “any calm voters left?”\n\n'
    + 'Morrow, who writes for Bloomberg, later deleted the post. Other Bloomberg writers defended him, and Bloomberg said nothing.';
  it('gives the words to the person a phrase is headed by, not to the name before his role nouns', () => {
    expect(speakerOf(modifier, 'calm voters')).toBe('Daniel Morrow');
  });

  const body = 'Storms batter the province\n\nThe Northern Cape Department of Roads has warned residents of flooding. '
    + 'MEC for Roads, Peter Dlamini, said teams were on standby.\n\n'
    + '“The province’s plan, approved by the National Roads Agency, has introduced a uniform response system across all towns,” the department detailed.';
  it('gives "the department" closing the sentence to the department, not to the person holding a post in it', () => {
    const q = analyse(body, 'en').quotes.find((x) => x.text.includes('uniform response'));
    expect(q?.speakerMention).toBe('the department');
    // (not the agency named inside the quoted words)
    expect(q?.speaker).toBe('Northern Cape Department of Roads');
  });

  const inside = 'Port delays\n\nNorthwind Shipping Ltd has warned customers of delays at the harbour this week.\n\n'
    + '“The new schedule, approved by the Harbour Board, will slow every crossing until March,” the company said.';
  it('gives "the company" to the body named before, not to one named inside the quoted words', () => {
    expect(speakerOf(inside, 'new schedule')).toBe('Northwind Shipping Ltd');
  });

  const es = 'Bruselas busca una salida\n\nLa ministra Carmen Ortega habló ayer ante los embajadores en Bruselas sobre el cierre de la planta de Vigo. '
    + 'El primer objetivo es “frenar los despidos”, que han dejado la comarca “en un inmenso vacío”, seguido de un plan “serio, rápido y con fondos europeos”, señaló.';
  it('gives every quotation of a sentence to the speaker of the verb that closes it, with no subject in a pro-drop language', () => {
    expect(analyse(es, 'es').quotes.map((q) => q.speaker)).toEqual(['Carmen Ortega', 'Carmen Ortega', 'Carmen Ortega']);
  });
});
