// "Le président du Kazakhstan a ordonné de «…»" with the president named only paragraphs later ("le président
// Tokaïev"): a role of a named country that nobody before holds is the person the text gives that role further on,
// never a holder the text ties to another country, nor the spokesman "du président". Invented text.
import { describe, expect, it } from 'vitest';
import { speakerOf } from './analyse';

describe('a role of a country whose holder is named later', () => {
  const t = 'Tensions en Asie centrale\n\nLe ministre Pavel Orlov a dénoncé vendredi une provocation.\n\n'
    + 'Le président de la Mongolie a appelé vendredi à «renforcer la sécurité» des frontières du pays.\n\n'
    + '«Nous suivons la situation de près», a déclaré le porte-parole du président, Batbayar Dorj.\n\n'
    + 'Cette décision du président Khurelsukh Ukhnaa intervient après plusieurs incidents à la frontière.';
  it('gives the words to the person the text later calls by that role', () => {
    expect(speakerOf(t, 'renforcer la sécurité', 'fr')).toBe('Khurelsukh Ukhnaa');
  });
  it('not to a holder the text ties to another country', () => {
    const u = t.replace('Cette décision du président Khurelsukh', 'Cette décision du président russe Khurelsukh');
    expect(speakerOf(u, 'renforcer la sécurité', 'fr')).not.toBe('Khurelsukh Ukhnaa');
  });
});
