// "Le président de la Mongolie … a ordonné de «…»" with the story's other president of another country: the role is
// the person the next lines name in it, not nobody. Invented text.
import { describe, expect, it } from 'vitest';
import { speakerOf } from './analyse';

const text = [
  'Le président russe Ivo Brask a salué jeudi la coopération militaire entre les deux pays.',
  'Le président de la Mongolie, pays allié de la Russie, a ordonné vendredi de «prendre des mesures urgentes» pour protéger les infrastructures civiles.',
  '«Karel Vostrik a chargé le gouvernement, les chefs de toutes les forces de sécurité (armée, police, services spéciaux) et les dirigeants locaux de renforcer la sécurité des sites sensibles en lien avec la situation à la frontière», a indiqué son porte-parole, Anton Melk. Ce dernier rappelle que le pays avait appelé les deux parties à négocier pour mettre fin aux combats dans la région.',
  'Cette décision du président Vostrik intervient après une semaine de tensions.',
].join('\n\n');

describe('a role of a named country that nobody before holds', () => {
  it('is the person named in it in the lines that follow', () => {
    expect(speakerOf(text, 'prendre des mesures urgentes', 'fr')).toBe('Karel Vostrik');
  });
});
