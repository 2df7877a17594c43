// A short line the layout puts between the story's sections again and again ("Continue reading the main story"
// after each ad break): furniture by repetition alone, whatever its words. A line the story itself repeats stays.
import { describe, expect, it } from 'vitest';
import { runHtml, page, prose } from './helpers';

const part = (k: number, topic: string) => prose(2, `${topic} ${k}`);

describe('a short line standing again and again between the story\'s paragraphs', () => {
  it('goes in every copy, linked or not, in any wording; the story stays whole', () => {
    for (const line of ['<a href="#part-2">Weiter im Haupttext</a>', 'Lees verder onder de advertentie']) {
      const html = [1, 2, 3].map((k) => `${part(k, 'ferry strike')}<p>${line}</p>`).join('') + part(4, 'ferry strike');
      const r = runHtml(page(html));
      const text = line.replace(/<[^>]+>/g, '');
      expect(r.article!.html).not.toContain(text);
      expect(r.removed.filter((x) => x.text === text).map((x) => x.rule)).toEqual(['duplicate:scattered', 'duplicate:scattered', 'duplicate:scattered']);
      for (const k of [1, 2, 3, 4]) expect(r.article!.html).toContain(`ferry strike ${k}`);
    }
  });
  it('stays when it stands only twice, ends as a sentence, opens what follows, or repeats between short lines, as a field or a point of a list', () => {
    const twice = [1, 2].map((k) => `${part(k, 'quay')}<p>Hold the line, comrades</p>`).join('') + part(3, 'quay');
    const sentence = [1, 2, 3].map((k) => `${part(k, 'quay')}<p>The strike goes on.</p>`).join('') + part(4, 'quay');
    const label = [1, 2, 3].map((k) => `${part(k, 'quay')}<p>Harbour master Jane Roe:</p>`).join('') + part(4, 'quay');
    const refrain = part(1, 'quay') + '<p>Hold the line, comrades</p><p>The tide is ours</p><p>Hold the line, comrades</p><p>The quay is ours</p><p>Hold the line, comrades</p>' + part(2, 'quay');
    const card = [1, 2, 3].map((k) => `${part(k, 'kettle')}<div class="buy"><p>£${k}05</p><p>Price at</p><p>Shop number ${k}</p></div>`).join('') + part(4, 'kettle');
    const field = [1, 2, 3].map((k) => `${part(k, 'sleeping bag')}<ul><li>Weight ${k} kg</li><li>Synthetic fill only</li></ul>`).join('') + part(4, 'sleeping bag');
    const spec = [1, 2, 3].map((k) => `${part(k, 'tent')}<p>Berths ${k}</p><p>Rating: three seasons</p>`).join('') + part(4, 'tent');
    for (const [html, line] of [[twice, 'Hold the line, comrades'], [sentence, 'The strike goes on.'], [label, 'Harbour master Jane Roe:'], [refrain, 'Hold the line, comrades'],
      [card, 'Price at'], [field, 'Synthetic fill only'], [spec, 'Rating: three seasons']] as const) {
      const r = runHtml(page(html));
      expect(r.removed.filter((x) => x.rule === 'duplicate:scattered')).toEqual([]);
      expect(r.article!.html).toContain(line);
    }
  });
});
