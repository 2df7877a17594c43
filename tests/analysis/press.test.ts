// The press around a story is no party of it: an outlet told something in an interview, a reporter introduced as
// such at the end; a named person who is told something stays a party.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../lib/analysis';

const names = (text: string) => analyzeArticle({ text, lang: 'en' }).parties.map((p) => p.name);

describe('the press is no party', () => {
  const text = [
    'Mara Olsen, the harbour master of Kelby, said the port would reopen on Monday.',
    '“We are ready,” Olsen told KBN in an interview. She also told Tom Brick, the mayor, that the cranes were fixed.',
    'Later she told KBN in an interview that the first ship was due on Tuesday.',
    'Jana Weiss is a producer filing stories on the region for the Northern Desk.',
  ].join('\n\n');
  it('drops the outlet an interviewee told, and a reporter introduced by her job', () => {
    const ps = names(text);
    expect(ps).toContain('Mara Olsen');
    expect(ps).not.toContain('KBN');
    expect(ps).not.toContain('Jana Weiss');
  });
  it('keeps a person who is told something', () => {
    expect(names(text)).toContain('Tom Brick');
  });

  it('drops an outlet or a reporter told things more than once, named as the press once, and credited at the end', () => {
    const t = [
      'Mara Olsen, the harbour master of Kelby, said the port would reopen on Monday. “We are ready,” Olsen told the KBN in an interview.',
      '“The cranes are fixed,” she later told the KBN. She told Northsea freelance videographer Per Lund that the ships were due. “Tuesday,” she told Lund.',
      'With files from Per Lund',
    ].join('\n\n');
    const ps = names(t);
    expect(ps).toContain('Mara Olsen');
    expect(ps).not.toContain('KBN');
    expect(ps).not.toContain('Per Lund');
  });
});

