// A page without an <h1> (its title in a styled paragraph) that prints its byline as one part of a line of labels and
// values at the start of the story ("05/10/2018 - Publicado por: Jane Roe - Categoria: Saúde"): that name is the byline.
import { describe, expect, it } from 'vitest';
import { prose, runHtml } from './helpers';

const page = (line: string, lang = '') => `<!DOCTYPE html><html${lang ? ` lang="${lang}"` : ''}><head><meta charset="utf-8">
<title>Obras no porto começam na segunda-feira</title><meta name="author" content="Prefeitura - TI"><meta name="generator" content="Prefeitura - TI"></head>
<body><div class="col"><p class="titulo">Obras no porto começam na segunda-feira</p>
<small class="text-muted">${line}</small><br>${prose(5)}</div></body></html>`;

describe('a byline printed as one part of a line at the start of the story', () => {
  it('reads the name after the introducing word of the page language, between a date and a category', () => {
    const a = runHtml(page('<b>05/10/2018</b> - Publicado por: Joana Ribeiro - Categoria: <a href="/noticias?cat=1">Saúde</a>')).article!;
    expect(a.byline).toBe('Joana Ribeiro');
    // the page names no language (a small site's): the line is read in each language whose words are known
    expect(runHtml(page('<b>05/10/2018</b> - Publicado por: Joana Ribeiro - Categoria: Saúde', 'pt')).article!.byline).toBe('Joana Ribeiro');
  });
  it('takes no name without the introducing word, nor a photo credit in a figure', () => {
    expect(runHtml(page('<b>05/10/2018</b> - Joana Ribeiro - Categoria: Saúde')).article!.byline).toBeNull();
    const credit = '05/10/2018</small><figure><img src="/a.jpg"><figcaption><p>O porto - Por Carlos Lima</p></figcaption></figure><small>';
    expect(runHtml(page(credit)).article!.byline).toBeNull();
  });
});

describe('the date of a line of labels and values at the start of the story', () => {
  it('is the story\'s date, read day first in the language whose words introduced the name; the line leaves the body', () => {
    const a = runHtml(page('<b>05/10/2018</b> - Publicado por: Joana Ribeiro - Categoria: <a href="/noticias?cat=1">Saúde</a>')).article!;
    expect(a.publishedTime).toBe('2018-10-05');
    expect(a.html).not.toContain('Publicado por');
    expect(a.text).toContain(prose(1).replace(/<[^>]+>/g, '').trim().slice(0, 40));
  });
  it('leaves the body as a paragraph of its own, long enough to count as the story\'s first', () => {
    const line = '<p><b>05/10/2018</b> - Publicado por: Joana Ribeiro - Categoria: <a href="/c?cat=1">Saúde</a> - Tags: <a href="/t?tag=porto">porto</a> <a href="/t?tag=obras">obras</a> <a href="/t?tag=cais">cais</a></p>';
    const a = runHtml(page(`</small>${line}<small>`)).article!;
    expect(a.publishedTime).toBe('2018-10-05');
    expect(a.html).not.toContain('Publicado por');
  });
  it('stays in the body when it names nobody the header names', () => {
    const a = runHtml(page('<b>05/10/2018</b> - Joana Ribeiro - Categoria: Saúde')).article!;
    expect(a.publishedTime).toBeNull();
    expect(a.html).toContain('Joana Ribeiro - Categoria');
  });
});

