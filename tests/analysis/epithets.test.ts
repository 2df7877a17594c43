// Where every noun is capitalised (German), a common noun the tagger leaves out before a name is an epithet, not
// part of the name: "der Terrororganisation Hamas" is Hamas (an organisation), "der Stadt Rafah" is Rafah (a place).
// Invented text, with the German model.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../lib/analysis';
import { loadNerModel } from '../../cli/ner-models';
import { buildRegistry } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';

const text = [
  'Die Armee griff am Morgen Ziele in der Stadt Qarvon an. Laut der von der Terrororganisation Hamiru kontrollierten Behörde starben dort zwölf Menschen.',
  'Die staatliche Nachrichtenagentur Velta meldete weitere Angriffe im Norden. Ein Sprecher der Hamiru wies die Angaben zurück. Velta blieb bei ihrer Meldung.',
  'Auch in Qarvon selbst wurden Häuser zerstört, berichtete Velta am Abend.',
].join('\n\n');

describe('epithets before German names', () => {
  const ps = analyzeArticle({ text, lang: 'de' }, { ner: loadNerModel('de') }).parties;
  const names = ps.map((p) => p.name);

  it('keeps the common noun out of the name', () => {
    expect(names.some((n) => /^(?:Terrororganisation|Nachrichtenagentur|Stadt) /.test(n))).toBe(false);
  });

  it('types the name by its epithet', () => {
    expect(ps.find((p) => p.name === 'Velta')).toMatchObject({ type: 'organization' });
    expect(ps.find((p) => p.name === 'Qarvon')).toMatchObject({ type: 'place' });
  });
});

describe('a role noun before a German person', () => {
  it('stays the description, not an epithet dropped', () => {
    const text = 'Die Kommandeure drängen ihren Anführer Tomas Verlind zu einem Abkommen.';
    const at = text.indexOf('Tomas Verlind');
    const reg = buildRegistry(scan(text), [], rulesFor('de'), [{ start: at, end: at + 13, type: 'PER', score: 0.9 }]);
    expect(reg.find('Tomas Verlind')?.description).toBe('Anführer');
  });
});
