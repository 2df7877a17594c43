// A role phrase that qualifies its role ("der Übergangstrainer", "the interim coach") stands for the person the text
// gave that qualified role, not for the one named nearer with the bare role (the coach who was sacked). Invented text.
import { describe, expect, it } from 'vitest';
import { speakerOf } from './analyse';

describe('a qualified role after a change of holder', () => {
  const de = 'Wechsel beim FC Nordstadt\n\nDer FC Nordstadt spielt ohne Druck. Das sieht auch Übergangscoach Karl Brenner so.\n\n'
    + 'Am Dienstag musste Trainer Hannes Vogt gehen, Karl Brenner übernimmt bis Saisonende. Die Mannschaft trainierte am Mittwoch.\n\n'
    + 'Dennoch betont der Übergangstrainer: „Wir wollen jedes Spiel gewinnen.“\n\n'
    + '„Die Fans stehen hinter uns“, so der Interimscoach der Nordstädter.';
  it('gives a compound with the same acting modifier to its holder, whatever the role noun', () => {
    expect(speakerOf(de, 'jedes Spiel', 'de')).toBe('Karl Brenner');
  });
  it('gives an acting compound of another modifier to the acting holder, not the club after "der"', () => {
    expect(speakerOf(de, 'Fans stehen', 'de')).toBe('Karl Brenner');
  });

  const chief = 'Wechsel beim FC Nordstadt\n\nNach der Entlassung von Trainer Hannes Vogt betreut Übergangscoach Karl Brenner die Mannschaft.\n\n'
    + 'Im Vorstand führt Interimschef Peter Lang die Geschäfte bis zur Wahl im Mai.\n\n'
    + '„Wir brauchen jetzt Ruhe“, sagte der Interimstrainer.';
  it('gives an acting compound only to the acting holder of the same role or a synonym, not of another role', () => {
    expect(speakerOf(chief, 'brauchen jetzt', 'de')).toBe('Karl Brenner');
  });

  const en = 'Rovers change coach\n\nRovers sacked coach Tom Hardy on Monday after a run of defeats.\n\n'
    + 'Interim coach Sam Keller takes charge of the team on Saturday. The club thanked coach Tom Hardy for his work.\n\n'
    + '"We have nothing to lose," the interim coach said.';
  it('gives "the interim coach" to the one the text called so, though the sacked coach is named nearer', () => {
    expect(speakerOf(en, 'nothing to lose')).toBe('Sam Keller');
  });

  const proper = 'Rovers change coach\n\nRovers sacked coach Tom Hardy on Monday. Their new coach Sam Keller took charge on Saturday.\n\n'
    + 'New England coach Bill Moss watched the game from the stands.\n\n'
    + '"We start again from zero," the new coach said.';
  it('reads no qualifier in a proper name before a title ("New England coach")', () => {
    expect(speakerOf(proper, 'start again')).toBe('Sam Keller');
  });
});
