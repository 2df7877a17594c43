// A given name, particles that open a surname ("van den", "von der", "das") and a surname the tagger left alone are
// one person's name: "Joost van den Berg", not "Joost". Where every noun is capitalised, an article and a noun after
// a name are no surname. Invented text, each language's model.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

const persons = (text: string, lang: string) => analyse(text, lang).parties.filter((p) => p.type === 'person').map((p) => p.name);

describe('a surname after particles', () => {
  it('stays in the name in an English text', () => {
    expect(persons('The defender Joost van den Berg signed a new contract on Saturday. The club is happy with him, coach Peter Bosz said after training.', 'en'))
      .toEqual(['Joost van den Berg', 'Peter Bosz']);
    expect(persons('The commission president Ursula von der Leyen spoke in Brussels on Monday. She said the commission would act soon.', 'en'))
      .toEqual(['Ursula von der Leyen']);
  });

  it('stays in the name in German and Portuguese', () => {
    expect(persons('Auch Ursula von der Leyen äußerte sich am Montag in Brüssel. Die Kommission werde handeln, sagte sie den Journalisten.', 'de'))
      .toEqual(['Ursula von der Leyen']);
    expect(persons('A enfermeira Maria das Dores Ferreira trabalhou no hospital durante trinta anos. Ela disse que o serviço mudou muito desde então.', 'pt'))
      .toEqual(['Maria das Dores Ferreira']);
  });

  it('is no German article and noun', () => {
    const names = persons('Am Abend lobte Ursula den Gastgeber für das Essen. Danach sprach Ursula Meyer über die Stadt und ihre Zukunft.', 'de');
    expect(names.some((n) => n.includes('Gastgeber'))).toBe(false);
  });
});
