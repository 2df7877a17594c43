// Spanish verbs of saying the word list lacked ("reafirmó", "ha especificado"): the subject before them
// speaks the partial quotation of their clause. Invented text.
import { describe, expect, it } from 'vitest';
import { speakerOf } from './analyse';

describe('Spanish reporting verbs', () => {
  const t = 'Reunión en Madrid\n\nEl ministro de Asuntos Exteriores, José Manuel Albares, habló ayer con la prensa sobre la guerra.\n\n'
    + 'El ministro Albares reafirmó en la mañana de este domingo que la solución de los dos estados es “la única alternativa” para el conflicto.\n\n'
    + 'La consejera de Sanidad, Lucía Carmona, ha especificado que hay “casi quinientos efectivos desplegados” en la zona.';
  it('gives a partial quotation to the subject of "reafirmó"', () => expect(speakerOf(t, 'única alternativa', 'es')).toBe('José Manuel Albares'));
  it('gives a partial quotation to the subject of "ha especificado"', () => expect(speakerOf(t, 'quinientos', 'es')).toBe('Lucía Carmona'));
});
