// Words capitalised by a headline or a dateline are not names; a possessive inside an organisation's name is kept.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../lib/analysis';

const analyse = (text: string, lang = 'en') => analyzeArticle({ text, lang });
const names = (text: string) => analyse(text).parties.map((p) => p.name);
const find = (text: string, name: string) => analyse(text).parties.find((p) => p.name === name);

describe('title-case subheadings', () => {
  const text = [
    'Bakers at the Ostwick Grain Cooperative walked out on Monday after talks with the Harlow Milling Company broke down.',
    'A Quarrel over Early Starts',
    'The cooperative says its members start before dawn. “We are asked to bake before the ovens are even warm,” said Petra Nyman, who chairs the Ostwick Grain Cooperative.',
    'Ruth Abelard, a director of the Harlow Milling Company, said the offer was fair. “Nobody else pays more,” Abelard said.',
    'Hard Words from the Cooperative',
    'Nyman said the walkout would go on until the company returned with a better offer.',
  ].join('\n\n');

  it('makes no party of words capitalised only by headline case', () => {
    const ns = names(text);
    for (const n of ['Quarrel', 'Early Starts', 'Hard Words', 'Words', 'A Quarrel']) expect(ns).not.toContain(n);
    expect(ns).toEqual(expect.arrayContaining(['Petra Nyman', 'Ruth Abelard', 'Ostwick Grain Cooperative', 'Harlow Milling Company']));
  });

  it('lets a heading mention a party the body names', () => {
    const withHead = analyse([
      'Talks between the Rennick Tenants Association and the city ended on Friday without a deal.',
      'Rennick Tenants Association Walks Out',
      'The association said it would return in the spring. Its chair, Ida Sorel, said the rents were too high.',
    ].join('\n\n')).parties;
    const assoc = withHead.find((p) => p.name === 'Rennick Tenants Association')!;
    expect(assoc.type).toBe('organization');
    expect(assoc.mentions).toBe(2);
    expect(withHead.map((p) => p.name)).not.toContain('Walks Out');
  });

  it('leaves sentence-case subheadings and ordinary paragraphs alone', () => {
    const ps = analyse([
      'What the growers say',
      'Lena Voss, a grower near the river, said the harvest was late. “It has never been this wet,” Voss said.',
    ].join('\n\n')).parties;
    expect(ps.find((p) => p.name === 'Lena Voss')).toMatchObject({ type: 'person' });
  });

  it('treats a block in capitals without a full stop as a heading too', () => {
    const ns = names([
      'Members of the Dunmore Rowing Club voted on Sunday to sell the old boathouse.',
      'FAREWELL TO THE BOATHOUSE',
      'The club said the sale would pay for a new pontoon. “It is the end of an era,” said Joan Mercer, its captain.',
    ].join('\n\n'));
    expect(ns).toEqual(expect.arrayContaining(['Dunmore Rowing Club', 'Joan Mercer']));
    for (const n of ['FAREWELL', 'BOATHOUSE', 'FAREWELL TO THE BOATHOUSE']) expect(ns).not.toContain(n);
  });
});

describe('possessives inside organisation names', () => {
  it('keeps "the Dock Workers’ Union" whole and links "the Union" to it', () => {
    const text = [
      'Talks between the Dock Workers’ Union and the Port of Ellesby collapsed on Tuesday.',
      '“We will not sign this,” said Anna Holt, the general secretary of the Dock Workers’ Union.',
      'The Union said a strike ballot would follow. The union has 3,000 members.',
    ].join('\n\n');
    const ps = analyse(text).parties;
    const union = ps.find((p) => p.name === 'Dock Workers’ Union')!;
    expect(union).toMatchObject({ type: 'organization' });
    expect(union.mentions).toBeGreaterThanOrEqual(3);
    expect(ps.map((p) => p.name)).not.toContain('Dock Workers');
    expect(ps.map((p) => p.name)).not.toContain('Union');
  });

  it('handles straight apostrophes and irregular plurals with ’s', () => {
    const ns = names([
      'The Hill Farmers\' Union and the Brackley Women’s Institute wrote to the council on Monday.',
      'The Northfield Children’s Society joined them. “We are all worried,” said Carla Penn, who runs the Northfield Children’s Society.',
    ].join('\n\n'));
    expect(ns).toEqual(expect.arrayContaining(['Hill Farmers\' Union', 'Brackley Women’s Institute', 'Northfield Children’s Society']));
    for (const n of ['Hill Farmers', 'Brackley Women', 'Northfield Children', 'Union', 'Institute', 'Society']) expect(ns).not.toContain(n);
  });

  it('still cuts a possessive before a word that is no organisation head', () => {
    const ps = analyse('Greta Lund’s Rivals met in Dunmore. “We are ready,” said Greta Lund. Lund’s Union of Bakers did not comment.').parties;
    expect(ps.find((p) => p.name === 'Greta Lund')).toMatchObject({ type: 'person' });
    expect(ps.map((p) => p.name)).not.toContain('Greta Lund’s Rivals');
  });
});

describe('datelines', () => {
  it('does not make a dateline an alias of an organisation named after the town', () => {
    const text = [
      'BRAXTON – Members of the Braxton Water Board voted on Thursday to raise charges by a tenth.',
      '“The pipes are older than any of us,” said Hugo Fane, the board’s chairman.',
    ].join('\n\n');
    const board = find(text, 'Braxton Water Board')!;
    expect(board.type).toBe('organization');
    expect(board.aliases).not.toContain('BRAXTON');
    expect(names(text)).not.toContain('BRAXTON');
  });

  it('takes a short dateline as a place, not an acronym', () => {
    for (const text of [
      'TOLLAN – Crews on the night train walked out on Friday. “We had no choice,” said Ines Korr, a driver.',
      'PORT ELLARD, Oct 4 (Wirewatch) — Crews on the night train walked out on Friday. “We had no choice,” said Ines Korr, a driver.',
    ]) {
      const ns = names(text);
      for (const n of ['TOLLAN', 'PORT ELLARD', 'ELLARD']) expect(ns).not.toContain(n);
      expect(ns).toContain('Ines Korr');
    }
  });

  it('keeps an acronym later in the text that is defined there', () => {
    const ps = analyse('TOLLAN – The Tollan Rail Union (TRU) called a strike. The TRU said it would last two days.').parties;
    expect(ps.find((p) => p.name === 'Tollan Rail Union')!.aliases).toEqual(['TRU']);
  });
});
