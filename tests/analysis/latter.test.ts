// "Ce dernier rappelle que …", "the latter said": the person named last before the phrase speaks. Invented text.
import { describe, expect, it } from 'vitest';
import { speakerOf } from './analyse';

describe('"the latter" as the speaker', () => {
  it('is the person named last before it (fr)', () => {
    const t = "« Le président a demandé des mesures urgentes pour protéger les sites civils », a rapporté le porte-parole du président, Marc Delval. Ce dernier rappelle que le pays avait appelé les deux voisins à négocier pour mettre fin à la guerre « entre deux peuples frères ».";
    expect(speakerOf(t, 'entre deux peuples frères', 'fr')).toBe('Marc Delval');
  });
});
