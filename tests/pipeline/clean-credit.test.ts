// A credit line at the foot of a story ("With files from The Associated Press", "Quelle: dpa") is the making of the
// story, not the story: it leaves the text and stays in the article's HTML as small print. The same words inside
// the story are the writer's. A paywall notice where the page cuts the story goes.
import { describe, it, expect } from 'vitest';
import { runHtml, page, prose } from './helpers';

describe('credit lines at the foot', () => {
  it('leave the text and stay in the HTML, in several languages', () => {
    for (const credit of ['With files from The Associated Press and Jane Roe', '— Associated Press writer John Doe in Paris contributed to this report.',
      'Reporting by Jane Roe; Editing by John Doe', 'Quelle: ntv.de, dpa', 'Mit Informationen der Nachrichtenagenturen AFP und Reuters.']) {
      const r = runHtml(page(prose(8) + `<p>${credit}</p>`));
      expect(r.article!.text).not.toContain(credit.slice(0, 20));
      expect(r.article!.html).toContain(credit.slice(0, 20));
      expect(r.article!.text).toContain('Paragraph 8 about the harbour wall');
    }
  });

  it('stay in the text inside the story', () => {
    const line = 'According to reporting by the harbour gazette, the engineers will deliver their final report on the wall in March.';
    const r = runHtml(page(prose(4) + `<p>${line}</p>` + prose(6).replace(/Paragraph (\d)/g, 'Section $1')));
    expect(r.article!.text).toContain(line);
  });

  it('a paywall notice where the story is cut goes (French, at the foot); the same words inside the story stay', () => {
    const notice = 'Il vous reste 57.09% de cet article à lire. La suite est réservée aux abonnés.';
    const r = runHtml(page(prose(8) + `<p><strong>${notice}</strong></p>`));
    expect(r.article!.text).not.toContain('Il vous reste');
    expect(r.removed.some((x) => x.reason === 'paywall' && x.text.startsWith('Il vous reste'))).toBe(true);
    const inside = 'Le maire a rappelé que la suite est réservée aux abonnés du port, qui paient la taxe depuis 1990, et que la mairie ne changera rien.';
    expect(runHtml(page(prose(3) + `<p>${inside}</p>` + prose(6).replace(/Paragraph (\d)/g, 'Section $1'))).article!.text).toContain(inside);
  });
});
