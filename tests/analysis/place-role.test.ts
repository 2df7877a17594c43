// A role of a place ("el alcalde de Nerja", "the mayor of Hamden") speaks as the person the text names in that role
// there, never as the place; with two mayors in the story, the one of that place. Invented text.
import { describe, expect, it } from 'vitest';
import { speakerOf } from './analyse';

const es = [
  'El incendio obligó el martes a evacuar a cientos de vecinos de la comarca de la Axarquía, en Málaga.',
  '“Se ha producido en el peor sitio posible”, resume el alcalde de Cómpeta, Julián Herrera Molina.',
  'El fuego avanzó después hacia Nerja, donde muchos vecinos son extranjeros.',
  '“Fuimos puerta por puerta”, asegura el alcalde de Nerja',
  'Visiblemente emocionado, el alcalde de Nerja, Tomás Villalba, apenas encontraba palabras para explicar la situación.',
].join('\n\n');

const en = [
  'Flood water reached the centre of Hamden and the nearby town of Milford on Tuesday night.',
  '“We have never seen the river this high,” said the mayor of Milford, Peter Grant.',
  'Crews in Hamden worked through the night to build a wall of sandbags along the river bank.',
  '“Every house on the river was warned in time,” the mayor of Hamden said.',
  'The mayor of Hamden, Laura Simmons, thanked the volunteers on Wednesday morning.',
].join('\n\n');

describe('a role of a place', () => {
  it('is the person described in that role there, not the place and not the other mayor (es)', () => {
    expect(speakerOf(es, 'Fuimos puerta por puerta', 'es')).toBe('Tomás Villalba');
    expect(speakerOf(es, 'Se ha producido', 'es')).toBe('Julián Herrera Molina');
  });

  it('is the person described in that role there, not the place and not the other mayor (en)', () => {
    expect(speakerOf(en, 'Every house on the river')).toBe('Laura Simmons');
    expect(speakerOf(en, 'We have never seen')).toBe('Peter Grant');
  });
});
