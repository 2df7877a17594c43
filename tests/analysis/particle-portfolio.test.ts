// A person named in full and then a name particle ("van", "von", "di") with words the tagger left out: the particle
// opens a portfolio, a party or a place, not the rest of the name; a name the tagger cut short keeps its particle;
// a word the text puts after a preposition of place elsewhere is the place of the person's office.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';
import { buildRegistry } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import { spans } from './tagged-spans';

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

describe('a place after a full name and a particle', () => {
  const reg = (text: string, tagged: Parameters<typeof spans>[1]) => buildRegistry(scan(text), [], rulesFor('nl'), spans(text, tagged));

  it('is the place of the office when the text names it after a preposition of place', () => {
    const text = 'De dijk bij Tiel blijft dicht. Burgemeester Hans Beenakker van Tiel steunt het besluit.';
    const r = reg(text, [['Tiel', 'PER', 0.5], ['Hans Beenakker', 'PER', 0.8], ['Tiel', 'PER', 0.5]]);
    expect(r.find('Hans Beenakker')?.kind).toBe('person');
    expect(r.find('Hans Beenakker van Tiel')).toBeUndefined();
  });

  it('stays the surname where the text names no such place', () => {
    const text = 'De dijk blijft dicht. Woordvoerder Anna Maria van Tiel steunt het besluit.';
    const r = reg(text, [['Anna Maria', 'PER', 0.8], ['Tiel', 'PER', 0.5]]);
    expect(r.find('Anna Maria van Tiel')?.kind).toBe('person');
  });
});
