// German: a name written with a genitive -s glued on goes by its base form when the base is evidenced (the text names
// it elsewhere, the gazetteer knows it, a full name stands before a noun), and the -s form is a mention of it, no
// alias; never without evidence. Invented text.
import { describe, expect, it } from 'vitest';
import { partyNames } from './analyse';
import { Registry, type PartyKind } from '../../lib/analysis/parties/registry';
import { mergeInflected } from '../../lib/analysis/parties/merge';
import { rulesFor } from '../../lib/rules/languages';

const names = (t: string) => partyNames(t, 'de');

describe('a name with a genitive -s', () => {
  it('goes by the base the text names elsewhere, the -s form no alias', () => {
    const n = names('Kulturell orientieren sich viele Zuwanderer eher an Ostafrika als an Europa. Nairobi gilt oft als wirtschaftliche Hauptstadt Ostafrikas, sagte der Forscher.');
    expect(n).toContain('Ostafrika');
    expect(n).not.toContain('Ostafrikas');
  });

  it('goes by the place the gazetteer knows', () => {
    const n = names('Die Wirtschaft Argentiniens wächst nach Angaben der Regierung wieder deutlich.');
    expect(n).toContain('Argentinien');
    expect(n).not.toContain('Argentiniens');
  });

  it("goes by a person's full name written before a noun", () => {
    const n = names('Die Politik, die mit Präsident Gerald Kowalskas Rettungsaktion für die Autoindustrie begann, wirkt bis heute nach.');
    expect(n).toContain('Gerald Kowalska');
    expect(n).not.toContain('Gerald Kowalskas');
  });

  it('keeps a name whose base nothing evidences', () => {
    const n = names('Am Montag sprach Hans Moritz vor dem Ausschuss. Danach reiste die Delegation nach Paris, wo Hans Moritz erneut sprach.');
    expect(n).toContain('Paris');
    expect(n).toContain('Hans Moritz');
    expect(n).not.toContain('Hans Morit');
  });
});

describe('the registry: a genitive name whose base no party holds', () => {
  const merged = (text: string, name: string, kind: PartyKind = 'place') => {
    const reg = new Registry(text);
    const p = reg.add(name, kind);
    const at = text.indexOf(name);
    reg.mention(p, at, at + name.length, 'tagger');
    mergeInflected(reg, rulesFor('de'));
    return p.name;
  };

  it('goes by the base the text writes alone elsewhere', () => {
    expect(merged('Viele blicken eher nach Westkaribik als nach Europa. Miami gilt als Hauptstadt Westkaribiks.', 'Westkaribiks')).toBe('Westkaribik');
  });

  it('keeps the name where the base is a common noun (after a determiner, in a compound)', () => {
    expect(merged('Im Garten lag der Akkupack. Die Leistung des Akkupacks blieb offen.', 'Akkupacks', 'organization')).toBe('Akkupacks');
    expect(merged('Beim Berlin-Marathon liefen viele. Der größte aller Marathons begann.', 'Marathons', 'organization')).toBe('Marathons');
  });

  it('keeps a name the gazetteer knows itself, or a short base ("Han")', () => {
    expect(merged('Die Delegation reiste nach Pari und dann nach Paris.', 'Paris')).toBe('Paris');
    expect(merged('Han lachte. Danach sprach Hans im Saal.', 'Hans', 'person')).toBe('Hans');
  });
});
