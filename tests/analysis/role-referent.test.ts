// A definite role nobody in the text is said to hold ("the Florida senator", "the prince") re-describes the person a
// sentence close before is about (its subject, or the first person it names), never a name in passing, a person named
// beside it in its own clause, the one whose "spokesman" or "physician" it is; with no such person it names nobody.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './analyse';

describe('a definite role with no holder named', () => {
  it('is the subject of the sentence before, not the person that subject spoke about', () => {
    const t = [
      'Marco Rubio attacked Barack Obama’s plan for the region on Tuesday night.',
      '“It will only make our enemies stronger,” the Florida senator said.',
    ].join('\n\n');
    expect(speakersOf(t, 'en')).toEqual(['Marco Rubio']);
  });

  it('is not a person named in its own clause, nor the last name close before when that one only passes by', () => {
    const t = [
      'The royal family has kept its distance from the campaign of Donald Trump for months.',
      'In December, the prince called for Trump to drop out of the race, calling him “a disgrace to all America.”',
    ].join('\n\n');
    expect(speakersOf(t, 'en')).toEqual([null]);
  });

  it('is the person named later in another clause of its sentence', () => {
    const t = [
      'Tessa Brown has booked holidays for twenty years.',
      'According to the expert, January is the best month to book, which Brown says “can save you up to £1,200 per booking.”',
    ].join('\n\n');
    expect(speakersOf(t, 'en')).toEqual(['Tessa Brown']);
  });

  it('is nobody when it is somebody’s: a possessive or a spokesperson never stands for the person named before', () => {
    const t = [
      'Donald Trump has released a letter about his health.',
      'His longtime personal physician called his health “astonishingly excellent.”',
      'David Cameron will work with whoever is elected, the prime minister’s office said on Monday.',
      '“He stands by his comments,” the spokesman said.',
    ].join('\n\n');
    expect(speakersOf(t, 'en')).toEqual([null, null]);
  });

  it('keeps the person a German sentence is about, in apposition after a body', () => {
    const t = [
      'Die Vorsitzende des Leitungsgremiums der Organisation, Sofia Östmark, würdigte die neue Direktorin.',
      '„Sie wird die Arbeit der Organisation stärken“, betonte die stellvertretende Generaldirektorin im Ministerium.',
    ].join('\n\n');
    expect(speakersOf(t, 'de')).toEqual(['Sofia Östmark']);
  });
});
