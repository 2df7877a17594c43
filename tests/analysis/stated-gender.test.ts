// A title before a name states the person's gender ("La ministre de la Mer, Claire Dubois"): it outweighs a gender
// guessed from a role the text gives someone else beside her ("la nomination d’un médiateur, l’ancien préfet …"), so
// "la ministre" is still her. Invented text.
import { describe, expect, it } from 'vitest';
import { speakerOf } from './analyse';

const text = [
  'Le conflit entre les pêcheurs et le chantier du parc éolien dure depuis trois semaines dans la baie.',
  'Paris veut éviter l’enlisement. La ministre de la Mer, Claire Dubois, a annoncé mercredi la nomination d’un médiateur, l’ancien préfet Paul Mercier, qui recevra les deux parties lundi à Rennes.',
  '« L’État ne laissera tomber ni les pêcheurs ni la transition énergétique », a déclaré la ministre devant l’Assemblée nationale.',
].join('\n\n');

describe('a gender stated by a title before the name', () => {
  it('keeps the feminine role phrase to her', () => {
    expect(speakerOf(text, 'ne laissera tomber', 'fr')).toBe('Claire Dubois');
  });
});
