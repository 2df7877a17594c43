// A verb of saying right after a restrictive relative pronoun ("a banner that read “…”") is said by the phrase the
// pronoun stands for, not by the subject of an earlier verb of the sentence. Invented texts.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

const quoteOf = (text: string, lang: string, words: string) => analyse(text, lang).quotes.find((q) => q.text.includes(words));

describe('a restrictive relative clause before the verb of saying', () => {
  it('gives a thing’s words nobody, not the sentence’s subject', () => {
    const t = 'Police arrested two people at the theatre on Monday. A video posted online by the group showed two activists on the stage holding a banner that read “the harbour will drown us all”, before staff led them away.';
    const q = quoteOf(t, 'en', 'harbour will drown');
    expect(q?.speaker ?? null).toBeNull();
    expect(q?.speakerMention ?? null).toBeNull();
  });

  it('leaves the words to a person who reports them with an earlier verb of saying', () => {
    const t = 'Henry posted a photo on Wednesday. Henry added the caption which reads, “Sanders aide Jeff Weaver told me the photo of the staff during the break violates the rules.” The implication is clear.';
    expect(quoteOf(t, 'en', 'Sanders aide')?.speaker).toBe('Henry');
  });

  it('gives a person named before the pronoun the words', () => {
    const t = 'The council met on Monday. It was Mayor Eva Lund who said “we will rebuild the harbour before the winter comes” at the meeting.';
    expect(quoteOf(t, 'en', 'rebuild the harbour')?.speaker).toBe('Eva Lund');
  });

  it('after the closing mark is about the quoted words: no speaker named in it', () => {
    const t = 'Spionage bleibt ein Problem. Die Behörden warnen seit Monaten vor sogenannten „Einweg-Agenten“, die für Russland in Deutschland agieren. Das sind meist junge Männer.';
    expect(quoteOf(t, 'de', 'Einweg')?.speaker ?? '').not.toMatch(/Russland|Deutschland/);
  });
});
