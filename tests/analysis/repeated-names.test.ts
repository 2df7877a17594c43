// A proper noun the text repeats is a party in any language, when no model is sure of it (Hamás, Nokia); a word the
// text capitalises only where sentences start is none (Además); two names a span joins by a conjunction are two.
// Invented text, with the language's model or spans as a tagger would give them.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';
import { wordsOf } from '../../lib/analysis/parties/words';
import { uncapHeadings } from '../../lib/analysis/parties/headings';
import { headlineWords, isRepeatedName, onlyAtStarts, wordUses } from '../../lib/analysis/parties/repeated';
import { rulesFor } from '../../lib/rules/languages';
import { scan } from '../../lib/analysis/text';
import { buildRegistry } from '../../lib/analysis/parties';
import type { EntitySpan } from '../../lib/analysis/entities';

const parties = (text: string, lang: string) => analyse(text, lang).parties;

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
    const uses = wordUses(words, rules);
    const w = (t: string) => words.find((x) => x.t === t)!;
    expect(isRepeatedName(w('Tarvek'), uses, rules)).toBe(true);
    // named once: no repetition
    expect(isRepeatedName(w('Marent'), uses, rules)).toBe(false);
    // capitalised only where a sentence starts, and written in lower case elsewhere
    expect(isRepeatedName(w('Además'), uses, rules)).toBe(false);
    expect(onlyAtStarts('además', uses, rules)).toBe(true);
    expect(onlyAtStarts('tarvek', uses, rules)).toBe(false);
  });

  it('counts an acronym opening a sentence after its article as written alone, not as part of a longer name', () => {
    const fr = 'Mme Ravel dirige la FNTE depuis mars. La FNTE a des solutions, dit-elle. Elle a reçu la FNTE hier.';
    const rules = rulesFor('fr');
    const words = wordsOf(scan(fr));
    const fnte = words.find((x) => x.t === 'FNTE')!;
    expect(isRepeatedName(fnte, wordUses(words, rules), rules)).toBe(true);
  });

  it('counts a word opening longer names when the headline names it and the text writes it alone more often', () => {
    // a brand beside its product ("Vorta Flex"), named alone four times and in the headline
    const fr = "Le ministre portait une veste de la marque Vorta. Les ventes de Vorta Flex ont doublé, selon Vorta. Le slogan de Vorta est connu. Les vestes Vorta Flex sont épuisées, et Vorta n'a pas commenté.";
    const rules = rulesFor('fr');
    const words = wordsOf(scan(fr));
    const uses = wordUses(words, rules);
    const vorta = words.find((x) => x.t === 'Vorta')!;
    expect(isRepeatedName(vorta, uses, rules, headlineWords('La veste Vorta du ministre fait vendre'))).toBe(true);
    // not named in the headline: a head noun or a given name opening names, as before
    expect(isRepeatedName(vorta, uses, rules, headlineWords('Le ministre fait vendre'))).toBe(false);
    // written alone no more often than in the longer name: that name's word
    const fewer = wordsOf(scan('Vorta Flex a doublé. Les vestes Vorta Flex sont épuisées. Le slogan de Vorta est connu, dit Vorta Flex. Vorta reste.'));
    expect(isRepeatedName(fewer.find((x) => x.t === 'Vorta')!, wordUses(fewer, rules), rules, headlineWords('Vorta'))).toBe(false);
  });

  it('takes no capitalised common noun for a name in a language that capitalises nouns', () => {
    const de = 'Die Datenbank war offen. Nutzer der Datenbank klagen, weil die Datenbank keine Datenbank mehr ist.';
    const words = wordsOf(scan(de));
    expect(isRepeatedName(words.find((x) => x.t === 'Datenbank' && !x.start)!, wordUses(words, rulesFor("de")), rulesFor("de"))).toBe(false);
  });
});

/** Spans as a tagger would give them, found by their text. */
function spans(text: string, tagged: [string, EntitySpan['type'], number][]): EntitySpan[] {
  let from = 0;
  return tagged.map(([t, type, score]) => { const start = text.indexOf(t, from); from = start + t.length; return { start, end: start + t.length, type, score }; });
}

describe('names joined by a conjunction', () => {
  const text = 'El conflicto entre Nigeria y Palestina sigue. El filósofo Ortega y Gasset lo escribió. La empresa Velmora y Tarsia firmó el contrato. Tarsia es una empresa.';
  const rules = rulesFor('es');
  const reg = buildRegistry(scan(text), [], rules, spans(text, [['Nigeria y Palestina', 'LOC', 0.5], ['Ortega y Gasset', 'PER', 0.9], ['Velmora y Tarsia', 'ORG', 0.5], ['Tarsia', 'ORG', 0.8]]));
  const live = reg.live().filter((p) => p.mentions.length);
  const names = live.map((p) => p.name);

  it('are two parties when each is a country or found alone', () => {
    expect(live.map((p) => p.country)).toEqual(expect.arrayContaining(['NG', 'PS']));
    expect(names).not.toContain('Nigeria y Palestina');
    // Tarsia is tagged alone elsewhere, but Velmora is known nowhere: the span stays as it is
    expect(names).toContain('Velmora y Tarsia');
  });

  it('stay one name where a particle joins them', () => {
    expect(names).toContain('Ortega y Gasset');
  });
});

describe('headings in capitals', () => {
  it('take no name from their words, even when they end like a question', () => {
    const text = [
      'Senator Mara Quill spoke in Dunmore on Tuesday. Quill said the vote will be close.',
      'HOW WILL QUILL PLAY?',
      'Former Governor Tobin Ashe backed Quill on Monday. Voters play their part, Ashe said.',
    ].join('\n\n');
    const doc = scan(text);
    const words = wordsOf(doc);
    uncapHeadings(text, doc.paragraphs, words);
    const cap = (t: string) => words.find((w) => w.t === t)!.cap;
    expect(['HOW', 'WILL', 'PLAY'].map(cap)).toEqual([false, false, false]);
    // the body writes it capitalised inside a sentence: a name, in the heading too
    expect(cap('QUILL')).toBe(true);
    const names = parties(text, 'en').map((p) => p.name);
    expect(names.filter((n) => /PLAY|WILL/.test(n))).toEqual([]);
  });
});

describe('a place noun before a name', () => {
  it('makes the name a place, whatever a name-shaped tagger guess says', () => {
    const text = 'Los vuelos a la ciudad costera de Varna Selt siguen cancelados. El alcalde Tomás Rieru pidió calma.';
    const reg = buildRegistry(scan(text), [], rulesFor('es'), spans(text, [['Varna Selt', 'PER', 0.5], ['Tomás Rieru', 'PER', 0.9]]));
    expect(reg.find('Varna Selt')?.kind).toBe('place');
    expect(reg.find('Tomás Rieru')?.kind).toBe('person');
  });
});
