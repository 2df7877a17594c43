// "X said he was present when doctors told them: “…”": the quotation the later verb of saying introduces with its
// colon is the words of that verb's subject, not of the person reporting the scene.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../lib/analysis';

const said = (text: string) => analyzeArticle({ text, lang: 'en' }).quotes[0]!;

describe('a quotation introduced by another speech act', () => {
  it('is not the reporter’s', () => {
    const q = said('Nangolo Mbumba said he was present when doctors told those at the hospital: “We just lost him.”');
    expect(q.speaker).toBeNull();
    expect(q.speakerMention).toBe('doctors');
    expect(said('Nangolo Mbumba said he was present when Anna Shikongo told them: “We just lost him.”').speaker).toBe('Anna Shikongo');
  });

  it('is the reporter’s when he is the one who tells', () => {
    expect(said('Nangolo Mbumba said he told the cabinet: “We just lost him.”').speaker).toBe('Nangolo Mbumba');
  });
});
