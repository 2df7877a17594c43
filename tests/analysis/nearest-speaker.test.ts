// The speaker named nearest a quotation, in the words around it: a person before the role and body in apposition to
// them, a description after an inverted verb of saying, a spokesperson compound of a body's acronym.
import { describe, expect, it } from 'vitest';
import { analyse, speakerOf } from './analyse';

describe('a person before a role and the body it is held at', () => {
  const text = `Police say gangs use debts to put pressure on officers.

Louise Brown, Director of the Crime Prevention unit, Halvorsen Partners, compared the tactics to "mafia methods, when criminals have infiltrated the public sector".`;

  it('speaks, not the body closing the apposition', () => {
    expect(speakerOf(text, 'mafia methods')).toBe('Louise Brown');
  });

  it('still leaves a body alone as the subject to the body', () => {
    const plain = `Police say gangs use debts to put pressure on officers.

Halvorsen Partners compared the tactics to "mafia methods, when criminals have infiltrated the public sector".`;
    expect(speakerOf(plain, 'mafia methods')).toBe('Halvorsen Partners');
  });
});

describe('a description after an inverted verb of saying, in the sentence before the quotation (de)', () => {
  const text = `Der Neurologe Harald Prüß sieht viele Menschen, die glauben, unter dem Syndrom zu leiden. „Das ist in seiner Dimension total überschätzt“, sagt Prüß.

Ob das tatsächlich so ist, könne allerdings nur in seltenen Fällen sicher nachgewiesen werden, sagt der Neurologe. "Es gibt keinen einzigen in der Wissenschaft akzeptierten Biomarker."`;

  it('is the speaker, not the clause before the verb', () => {
    const q = analyse(text, 'de').quotes.find((x) => x.text.includes('Biomarker'))!;
    expect(q.speakerMention).toBe('der Neurologe');
    expect(q.speaker).toBe('Harald Prüß');
  });
});

describe('a spokesperson compound of a body’s acronym (de)', () => {
  const text = `Der Schweizer Nachrichtendienst (NDB) warnt seit Jahren vor Spionage. Der NDB schreibt das in seinem Bericht.

„Für diese Aktivitäten werden vor allem die Vertretungen genutzt“, erklärte eine NDB-Sprecherin am Montag.`;

  it('speaks for the body the acronym names', () => {
    const q = analyse(text, 'de').quotes.find((x) => x.text.startsWith('Für diese'))!;
    expect(q.speakerMention).toBe('eine NDB-Sprecherin');
    expect(['NDB', 'Schweizer Nachrichtendienst']).toContain(q.speaker);
  });
});
