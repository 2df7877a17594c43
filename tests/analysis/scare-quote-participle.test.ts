// A word or two in quotation marks inside the clause of a participle of judging ("… un discours de X jugeant que …",
// "… un discurso de X considerando que …") is that person's, not the words of the sentence's subject, who said
// something else: the lists of framing verbs had "qualifiant" and "calificando" but not these participles of verbs
// they list ("juge", "estime", "considera"), so the word went to the subject.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

const quoted = (text: string, lang: string) => analyse(text, lang).quotes.map((q) => [q.text, q.speaker]);

describe('a scare quote in another speaker\'s clause', () => {
  it('is that speaker\'s in French', () => {
    const text = 'Le gouvernement a affirmé jeudi avoir fait reculer le chômage, au lendemain d’un discours de la présidente Claire Moreau jugeant que la crise avait tout d’une crise «durable».';
    expect(quoted(text, 'fr')).toEqual([['durable', 'Claire Moreau']]);
    expect(quoted(text.replace('jugeant', 'estimant'), 'fr')).toEqual([['durable', 'Claire Moreau']]);
  });
  it('is that speaker\'s in Spanish', () => {
    const text = 'El Gobierno afirmó el jueves haber reducido el paro, un día después de un discurso de la presidenta Clara Morales considerando que la crisis tenía todo de una crisis «duradera».';
    expect(quoted(text, 'es')).toEqual([['duradera', 'Clara Morales']]);
  });
});
