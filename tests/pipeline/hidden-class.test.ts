// A DOM without the page's style sheets (the CLI's) cannot compute what the CSS frameworks' `hidden` class hides: a
// navigation label the page never shows, the closed variants of a subscribe box. They stay out of the article, as the
// extension's snapshot of the live page leaves them out; a breakpoint's class that shows the element again keeps it,
// and so does the story's prose behind the class.
import { describe, expect, it } from 'vitest';
import { runHtml, page, prose } from './helpers';
import { hiddenByClass } from '../../lib/hidden-class';
import { parse } from './helpers';

const el = (cls: string) => parse(`<div class="${cls}">x</div>`).querySelector('div')!;

describe('the framework class that hides', () => {
  it('is read from the class list, a breakpoint that shows the element again excepted', () => {
    expect(hiddenByClass(el('hidden'))).toBe(true);
    expect(hiddenByClass(el('box box--closed hidden'))).toBe(true);
    expect(hiddenByClass(el('hidden md:block'))).toBe(false);
    expect(hiddenByClass(el('print:hidden overflow-hidden'))).toBe(false);
    expect(hiddenByClass(el('visually-hidden-focusable'))).toBe(false);
  });

  it('keeps a label and a closed box out of the article, and the prose behind it in', () => {
    const label = '<div><header><div><span class="hidden print:hidden">Site Navigation</span></div></header></div>';
    const box = '<div class="offer hidden"><ul><li>Analysis on all things harbour by our award-winning team, newsletters and virtual events.</li></ul></div>';
    const r = runHtml(page(`${label}<div>${prose(2)}</div>${box}<div>${prose(2, 'sea lock')}</div>`));
    expect(r.article!.text).not.toContain('Site Navigation');
    expect(r.article!.text).not.toContain('Analysis on all things harbour');
    expect(r.article!.text).toContain('Paragraph 2 about the sea lock');
    const story = runHtml(page(`<div>${prose(2)}</div><div class="hidden">${prose(3, 'quay')}</div>`));
    expect(story.article!.text).toContain('Paragraph 3 about the quay');
  });
});
