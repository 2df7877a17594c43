// "X a affirmé que … «A» et salué une «B» des forces … qui «C»": every quotation under one verb of saying has its
// speaker, however many follow the first in the sentence (not only the second).
import { describe, expect, it } from 'vitest';
import { speakerOf } from './analyse';


describe('quotations of one sentence under one verb of saying', () => {
  it('give the third quotation the same speaker as the first', () => {
    const t = [
      'Le ministre de la Santé, Paul Girardin, a visité un hôpital de Lyon mardi.',
      'Le ministre a affirmé que le service avait «tenu bon» et salué une «mobilisation» des soignants qui «ne faiblit pas».',
    ].join('\n\n');
    expect(speakerOf(t, 'tenu bon', 'fr')).toBe('Paul Girardin');
    expect(speakerOf(t, 'ne faiblit pas', 'fr')).toBe('Paul Girardin');
  });

  it('stops at a second verb of saying with its own subject', () => {
    const t = [
      'Mayor Ana Ruiz opened the bridge on Monday.',
      'Ruiz said the work was “on time” while her rival Tom Hale told reporters it was “a waste”.',
    ].join('\n\n');
    expect(speakerOf(t, 'a waste', 'en')).not.toBe('Ana Ruiz');
  });
});
