// "“…,” Benioff weighed in, telling Cook, “…”": a participle after the quotation is not a verb of saying inverted
// before its speaker ("…,” said Cook"); the one named after it is whom the words were told or were about.
import { describe, expect, it } from 'vitest';
import { speakerOf } from './analyse';


describe('a participle after a quotation', () => {
  it('does not make the person after it the speaker', () => {
    const t = [
      'Tim Cook spoke at the campus on Friday, and Marc Benioff joined him on stage.',
      '“We all miss Steve so much,” Benioff weighed in, telling Cook, “since he passed, you have been so true to him.”',
    ].join('\n\n');
    expect(speakerOf(t, 'We all miss Steve')).not.toBe('Tim Cook');
  });

  it('still reads a finite verb inverted before its speaker', () => {
    const t = [
      'The polls in Ohio tightened over the weekend.',
      'Clinton would be in “serious trouble” if she lost the state, said David Wasserman, an analyst.',
    ].join('\n\n');
    expect(speakerOf(t, 'serious trouble')).toBe('David Wasserman');
  });
});
