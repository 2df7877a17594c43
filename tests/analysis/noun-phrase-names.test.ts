// Where every noun is capitalised (German), the name inside a noun phrase: "Initiative der Bundesregierung" names
// the Bundesregierung, "Norden von Frankfurt" Frankfurt; "für" joins a name after an organisation's head
// ("Bundesagentur für Arbeit"); a capitalised adjective before a noun is a term ("Künstliche Intelligenz");
// a title before "der X" is a role at X. Invented text, with the German model.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../lib/analysis';
import { loadNerModel } from '../../cli/ner-models';

const text = [
  'Eine Initiative der Landesregierung soll Geflüchteten helfen. Die Bundesanstalt für Wohnungsbau zieht eine erste Bilanz.',
  'Seit dem Herbst lagert das Hilfswerk Waren in einer Halle im Norden von Kassel. "Wir sind zufrieden", sagt Petra Lindqvist, Leiterin der Regionalstelle Nord der Bundesanstalt für Wohnungsbau.',
  'Was kann Künstliche Intelligenz im Unterricht leisten? Die Bundesanstalt für Wohnungsbau verweist auf Künstliche Intelligenz als Hilfe.',
].join('\n\n');

describe('names inside German noun phrases', () => {
  const ps = analyzeArticle({ text, lang: 'de' }, { ner: loadNerModel('de') }).parties;
  const names = ps.map((p) => p.name);

  it('joins "für" after an organisation head, and lists the organisation once under its own name', () => {
    expect(ps.find((p) => p.name === 'Bundesanstalt für Wohnungsbau')).toMatchObject({ type: 'organization' });
    expect(names.some((n) => /^(?:Leiterin|Regionalstelle)/.test(n))).toBe(false);
  });

  it('takes the name out of a noun phrase, not the phrase', () => {
    expect(names.some((n) => n.startsWith('Norden') || n.startsWith('Initiative'))).toBe(false);
  });

  it('lists no capitalised adjective and noun as a party', () => {
    expect(names).not.toContain('Künstliche Intelligenz');
  });
});
