// A whole sentence in quotation marks after a sentence about a person with no verb of saying ("…, führt der Experte
// Hänni auf … zurück. „…“") is that person's; a clause that goes on in quotation marks after a comma ("X hat Y
// eingestellt, „weil sie … wie ich“") is the sentence subject's. Invented text.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

const speaker = (t: string, quote: string, lang: string) => analyse(t, lang).quotes.find((q) => q.text.includes(quote))?.speaker ?? null;

describe('the person the sentence before is about', () => {
  it('speaks a whole sentence in marks after it (de, verb second)', () => {
    const t = 'Der Forscher Lukas Brenner arbeitet seit Jahren in Basel. Dass die Dienste so stark in Genf vertreten sind, führt der Experte Brenner auf die schwache Abwehr zurück. „Der Dienst ist klein und relativ schwach.“ Die Regierung widerspricht.';
    expect(speaker(t, 'Der Dienst ist klein', 'de')).toBe('Lukas Brenner');
  });
  it('not a name after a preposition when a pronoun is the subject', () => {
    const t = 'Liat Beinin ist Lehrerin im Kibbuz. Ihr Mann Aviv Beinin arbeitet dort als Gärtner. Aviv Beinin war an jenem Morgen früh wach.\n\nMit Aviv Beinin ging sie in den Schutzraum. „Unzählige Sirenen heulten gleichzeitig. Nach wenigen Minuten hörten wir auch Schüsse.“';
    expect(speaker(t, 'Unzählige Sirenen', 'de')).not.toBe('Aviv Beinin');
  });
});

describe('a clause going on in marks after a comma', () => {
  it('is the sentence subject\'s (de)', () => {
    const t = 'Die Galerie wird von zwei Menschen geführt. Judith Lorenz hat Karin Wendt vor 30 Jahren eingestellt, „weil sie genauso viel gearbeitet hat wie ich“. Das Duo kennt sich gut.';
    expect(speaker(t, 'weil sie genauso viel', 'de')).toBe('Judith Lorenz');
  });
});
