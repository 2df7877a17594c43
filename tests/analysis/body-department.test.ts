// A body's name and plain nouns naming a part of it, as the subject of the quotation's own verb of saying, speak for
// the body: not the person quoted sentences before.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

const STORY = `Drivers at Acme Freight say the company watches them closely. Managers came outside to monitor the rally, said Tanner Holt, the president of the local, who has worked for Acme Freight since he was 18.

Holt fought back. “I filed a complaint a few days later for them spying on our rally,” he told me. “It was easy.” (Acme Freight corporate communications said of the incident, “We respect our employees’ rights to assemble.” The case is still ongoing.)`;

describe('a body’s department as the subject', () => {
  it('credits the body, not the person quoted before the parenthesis', () => {
    const q = analyse(STORY, 'en').quotes.find((x) => x.text.startsWith('We respect'))!;
    expect(q.speaker).toBe('Acme Freight');
    expect(q.speakerMention).toBe('Acme Freight corporate communications');
  });

  it('leaves the person’s own quotations to the person', () => {
    const q = analyse(STORY, 'en').quotes.find((x) => x.text.startsWith('I filed'))!;
    expect(q.speaker).toBe('Tanner Holt');
  });
});
