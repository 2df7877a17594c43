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

describe('a role of a country', () => {
  const story = (intro: string) => 'Tensions en Asie centrale\n\n'
    + `Jeudi soir, ${intro} a confirmé que la Russie avait tiré sur l’Ukraine avec un nouveau type de missile balistique, lors d’une adresse à la nation.\n\n`
    + 'Le président du Kazakhstan, pays d’Asie centrale allié de la Russie, a ordonné vendredi de «prendre des mesures urgentes» pour protéger les infrastructures civiles et militaires de son pays.';

  it('French: "le président du Kazakhstan" is not the person the text called "le président russe"', () => {
    expect(speakersOf(story('le président russe Vladimir Poutine'), 'fr')).toEqual([null]);
  });

  it('still goes to a holder the text ties to that country, or to none', () => {
    expect(speakersOf(story('le président kazakh Kassym Tokaïev'), 'fr')).toEqual(['Kassym Tokaïev']);
    expect(speakersOf(story('le président Vladimir Poutine'), 'fr')).toEqual(['Vladimir Poutine']);
  });

  it('English: "the president of Kazakhstan" is not "Russian President Vladimir Putin"', () => {
    const t = 'Tensions in Central Asia\n\nOn Thursday night, Russian President Vladimir Putin confirmed that Russia had fired a new type of ballistic missile at Ukraine, in an address to the nation.\n\n'
      + 'The president of Kazakhstan, a Central Asian ally of Russia, ordered on Friday to “take urgent measures” to protect civilian and military infrastructure in his country.';
    expect(speakersOf(t, 'en')).toEqual([null]);
  });
});
