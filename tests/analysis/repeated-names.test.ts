// A proper noun the text repeats is a party in any language, when no model is sure of it (Hamás, Nokia); a word the
// text capitalises only where sentences start is none (Además). Invented text, with the language's model.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../lib/analysis';
import { loadNerModel } from '../../cli/ner-models';
import { wordsOf } from '../../lib/analysis/parties/words';
import { isRepeatedName, onlyAtStarts, wordUses } from '../../lib/analysis/parties/repeated';
import { rulesFor } from '../../lib/rules/languages';
import { scan } from '../../lib/analysis/text';

const parties = (text: string, lang: string) => analyzeArticle({ text, lang }, { ner: loadNerModel(lang) }).parties;

const es = [
  'Las negociaciones con Tarvek siguen abiertas. Tarvek retiene a los rehenes desde marzo.',
  'La ministra de Exteriores, Lucía Marent, pidió a Tarvek que acepte el plan. Tarvek ha rechazado la oferta dos veces, confirmó hoy Tarvek en un comunicado.',
  'Además insistió en que “no habrá ningún acuerdo sin los rehenes y sin garantías para la población civil”.',
  'El plan prevé además una tregua de sesenta días, y los mediadores creen que Tarvek podría aceptarlo pronto.',
].join('\n\n');

describe('repeated proper nouns', () => {
  it('lists a one-word name the text repeats mid-sentence, typed as an organisation', () => {
    const p = parties(es, 'es').find((x) => x.name === 'Tarvek');
    expect(p).toMatchObject({ type: 'organization' });
    expect(p!.mentions).toBeGreaterThanOrEqual(5);
  });

  it('does not list a connector capitalised only at a sentence start', () => {
    expect(parties(es, 'es').map((p) => p.name)).not.toContain('Además');
  });

  it('reads the evidence from how the text writes the word', () => {
    const rules = rulesFor('es');
    const words = wordsOf(scan(es));
    const uses = wordUses(words);
    const w = (t: string) => words.find((x) => x.t === t)!;
    expect(isRepeatedName(w('Tarvek'), uses, rules)).toBe(true);
    // named once: no repetition
    expect(isRepeatedName(w('Marent'), uses, rules)).toBe(false);
    // capitalised only where a sentence starts, and written in lower case elsewhere
    expect(isRepeatedName(w('Además'), uses, rules)).toBe(false);
    expect(onlyAtStarts('además', uses, rules)).toBe(true);
    expect(onlyAtStarts('tarvek', uses, rules)).toBe(false);
  });

  it('takes no capitalised common noun for a name in a language that capitalises nouns', () => {
    const de = 'Die Datenbank war offen. Nutzer der Datenbank klagen, weil die Datenbank keine Datenbank mehr ist.';
    const words = wordsOf(scan(de));
    expect(isRepeatedName(words.find((x) => x.t === 'Datenbank' && !x.start)!, wordUses(words), rulesFor('de'))).toBe(false);
  });
});
