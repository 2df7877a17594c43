// Speakers in other languages and quotation styles: inverted verbs, "so X", inner attributions, roles standing for a
// name ("der Minister", "le président"), Japanese 「」, dialogue dashes, and what is no quotation.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../lib/analysis';
import { speakersOf } from './analyse';

const who = (text: string, lang: string) => analyzeArticle({ text, lang }).quotes.map((q) => [q.text, q.speaker] as const);

describe('speakers in German, French and Spanish', () => {
  it('reads "„…“, sagte X", "„…“, so X" and a role for the person named before it', () => {
    const t = [
      'Verkehrsministerin Petra Albers besuchte am Montag den Hafen.',
      '„Wir brauchen eine Lösung bis Freitag“, sagte Albers. „Die Schiffe warten“, so die Ministerin.',
      '„Das reicht nicht“, entgegnete Gewerkschaftschef Jonas Brand.',
    ].join('\n\n');
    expect(who(t, 'de').map((x) => x[1])).toEqual(['Petra Albers', 'Petra Albers', 'Jonas Brand']);
  });

  it('splits « A, explique X. B » and reads « … », dit-il', () => {
    const t = 'Le maire Jean Dufour a présenté le plan. « Nous ne reculerons pas, explique Jean Dufour. Le port doit vivre. » « Rien ne change », dit-il.';
    const r = who(t, 'fr');
    expect(r.map((x) => x[1])).toEqual(['Jean Dufour', 'Jean Dufour', 'Jean Dufour']);
  });

  it('takes the name set beside a role phrase ("le ministre de la Défense, X") and no party from the portfolio', () => {
    const r = analyzeArticle({ text: '« Nous avons tenu », a affirmé le ministre de la Défense, Paul Arnaud, jeudi.', lang: 'fr' });
    expect(r.quotes[0]!.speaker).toBe('Paul Arnaud');
    expect(r.parties.map((p) => p.name)).not.toContain('Défense');
  });

  it('reads Spanish “…”, dijo X with a name particle', () => {
    expect(who('“Seguiremos negociando”, dijo Ana de la Vega en Madrid.', 'es')[0]![1]).toBe('Ana de la Vega');
  });
});

describe('quotation styles and spans that are no quotation', () => {
  it('finds Japanese 「」 quotations of more than a few characters', () => {
    const r = analyzeArticle({ text: '山田太郎社長は「今後も安全対策を徹底していきたい」と述べた。', lang: 'ja' });
    expect(r.quotes.map((q) => q.text)).toEqual(['今後も安全対策を徹底していきたい']);
  });

  it('reads a line of dialogue with its attribution between dashes', () => {
    const r = analyzeArticle({ text: '—No vamos a firmar —dijo Marta Ruiz—. Volveremos el lunes.', lang: 'es' });
    expect(r.quotes.map((q) => [q.text, q.speaker])).toEqual([['No vamos a firmar', 'Marta Ruiz'], ['Volveremos el lunes.', 'Marta Ruiz']]);
  });

  it('drops titles and unattributed one- or two-word scare quotes', () => {
    const r = analyzeArticle({ text: 'The so-called “experts” watched “Morning Desk” and “The Long Night” on Friday.', lang: 'en' });
    expect(r.quotes).toEqual([]);
  });

  it('keeps a short fragment that a verb of saying attributes', () => {
    const r = analyzeArticle({ text: 'Mayor Lina Ortiz called the plan “a disgrace” on Monday.', lang: 'en' });
    expect(r.quotes.map((q) => [q.text, q.speaker, q.key])).toEqual([['a disgrace', 'Lina Ortiz', false]]);
  });
});

describe('speakers in Japanese', () => {
  it('takes the name before は or が, without its title, and keeps it for the next quotation', () => {
    const r = analyzeArticle({ text: '日本スケート連盟（JSF）は「本連盟はお答えする立場にはございません」と回答した。山田太郎社長は「今後も安全対策を徹底していきたい」と述べた。「再発防止に努める」と説明した。', lang: 'ja' });
    expect(r.quotes.map((q) => q.speaker)).toEqual(['日本スケート連盟', '山田太郎', '山田太郎']);
  });
});

describe('speakers in Russian, with the model for languages without their own', () => {
  it('reads «…», — сказал X (a comma, then a dash) and the surname alone as the person named in full before', () => {
    const t = [
      'Министр финансов Антон Силуанов в понедельник представил план поддержки малого бизнеса.',
      '«Мы снизим налоги для предприятий в регионах», — сказал Силуанов журналистам в Москве.',
      'Глава палаты Сергей Катырин отнесся к плану осторожно. «Этих мер недостаточно, нужен доступ к кредитам», — заявил Катырин.',
    ].join('\n\n');
    expect(speakersOf(t, 'ru')).toEqual(['Антон Силуанов', 'Сергей Катырин']);
  });
});
