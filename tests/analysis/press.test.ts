// The press around a story is no party of it: an outlet told something in an interview, a reporter introduced as
// such at the end; a named person who is told something stays a party.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../lib/analysis';
import { loadNerModel } from '../../cli/ner-models';

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


describe('the press that is the story', () => {
  it('keeps a reporter wounded in the story, on a line that opens with the outlet’s name', () => {
    const t = [
      'KELBY, March 7 (Reuters) - A tank crew fired on a group of journalists near the harbour of Kelby, an inquiry found.',
      'Reuters photographer Anders Lund, 47, cameraman Jon Arve, 53, and two journalists from KBN were also wounded in the attack.',
      'Reporting by Mara Olsen',
    ].join('\n\n');
    const ps = analyzeArticle({ text: t, lang: 'en' }, { ner: loadNerModel('en') }).parties.map((p) => p.name);
    expect(ps).toContain('Anders Lund');
    expect(ps).not.toContain('Mara Olsen');
  });

  it('lists the outlet itself when the story is about it, not when it only files it', () => {
    const about = [
      'KELBY, March 7 (Reuters) - A tank crew killed a Reuters reporter near Kelby, an inquiry contracted by Reuters found.',
      'A Reuters investigation in December found the same. Reuters asked the army for comment.',
      'The surviving Reuters reporters were treated in Kelby. The inquiry was made at the request of Reuters.',
    ].join('\n\n');
    expect(analyzeArticle({ text: about, lang: 'en', site: 'Reuters' }, { ner: loadNerModel('en') }).parties.map((p) => p.name)).toContain('Reuters');
    const files = 'KELBY, March 7 (Reuters) - The port of Kelby reopened on Monday, Mara Olsen, the harbour master, told Reuters.';
    expect(analyzeArticle({ text: files, lang: 'en', site: 'Reuters' }, { ner: loadNerModel('en') }).parties.map((p) => p.name)).not.toContain('Reuters');
  });
});

describe('a credit line at the end names the press', () => {
  it('drops the outlets a "With reports from" line names', () => {
    const t = [
      'Mara Olsen, the harbour master of Kelby, said the port would reopen on Monday after the storm damaged two cranes.',
      '“We are ready,” Olsen said. The ministry in Oslo confirmed that the first ship was due on Tuesday.',
      'With reports from El Economista',
    ].join('\n\n');
    const ps = names(t);
    expect(ps).toContain('Mara Olsen');
    expect(ps).not.toContain('El Economista');
  });
});
