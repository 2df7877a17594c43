// "el portavoz de la Asociación", "the spokesman for X": the spokesperson of a body is the one person the text named
// in that role for that body, not the body itself; with two such persons, nobody can tell which: the body. Invented
// text.
import { describe, expect, it } from 'vitest';
import { speakerOf } from './analyse';

describe('a body\'s spokesperson', () => {
  it('is the person named in that role for that body (es)', () => {
    const t = 'Los vecinos piden cambios en la feria. "Es una locura", comenta Pedro Lanza, portavoz de la Asociación Vecinal Río Claro. La Asociación Vecinal Río Claro ya se reunió con el concejal. El portavoz de la Asociación destaca que no quieren perder la fiesta: "Estamos a favor de las fiestas y no las queremos perder".';
    expect(speakerOf(t, 'Estamos a favor', 'es')).toBe('Pedro Lanza');
  });

  it('is the person named in that role for that body (en)', () => {
    const t = 'Residents want changes to the fair. "It is madness," said Peter Lance, a spokesman for the Riverside Residents Association. The Riverside Residents Association met the council last week. Nobody else joined. "We are not against the fair," the spokesman for the Riverside Residents Association said.';
    expect(speakerOf(t, 'not against the fair')).toBe('Peter Lance');
  });

  it('is not a person who speaks for another body', () => {
    const t = 'Residents want changes to the fair. "It is madness," said Peter Lance, a spokesman for the Riverside Residents Association. The Hilltop Traders Union met the council last week. Nobody else joined. "We are not against the fair," the spokesman for the Hilltop Traders Union said.';
    expect(speakerOf(t, 'not against the fair')).not.toBe('Peter Lance');
  });
});
