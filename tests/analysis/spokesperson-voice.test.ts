// "“…,” the government spokesman said." after "Communications Minister X said …. He said …": a spokesperson phrase
// that names no body, with nobody named in that role, is the person whose statement the story reports.
import { describe, expect, it } from 'vitest';
import { speakerOf } from './analyse';

describe('a spokesperson naming no body', () => {
  it('is the person whose statement is being reported', () => {
    const t = [
      'PUTRAJAYA, Nov 22 — Companies did not pay for the prime minister’s trips abroad, Communications Minister Rahim Salleh said today.',
      'He said the government still covered the cost of the delegation.',
      '“The business delegation paid 73 per cent of the cost. So it is important to stress that the government paid for the flight,” the government spokesman said.',
    ].join('\n\n');
    expect(speakerOf(t, 'business delegation paid')).toBe('Rahim Salleh');
  });

  it('is nobody when no person has spoken before', () => {
    const t = 'The ministry opened an inquiry on Monday.\n\n“We will publish the findings soon,” the government spokesman said.';
    expect(speakerOf(t, 'publish the findings')).toBeNull();
  });
});
