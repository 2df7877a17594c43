// Labels that name no speaker: what a verdict is about ("Das Fazit zu Wish:"), a dateline ("NEW DELHI: Pakistan's
// “…”") and a newspaper's name in quotation marks (« Le Monde »).
import { describe, expect, it } from 'vitest';
import { speakerOf } from './analyse';

describe('a name after a preposition before a colon', () => {
  it('is what the words are about, not who says them', () => {
    const t = 'Ein Föhn wurde auf dem Marktplatz Wish bestellt. Das Fazit zu Wish: „Die Geräte aus der Stichprobe waren minderwertig.“';
    expect(speakerOf(t, 'Stichprobe waren minderwertig', 'de')).not.toBe('Wish');
  });

  it('leaves a name label speaking', () => {
    const t = 'Die Tester waren streng. Prüferin Simone Berger: „Diese Geräte sollte niemand kaufen.“';
    expect(speakerOf(t, 'niemand kaufen', 'de')).toBe('Simone Berger');
  });
});

describe('a dateline', () => {
  it('is no speaker of a quotation in its paragraph, nor the "it" after it', () => {
    const t = [
      'NEW DELHI: Pakistan’s “whole-of-system approach” to militancy is evolving as its army’s new operation focuses on what it calls “digital terrorism”.',
      'General Asim Munir has warned about the platforms for months.',
    ].join('\n\n');
    expect(speakerOf(t, 'whole-of-system approach')).toBeNull();
    expect(speakerOf(t, 'digital terrorism')).not.toBe('India');
  });

  it('leaves a transcript’s speaker in capitals', () => {
    const t = 'The debate was heated.\n\nPENCE: “We will cut taxes for every family.”\n\nKAINE: “That is not what your plan says.”';
    expect(speakerOf(t, 'cut taxes for every family')).toMatch(/Pence/i);
  });
});

describe('a newspaper’s name in quotation marks', () => {
  it('is nobody’s quotation', () => {
    const t = 'Le Premier ministre Keir Starmer dit qu’il veut « donner un nouvel élan » à la relation entre les deux pays, évoquant surtout la défense dans une tribune publiée jeudi dans le quotidien « Le Monde ». Hier, la présidence avait annoncé un « premier entretien ».';
    expect(speakerOf(t, 'Le Monde', 'fr')).toBeNull();
    expect(speakerOf(t, 'donner un nouvel élan', 'fr')).toBe('Keir Starmer');
  });
});
