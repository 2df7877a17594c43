// A page whose metadata gives no date prints it as a line of its own beside the headline, a label then the date in
// brackets ("Posted :[ 2018-08-25 15:24 ]"): the headline is found by the page's title, whatever element sets it.
import { describe, expect, it } from 'vitest';
import { prose, runHtml } from './helpers';

const page = (after: string, title = 'Harbour wall talks end without a deal') => `<!DOCTYPE html><html><head><meta charset="utf-8">
<title>${title} - Harbour Weekly</title></head><body><div class="top"><a href="/"><h1>Harbour Weekly</h1></a></div>
<div class="news"><dl class="newsTitle"><dt>${title}</dt></dl>
${after}
<div class="newsArticle">${prose(5)}</div></div></body></html>`;

describe('the date line beside the printed headline', () => {
  it('is the story\'s date and time when the metadata gives none', () => {
    expect(runHtml(page('Posted :[ 2018-08-25 15:24 ]')).article!.publishedTime).toBe('2018-08-25T15:24:00');
  });
  it('is no date line when it is a sentence, or stands after the story\'s text', () => {
    expect(runHtml(page('<p>The talks, held on 2018-08-25 in the old town hall, ended late in the evening without a deal.</p>')).article!.publishedTime).toBeNull();
    expect(runHtml(page('<p>The talks ended late in the evening without a deal, as the union had warned for weeks.</p> Posted :[ 2018-08-25 15:24 ]')).article!.publishedTime).toBeNull();
  });
});
