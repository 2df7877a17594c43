// A two-word German verb of saying split around its subject and closing the sentence after a quoted phrase
// ("…»Spiele« hätten viel bewirkt, stellte die Abgeordnete Petra Lindner fest.") names that subject as the speaker,
// as "…, sagte die Abgeordnete Petra Lindner." does; the reported-speech sentence after it goes on with her.
// Invented text.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../lib/analysis';
import { loadNerModel } from '../../cli/ner-models';

const speakers = (text: string) => analyzeArticle({ text, lang: 'de' }, { ner: loadNerModel('de') }).quotes.map((q) => q.speaker);
const lead = 'Es sei Zeit für einen »Neuanfang«, sagte der Grünen-Politiker Karl Wendt zu Beginn der Sitzung. ';

describe('a split verb of saying after a quoted phrase', () => {
  it('credits the subject between its two words', () => {
    const t = lead + 'Die »Landesspiele« hätten viel bewirkt, stellte die Abgeordnete Petra Lindner fest. Diesen »Schwung« zu nutzen, sei »richtig«.';
    expect(speakers(t)).toEqual(['Karl Wendt', 'Petra Lindner', 'Petra Lindner', 'Petra Lindner']);
  });
  it('also with a pair the language already had ("räumte … ein")', () => {
    const t = lead + 'Die »Landesspiele« seien teuer gewesen, räumte die Abgeordnete Petra Lindner ein.';
    expect(speakers(t)).toEqual(['Karl Wendt', 'Petra Lindner']);
  });
  it('not when the second word does not close the clause', () => {
    const t = lead + 'Die »Landesspiele« seien teuer gewesen, stellte die Abgeordnete Petra Lindner im Ausschuss fest.';
    expect(speakers(t)[1]).not.toBe('Petra Lindner');
  });
});
