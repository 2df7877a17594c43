// A title and a surname ("Kontrolleur Hafele", "MEC Dlamini") are the person named in full with that surname, when
// the first word is no given name: a listed role, an acronym, or part of the role written before the full name.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

const partyOf = (text: string, lang: string, name: string) => analyse(text, lang).parties.find((p) => p.name === name || p.aliases.includes(name));

describe('a title before a surname', () => {
  it('joins the person named in full after a role word that holds the title (de)', () => {
    const text = 'Der Weltverband hat einen neuen Chefkontrolleur: Mathias Hafele prüft seit dieser Saison die Anzüge der Springer.\n\n'
      + 'Kontrolleur Hafele wähnt sich und sein Team auf dem richtigen Weg, sagte ein Sprecher des Verbands.\n\n'
      + '„Wir messen genauer als je zuvor“, sagte Hafele am Montag in Oberstdorf.';
    const p = partyOf(text, 'de', 'Mathias Hafele');
    expect(p?.aliases).toContain('Kontrolleur Hafele');
    expect(analyse(text, 'de').parties.filter((x) => x.name === 'Kontrolleur Hafele')).toEqual([]);
  });

  it('joins the person after an acronym title, and keeps the person a person (en)', () => {
    const text = 'MEC for Community Safety, Jacob Dlamini, said the provincial teams had been placed on high alert on Thursday.\n\n'
      + 'MEC Dlamini urged the public to limit travel during the storms.\n\n'
      + '"Our priority is to safeguard lives," Dlamini said.';
    const p = partyOf(text, 'en', 'Jacob Dlamini');
    // MEC is a role (en roleWords): "MEC Dlamini" is the person's mention, the title no body of its own.
    expect(p?.aliases).toContain('Dlamini');
    expect(p?.mentions).toBe(3);
    expect(p?.type).toBe('person');
    expect(analyse(text, 'en').parties.map((x) => x.name)).toEqual(['Jacob Dlamini']);
  });

  it('joins a titled surname named first, when the title is written in the sentence that gives the full name (en)', () => {
    const text = 'MEC Dlamini urged the public to limit travel during the storms.\n\n'
      + 'MEC for Community Safety and Liaison, Jacob Dlamini, said the provincial teams had been placed on high alert on Thursday.\n\n'
      + '"Our priority is to safeguard lives," Dlamini said.';
    const p = partyOf(text, 'en', 'Jacob Dlamini');
    expect(p?.mentions).toBe(3);
    expect(analyse(text, 'en').parties.map((x) => x.name)).not.toContain('MEC Dlamini');
  });

  it('leaves an acronym and a surname named first apart when the acronym opens no role before the full name (en)', () => {
    const text = 'RVP Tarkan won the vote on Sunday.\n\n'
      + 'The RVP leader in the north, Milo Tarkan, said the result was clear.\n\n'
      + 'Tarkan thanked the voters.';
    expect(partyOf(text, 'en', 'Milo Tarkan')?.aliases ?? []).not.toContain('RVP Tarkan');
  });

  it('leaves a titled surname named first apart when no title stands by the full name (en)', () => {
    const text = 'AEK Tarona won the derby on Sunday.\n\n'
      + 'Their rivals Panathinaikos Tarona had led at half time, the coach said.\n\n'
      + 'Tarona fans celebrated in the streets.';
    const names = analyse(text, 'en').parties.map((p) => p.name);
    expect(names.filter((n) => /Tarona/.test(n)).length).not.toBe(1);
  });

  it('leaves a relative with a given name of their own apart (en)', () => {
    const text = 'Peter Okafor, the club chairman, said the season had been hard for everyone involved.\n\n'
      + 'His daughter Grace Okafor, who coaches the youth team, said the players had never given up.\n\n'
      + '"We stay together," Okafor said.';
    const names = analyse(text, 'en').parties.map((p) => p.name);
    expect(names).toContain('Peter Okafor');
    expect(names).toContain('Grace Okafor');
  });
});

describe('an abbreviated title before a surname shared by several people', () => {
  const text = 'Born in Roma and raised in Maseru, Advocate Kabelo Thaane has made law his life.\n\n'
    + 'He was born in 1993 to Lerato and Palesa Thaane, who both died when he was young.\n\n'
    + 'Adv Thaane later studied law at the national university. Today Adv Thaane argues cases before the High Court.';
  const ps = analyse(text, 'en').parties;

  it('goes to the one the text gave a title, not to the parents named last (en)', () => {
    const p = ps.find((x) => x.name === 'Kabelo Thaane');
    expect(p?.type).toBe('person');
    expect(p?.mentions).toBeGreaterThanOrEqual(3);
    expect(ps.some((x) => x.name === 'Adv Thaane')).toBe(false);
    expect(ps.find((x) => x.name === 'Palesa Thaane')?.mentions ?? 1).toBe(1);
  });

  it('leaves a courtesy title no full name had to the nearest full name (en)', () => {
    const text = 'Minister Anna Brandt said the offer stood.\n\nAmong the farmers outside was Tom Brandt, no relation. "We cannot go on," Mr Brandt said.';
    const tom = analyse(text, 'en').parties.find((x) => x.name === 'Tom Brandt');
    expect(tom?.mentions).toBe(2);
  });
});

describe('one word after a title and "of"', () => {
  it('is the title\'s domain, no person (en)', () => {
    const text = 'The suit was filed by Musa Ibrahim Bello, a Senior Advocate of Nigeria, on behalf of the three senators on Monday.';
    const ps = analyse(text, 'en').parties;
    expect(ps.find((x) => x.name === 'Nigeria')?.type).toBe('country');
  });
});
