// A role phrase that names whose role it is ("the Ministry of Foreign Affairs spokesperson") stands for the holder
// of that body's role, not for the nearest person holding the same role for somebody else. Invented text.
import { describe, expect, it } from 'vitest';
import { speakerOf } from './analyse';

const text = [
  'Foreign Ministry spokesperson Haro Veltin said on Monday that the talks would resume within a week.',
  'Lt. Col. Brandon Teague, the Valdorian army spokesperson, said the drones had been shot down over the border at night.',
  '“We oppose every form of escalation and call on both sides to show restraint,” the Ministry of Foreign Affairs spokesperson said in a statement.',
].join('\n\n');

describe('a role phrase naming its body', () => {
  it('goes to the holder whose own role phrase names that body', () => {
    expect(speakerOf(text, 'every form of escalation')).toBe('Haro Veltin');
  });

  it('still goes to the nearest holder when it names no body', () => {
    const plain = text.replace('the Ministry of Foreign Affairs spokesperson said', 'the spokesperson said');
    expect(speakerOf(plain, 'every form of escalation')).toBe('Brandon Teague');
  });
});
