// A person named in full and then a name particle ("van", "von", "di") with words the tagger left out: the particle
// opens a portfolio, a party or a place, not the rest of the name; a name the tagger cut short keeps its particle.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

const names = (text: string, lang: string) => analyse(text, lang).parties.map((p) => p.name);

describe('a name particle after a full name', () => {
  it('does not join a portfolio to the name', () => {
    const nl = names('Minister Barry Madlener van Infrastructuur presenteerde maandag het plan in Den Haag. "We versterken de dijken", zei Madlener.', 'nl');
    expect(nl).toContain('Barry Madlener');
    expect(nl.join('|')).not.toContain('Infrastructuur');
  });

  it('keeps the particle of a name the tagger cut after the given name', () => {
    const de = names('EU-Kommissionspräsidentin Ursula von der Leyen sagte am Montag in Brüssel, die Hilfe komme. Von der Leyen reist am Dienstag weiter.', 'de');
    expect(de).toContain('Ursula von der Leyen');
  });
});
