// "„…“, regt sie an. Beispielsweise in der Deutschförderung, die vielerorts wichtig ist: „…“": after the words that
// attribute a quotation, a sentence that names nobody and announces the next quotation with a colon goes on with the
// same speaker; a sentence with a subject of its own does not.
import { describe, expect, it } from 'vitest';
import { analyse, speakerOf } from './analyse';


describe('a colon sentence naming nobody after an attributed quotation', () => {
  it('goes on with the same speaker', () => {
    const t = 'Lehrerin Anna Pohl ist überzeugt, dass auch öffentliche Schulen profitieren könnten. „Man kann mit kostenfreien Programmen starten“, regt sie an. Beispielsweise in der Deutschförderung, die vielerorts enorm wichtig ist: „Es gibt ein kostenfreies Programm, das Lernlücken erkennt.“';
    const q = analyse(t, 'de').quotes.find((x) => x.text.includes('Es gibt ein kostenfreies'));
    // (the words that attributed the quotation before attribute this one too)
    expect(q?.speaker).toBe('Anna Pohl');
    expect(q?.speakerMention).toBe('sie');
  });

  it('does not where the colon sentence has its own subject', () => {
    const t = 'The council met on Monday. “We need more money,” said Mayor Ana Ruiz. Then Tom Hale spoke: “The money is there.”';
    expect(speakerOf(t, 'The money is there', 'en')).toBe('Tom Hale');
  });
});
