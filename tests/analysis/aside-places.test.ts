// "Cory James, 22, of Flint, Mich., said": a place closing an aside between the subject and its verb (where the
// person is from, where they spoke) is not the speaker; the person the aside follows is. Invented texts.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './analyse';

describe('a place at the end of an aside before the verb', () => {
  it('"Cory James, 22, of Flint, Mich., said" is Cory James, not Mich.', () => {
    const t = 'Protest grows\n\nHundreds marched downtown on Monday.\n\n'
      + 'Cory James, 22, of Flint, Mich., said he still hoped for a convention "surprise," because he could never vote for the nominee.';
    expect(speakersOf(t, 'en')).toEqual(['Cory James']);
  });

  it('"Clinton, during a town hall in Columbus, Ohio, said" is Clinton, not Ohio', () => {
    const t = 'Coal country\n\nHillary Clinton campaigned in the Midwest last week.\n\n'
      + 'Clinton, during a town hall meeting in Columbus, Ohio, said she was "going to put a lot of coal companies out of business," while explaining her plan.';
    expect(speakersOf(t, 'en')).toEqual(['Hillary Clinton']);
  });

  it('a person after a place in an apposition is still that person ("A spokesman for Brannock, Tom Hill, said")', () => {
    const t = 'Port deal\n\nThe port reopened on Monday.\n\nA spokesman for Brannock, Tom Hill, said "the deal is done" on Tuesday.';
    expect(speakersOf(t, 'en')).toEqual(['Tom Hill']);
  });

  it('no person across a clause: "… on Cruz, with the campaign of the senator from Pennsylvania saying" is not Cruz', () => {
    const t = 'Debate\n\nThe candidates met in Iowa.\n\n'
      + 'And Rick Santorum turned his sights on Cruz, with the campaign of the former senator from Pennsylvania saying Cruz was "not a real conservative on immigration."';
    expect(speakersOf(t, 'en')).not.toEqual(['Ted Cruz']);
  });
});
