// "Abdullah bin Zayed, Außenminister der Vereinigten Arabischen Emirate, …": a name in the modifier of a role apposed
// to a person is not whom a later pronoun stands for.
import { describe, expect, it } from 'vitest';
import { speakerOf } from './analyse';

describe('a name in the modifier of a role apposed to a person', () => {
  it('is not the "er" who speaks; the person is', () => {
    const t = 'Um seine Botschaft zu unterstreichen, wechselte Tarek Al-Mansur, Außenminister der Vereinigten Arabischen Emirate, ins Englische: "Der Tag wird kommen", sagt er, "an dem wir mehr Extremisten haben werden."';
    const who = speakerOf(t, 'Der Tag wird kommen', 'de');
    expect(who).toMatch(/Tarek|Mansur/);
  });
});
