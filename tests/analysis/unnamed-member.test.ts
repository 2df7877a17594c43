// "A Tory source said: “…”": one unnamed member of a body speaks, not the body; its spokesman speaks for it.
import { describe, expect, it } from 'vitest';
import { analyse, speakerOf } from './analyse';

describe('an unnamed member of a body', () => {
  it('is nobody the popup can name, not the body', () => {
    const t = 'The Conservative Party attacked the prime minister on Monday.\n\nA Tory source said: “It is shocking that the rules were ignored for a whole year.”';
    expect(speakerOf(t, 'It is shocking')).toBeNull();
    expect(analyse(t, 'en').quotes[0]?.speakerMention).toBe('A Tory source');
  });

  it('still gives a spokesman’s words to the body he speaks for', () => {
    const t = 'The Conservative Party attacked the prime minister on Monday.\n\nA spokesman for the Conservative Party said: “It is shocking that the rules were ignored for a whole year.”';
    expect(speakerOf(t, 'It is shocking')).toBe('Conservative Party');
  });
});
