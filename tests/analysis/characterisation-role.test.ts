// "Der spanische Ministerpräsident Pedro Sánchez würdigte Vargas Llosa als „…“": a characterisation is the words of
// the sentence's subject also when a role introduces the subject's name. Invented text.
import { describe, expect, it } from 'vitest';
import { speakerOf } from './analyse';

describe('a characterisation after a subject its role introduces', () => {
  it('is the subject\'s (de)', () => {
    const t = 'Bundespräsident Lukas Brenner schrieb: „Er wird uns fehlen, als Mensch und als Erzähler.“ Der spanische Ministerpräsident Pablo Serrano würdigte den Autor als „unvergleichlichen Meister des Wortes“. Die Beisetzung ist am Freitag.';
    expect(speakerOf(t, 'unvergleichlichen Meister', 'de')).toBe('Pablo Serrano');
  });
});
