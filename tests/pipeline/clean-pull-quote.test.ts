// A pull quote (a sentence of the story set again in large type beside it) is read once, in its paragraph; a
// subhead quoting the story and a line that only shares some words with it stay.
import { describe, it, expect } from 'vitest';
import { runHtml, page, prose } from './helpers';

const said = 'Nous n’accepterons pas que le gouvernement ferme le port sans nous consulter';
const paragraph = `<p>Devant la mairie, la présidente du syndicat a pris la parole devant plusieurs milliers de dockers venus de tout le littoral. « ${said}. » Elle a ensuite appelé à une nouvelle grève la semaine prochaine si rien ne change.</p>`;

describe('pull quotes', () => {
  it('go, in any language, and the paragraph keeps every word', () => {
    const r = runHtml(page(prose(3) + `<blockquote><p>« ${said} »</p></blockquote>` + paragraph + prose(3, 'sea lock')));
    const text = r.article!.text;
    expect(text.split(said).length - 1).toBe(1); // once, in its paragraph
    expect(text).toContain('Elle a ensuite appelé à une nouvelle grève');
    expect(r.removed.find((x) => x.rule === 'copy:pull-quote')?.text).toContain(said);
    expect(r.removed.find((x) => x.rule === 'copy:pull-quote')?.reason).toBe('duplicate');
  });

  it('a subhead quoting the paragraph below it stays', () => {
    const r = runHtml(page(prose(3) + `<h2>« ${said} »</h2>` + paragraph + prose(3, 'sea lock')));
    expect(r.article!.text.split(said).length - 1).toBe(2);
    expect(r.removed.some((x) => x.rule === 'copy:pull-quote')).toBe(false);
  });

  it('a short paragraph that shares only some of its words with another stays', () => {
    const own = 'Nous n’accepterons pas que le gouvernement ferme les écoles du quartier cet hiver';
    const r = runHtml(page(prose(3) + `<p>${own}.</p>` + paragraph + prose(3, 'sea lock')));
    expect(r.article!.text).toContain(own);
    expect(r.removed.some((x) => x.rule === 'copy:pull-quote')).toBe(false);
  });
});

describe('words quoted again after their paragraph', () => {
  it('stay: the writer returns to them', () => {
    const r = runHtml(page(prose(3) + paragraph + prose(1, 'sea lock') + `<p>« ${said}… »</p>` + prose(3, 'quay')));
    expect(r.article!.text.split(said).length - 1).toBe(2);
    expect(r.removed.some((x) => x.rule === 'copy:pull-quote')).toBe(false);
  });
});
