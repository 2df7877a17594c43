// Who answers and who writes: the person a question was about ("Asked about X, he said") is not the one who answers,
// the person a letter was sent to ("X's letter to Y said") did not write it, and a body's report speaks for it.
import { describe, expect, it } from 'vitest';
import { speakerOf } from './analyse';

describe('the one asked about', () => {
  it('is not who answers "Asked …, he said"', () => {
    const t = [
      'Prime Minister Tom Hale defended his record on Monday. “We follow every rule,” Hale said.',
      'Asked again whether he would keep accepting gifts from Lord Ward, he said: “Well, every gift will be declared.”',
      'Asked whether an adviser would be named, he went on: “There is a big difference between gifts and favours.”',
    ].join('\n\n');
    expect(speakerOf(t, 'every gift will be declared')).toBe('Tom Hale');
    expect(speakerOf(t, 'big difference between gifts')).toBe('Tom Hale');
  });
});

describe('the one a document is addressed to', () => {
  it('did not write it; its owner did', () => {
    const t = [
      'The Liberal Party asked for an inquiry into the mayor’s flat on Tuesday.',
      'The Liberal Party’s letter to Anna Kemp, the standards commissioner, said: “The mayor never declared the flat.”',
    ].join('\n\n');
    expect(speakerOf(t, 'never declared the flat')).toBe('Liberal Party');
  });

  it('is nobody rather than the addressee when no owner is named', () => {
    const t = 'A letter to Anna Kemp, the standards commissioner, said: “The mayor never declared the flat.”';
    expect(speakerOf(t, 'never declared the flat')).not.toBe('Anna Kemp');
  });
});

describe('a body’s report', () => {
  it('speaks for the body', () => {
    const t = [
      'The Institute for Road Safety (IRS) studied the crash for six months.',
      '“The driver most likely fell asleep before the bend,” IRS’s report said.',
    ].join('\n\n');
    expect(speakerOf(t, 'fell asleep before the bend')).toBe('Institute for Road Safety');
  });
});
