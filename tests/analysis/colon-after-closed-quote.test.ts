// "„… auf Augenhöhe.“ Er sehe darin eine Chance: „…“": a sentence that opens right after a quotation which ended its
// own sentence is read from its own start, so its subject speaks the quotation its colon announces (the sentence
// splitter may run on over the closing mark; the subject must not be looked for before the quotation before).
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

const quoteOf = (t: string, lang: string, quote: string) => analyse(t, lang).quotes.find((q) => q.text.includes(quote));

describe('a colon sentence right after a closed quotation', () => {
  it('is spoken by its own subject', () => {
    const t = 'Den Film in Schulen zu zeigen, hält Markus Hegel für sinnvoll – mit Einschränkungen: „Man muss das altersgerecht tun, es ist eine wichtige Kommunikation.“ Er sehe darin eine Chance für Prävention: „Ich halte nicht viel davon, von oben herab zu sprechen.“';
    const q = quoteOf(t, 'de', 'Ich halte nicht viel');
    expect(q?.speakerMention).toBe('Er');
    expect(q?.speaker).toBe('Markus Hegel');
  });

  it('still reads the subject of a sentence that goes on after a quotation', () => {
    const t = 'Ana Ruiz called the plan “absurd” and then added: “Nobody asked the people who live here.”';
    expect(quoteOf(t, 'en', 'Nobody asked')?.speaker).toBe('Ana Ruiz');
  });
});
