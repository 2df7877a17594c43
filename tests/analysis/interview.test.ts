// Interviews told apart by layout: short question paragraphs, each followed by an answer that opens with a quotation
// mark (after an optional label). The answers are the interviewee's words, whoever they name; a quoted subheading
// is not an answer. Invented text.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../lib/analysis';
import { loadNerModel } from '../../cli/ner-models';
import { quotedWithin } from '../../lib/analysis/attribution';

const analyze = (text: string, lang: string, title?: string) => analyzeArticle({ text, lang, title }, { ner: loadNerModel(lang) }).quotes;
const speakerOf = (text: string, lang: string, words: string, title?: string) => analyze(text, lang, title).find((q) => q.text.includes(words))?.speaker;

const DE = [
  'Mira Castell hat drei Jahre lang als Ärztin auf einem Rettungsschiff im Mittelmeer gearbeitet. Wir haben mit ihr über diese Zeit gesprochen.',
  'Ihre Schwester Jana Castell und ihr Kollege Tomas Berg begleiteten sie damals. Heute lebt Mira Castell wieder in Bremen.',
  '„Wir sind keine Helden“',
  'Wie hat alles angefangen?',
  'Mira: „Mit einem Anruf von Tomas. Er fragte mich, ob ich für zwei Wochen einspringen könne. Daraus wurden drei Jahre.“',
  'Hatten Sie Angst?',
  '„Nein. Ich hatte keine Zeit für Angst, es gab zu viel zu tun an Bord.“',
  'Was hat Ihre Schwester Jana Castell dazu gesagt?',
  '„Sie hat mich verstanden. Jana sagte immer, dass jemand diese Arbeit machen muss.“',
  'Am Ende des Gesprächs zeigt sie ein Foto des Schiffes. „Ich vermisse die Leute dort jeden Tag“, erzählt Castell.',
].join('\n\n');

const EN = [
  'Ruth Okafor ran the city’s water board for eleven years before she stepped down in March. Her deputy, Daniel Price, took over.',
  'Why did you leave?',
  'Q: Was it the budget?',
  'A: “Partly. I had said for years that the pipes needed money, and Daniel agreed with me, but the council never listened.”',
  'What would you tell your successor?',
  '“Keep the engineers close. They know the system better than anyone in the office.”',
  'Do you miss it?',
  '“Every morning. I still read the reservoir reports before breakfast.”',
].join('\n\n');

const FR = [
  'La comédienne Claire Dumont, 62 ans, dirige depuis vingt ans le petit théâtre de la ville. Son fils Hugo Dumont y joue depuis l’enfance.',
  'Comment est né ce théâtre ?',
  '« Dans une grange que mon grand-père nous avait laissée. Nous avons tout construit nous-mêmes. »',
  'Et aujourd’hui ?',
  '« Le public est fidèle. Hugo dit que c’est la plus belle salle de la région, il exagère un peu. »',
  'Avez-vous pensé à arrêter ?',
  '« Jamais. Tant que les gens viennent, je resterai. »',
].join('\n\n');

describe('an interview', () => {
  it('gives a labelled answer and an unlabelled one to the interviewee the lead names in full', () => {
    expect(speakerOf(DE, 'de', 'Mit einem Anruf')).toBe('Mira Castell');
    expect(speakerOf(DE, 'de', 'keine Zeit für Angst')).toBe('Mira Castell');
  });
  it('never gives an answer to a person named inside it', () => {
    expect(speakerOf(DE, 'de', 'Sie hat mich verstanden')).toBe('Mira Castell');
    expect(speakerOf(EN, 'en', 'Partly')).toBe('Ruth Okafor');
    expect(speakerOf(FR, 'fr', 'Le public est fidèle')).toBe('Claire Dumont');
  });
  it('reads a surname alone as the interviewee, not a relative of the same name', () => {
    expect(speakerOf(DE, 'de', 'Ich vermisse die Leute')).toBe('Mira Castell');
  });
  it('leaves a quoted subheading to nobody (it is no quotation at all: a heading nobody says in the text)', () => {
    expect(analyze(DE, 'de').some((q) => q.text.includes('Wir sind keine Helden'))).toBe(false);
  });
  it('makes answers key quotes of the interviewee', () => {
    const keys = analyze(FR, 'fr').filter((q) => q.key);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.every((q) => q.speaker === 'Claire Dumont')).toBe(true);
  });
  it('reads no interview into a story with one question in it', () => {
    const t = 'The mayor, Anna Ruiz, opened the bridge on Monday.\n\nWhat comes next?\n\n“We will repair the north road in spring,” said Ben Hale, the city engineer.';
    expect(speakerOf(t, 'en', 'north road')).toBe('Ben Hale');
  });
});

describe('words a quotation quotes in turn', () => {
  it('are inside its inner marks', () => {
    expect(quotedWithin('Sie sagten: ‚Wir gehen nicht. Wir bleiben hier.‘ Ich glaubte es nicht.', 'Wir bleiben hier')).toBe(true);
    expect(quotedWithin('He said ‘no’ twice, and then we don’t talk about it.', 'and then we')).toBe(false);
  });
});
