// A role with a qualifier ("der CDU-Spitzenkandidat") is not held by the person the text gave the role with another
// qualifier ("AfD-Spitzenkandidat Björn Kramer"); and a quotation opening the sentence after one attributed behind
// it ("„…“, so der Kandidat, als er … . „…“") goes on with that speaker. Invented text.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './analyse';

const speakers = speakersOf;

describe('a qualified role', () => {
  it('goes to the person named near, not to the holder of the role with another qualifier', () => {
    const t = 'Im Fernsehduell trafen AfD-Spitzenkandidat Björn Kramer und Markus Vogel aufeinander.\n\nKramer warf seinem Gegner Lügen vor. Eine Attacke, die Vogel nicht auf sich sitzen lassen mag. Er lasse sich nur „ungern unterstellen, dass ich etwas Falsches sage“, so der CDU-Spitzenkandidat, als er wieder Redezeit bekommt. „Ich stelle das Video gerne zur Verfügung.“';
    expect(speakers(t, 'de')).toEqual(['Markus Vogel', 'Markus Vogel']);
  });
  it('still goes to the holder when the qualifier is the same', () => {
    const t = 'Im Fernsehduell trafen AfD-Spitzenkandidat Björn Kramer und Markus Vogel aufeinander.\n\nVogel schwieg lange. „Das ist eine glatte Lüge“, so der AfD-Spitzenkandidat.';
    expect(speakers(t, 'de')).toEqual(['Björn Kramer']);
  });
});
