// A line or border named by a place noun before a particle ("Line of Control") is a place, whatever head words follow.
// Invented text, the shipped English model.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

describe('a named line', () => {
  it('is a place', () => {
    const text = 'Troops exchanged fire along the Line of Control on Monday, the de facto border that divides Kashmir. India and Pakistan both claim the region. Firing on the Line of Control went on, said Ravi Kumar, an officer.';
    expect(analyse(text, 'en').parties.find((p) => p.name === 'Line of Control')?.type).toBe('place');
  });
});
