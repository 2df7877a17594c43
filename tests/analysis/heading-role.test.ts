// A subheading that opens on a role ("El juez defiende la «imparcialidad» de la policía") opens a section: its subject
// is not the person named last in the paragraph before it (the accused), only a person the text named in that role.
// Invented text.
import { describe, expect, it } from 'vitest';
import { speakerOf } from './analyse';

const story = (judge: string) => `${judge} investiga al alcalde Luis Prieto. Según Moreno, “se trata de testimonios que no aportan datos”.\n\nPara el magistrado, los elementos apuntan a que solo tras la recepción por parte de Luis Prieto del correo “es cuando tiene lugar su difusión”.\n\nEl juez defiende la “imparcialidad” de la policía\n\nEl auto destaca que los informes de la policía han aportado “una información de peso”.`;

describe('a role opening a subheading', () => {
  it('is not the person named last before the heading', () => {
    expect(speakerOf(story('Ángel Moreno'), 'imparcialidad', 'es')).toBeNull();
  });
  it('is the person the text named in that role', () => {
    expect(speakerOf(story('El juez Ángel Moreno'), 'imparcialidad', 'es')).toBe('Ángel Moreno');
  });
  it('a role opening a sentence of the story still re-describes the person just named', () => {
    const t = 'Ángel Moreno investiga al alcalde Luis Prieto desde marzo.\n\nEl juez defiende la “imparcialidad” de la policía en su auto.';
    expect(speakerOf(t, 'imparcialidad', 'es')).not.toBeNull();
  });
});
