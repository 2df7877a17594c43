// Reported speech (German Konjunktiv) in a new paragraph about another person gives that person's words, not the
// words of whoever was quoted last.
import { describe, expect, it } from 'vitest';
import { speakerOf } from './analyse';

describe('reported speech in a paragraph about a new person', () => {
  it('is that person’s', () => {
    const t = [
      'Der Verband Muslimischer Gemeinden (VMG) verweist darauf, dass es "schwierig" sei, junge Leute zu erreichen.',
      'Darauf verweist auch der Islamexperte Jonas Kerber aus Berlin.',
      'Kerber wird in Graz oft als Gutachter herangezogen, er kennt die Szene daher. Sorge mache ihm die große Zahl an jungen Leuten bei den Protesten. "Es würde mich sehr überraschen, wenn das hier anders wäre." Ganz generell sei es so: "Alles, was in Deutschland passiert, passiert irgendwann auch in Österreich."',
    ].join('\n\n');
    expect(speakerOf(t, 'Alles, was in Deutschland passiert', 'de')).toBe('Jonas Kerber');
  });
});
