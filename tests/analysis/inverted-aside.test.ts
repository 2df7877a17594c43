// "«…», a rapporté sur Facebook le porte-parole du président, Anton Melk": a short prepositional phrase between an
// inverted verb of saying and its subject does not hide the subject. Invented text.
import { describe, expect, it } from 'vitest';
import { speakerOf } from './analyse';

describe('an aside between an inverted verb and its subject', () => {
  it('leaves the subject the speaker (French)', () => {
    const t = 'Le gouvernement a réuni vendredi son conseil de sécurité à Tarvik.\n\n«Toutes les forces de sécurité doivent prendre des mesures urgentes pour protéger les objets civils», a rapporté sur Facebook le porte-parole du président, Anton Melk.';
    expect(speakerOf(t, 'mesures urgentes', 'fr')).toBe('Anton Melk');
  });

  it('leaves the subject the speaker (Spanish)', () => {
    const t = 'El Gobierno se reunió el viernes en Tarvik.\n\n«Las fuerzas de seguridad deben tomar medidas urgentes para proteger a los civiles», dijo en rueda de prensa el ministro del Interior, Pablo Ferreiro.';
    expect(speakerOf(t, 'medidas urgentes', 'es')).toBe('Pablo Ferreiro');
  });
});
