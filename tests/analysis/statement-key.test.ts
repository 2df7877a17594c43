// A statement quoted over several paragraphs counts once among the key quotes shown (popup, reader, exports), so
// other voices get room; the report keeps every paragraph as a quotation. Invented text.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';
import { shownKeyQuotes } from '../../lib/analysis/keyquotes';

const text = [
  'Two people were arrested after protesters climbed onto the stage of the Kelby Theatre on Monday night.',
  'One of the protesters, Mara Lind, a teacher from Kelby, said: “Years of letters to our councillors have not brought the change that this town needs.',
  '“I am afraid for my children, and I cannot watch them grow up in a town that floods every single winter.',
  '“This is not a distant problem for the future. We need a plan to stop the flooding and we need it this year.”',
  'The theatre’s director, Olaf Brandt, said: “We respect the right to protest, but not in the middle of a performance for hundreds of people.”',
  'Police spokesman Tom Ek said: “Both people were released on bail later that night and will appear in court next month.”',
].join('\n\n');

describe('a statement over several paragraphs', () => {
  it('is one key quote shown, and the other speakers are shown too', () => {
    const quotes = analyse(text, 'en').quotes;
    const shown = shownKeyQuotes(quotes, text);
    expect(shown.filter((q) => q.speaker === 'Mara Lind')).toHaveLength(1);
    expect(shown.map((q) => q.speaker)).toEqual(expect.arrayContaining(['Olaf Brandt', 'Tom Ek']));
  });

  it('keeps each of its paragraphs a key quotation in the report', () => {
    const lind = analyse(text, 'en').quotes.filter((q) => q.speaker === 'Mara Lind');
    expect(lind).toHaveLength(3);
    expect(lind.every((q) => q.key)).toBe(true);
  });

  it('is not one with the next statement of the same speaker, after the story speaks between', () => {
    const two = `${text}\n\nLind later added on the steps of the court: “We will come back to the theatre every week until the council acts.”`;
    const shown = shownKeyQuotes(analyse(two, 'en').quotes, two);
    expect(shown.filter((q) => q.speaker === 'Mara Lind')).toHaveLength(2);
  });
});
