// One person named in several forms (a short given name, a middle initial, a generational suffix) is one party with
// the other forms as aliases; namesakes the forms tell apart stay apart. Invented text, the shipped English model.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

const people = (text: string) => analyse(text, 'en').parties.filter((p) => p.type === 'person');

describe('forms of one person’s name', () => {
  it('makes one party of a short given name, a middle initial and a suffix', () => {
    const text = [
      'Robert Brandt Jr., 61, pleaded guilty on Tuesday to threatening a county judge, prosecutors in Ohio said.',
      '“Rob Brandt regrets what he wrote,” his lawyer, Maria Oduya, said after the hearing. Brandt faces up to ten years.',
      'The judge will rule on the sentencing of Robert K. Brandt in March, Rob Brandt’s lawyer said.',
    ].join('\n\n');
    const brandt = people(text).filter((p) => [p.name, ...(p.aliases ?? [])].some((n) => n.includes('Brandt')));
    expect(brandt).toHaveLength(1);
    expect([brandt[0]!.name, ...(brandt[0]!.aliases ?? [])]).toEqual(expect.arrayContaining(['Robert Brandt Jr.', 'Robert K. Brandt']));
  });

  it('keeps two people of one surname apart', () => {
    const text = 'Joe Walsh, the senator, met Hunter Walsh, his nephew, in Denver on Friday.\n\n“We talked for hours,” Joe Walsh said. Hunter Walsh declined to comment.';
    const names = people(text).map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['Joe Walsh', 'Hunter Walsh']));
  });

  it('keeps a father and his son of the same name apart', () => {
    const text = 'Donald Ferris founded the company in 1970, and Donald Ferris Jr. runs it today.\n\n“My father built this,” Donald Ferris Jr. said. Donald Ferris died in 2015.';
    const names = people(text).map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['Donald Ferris', 'Donald Ferris Jr.']));
  });
});
