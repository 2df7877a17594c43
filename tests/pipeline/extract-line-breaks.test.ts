// Line breaks a site draws with its style sheet: an empty <span class="… br"> (or one its inline style sets as a
// block) between two sentences of a story set as bare text. The page shows two lines; the reader, the exports and
// the analysis read "…was hiding.She was found" unless the span becomes a break.
import { describe, expect, it } from 'vitest';
import { runHtml } from './helpers';

const story = (sep: string) => `<!doctype html><html lang="en"><head><title>Children found safe</title></head><body><article><h1>Children found safe</h1>
<div class="story"><div class="lead"><img src="https://example.org/a.jpg" alt="Children found safe after a long night in the hills"></div>Rescuers walked through the night across the hills, and at dawn they reached the old shepherd's hut where a girl later named Mira was hiding.${sep}She was found with her brother, both cold but unhurt, and carried down to the village by the volunteers.${sep}${sep}The mayor thanked the volunteers on Tuesday and said the search had shown what the valley could do when its people worked together for a whole night.</div>
</article></body></html>`;

const text = (sep: string) => runHtml(story(sep)).article!.text;

describe('line breaks drawn by style', () => {
  it('parts sentences at an empty span named as a break', () => {
    const t = text('<span class="rich-component br" data-pos="2"></span>');
    expect(t).not.toContain('hiding.She');
    expect(t).toMatch(/was hiding\.\s+She was found/);
    // Two breaks in a row part paragraphs, as Readability parts them at <br><br>.
    expect(t).toMatch(/volunteers\.\n\nThe mayor/);
  });

  it('parts them at an empty inline element its own style sets as a block', () => {
    expect(text('<span style="display: block"></span>')).toMatch(/was hiding\.\s+She was found/);
  });

  it('leaves text alone where no break is drawn', () => {
    expect(text('<span class="rich-component"></span>')).toContain('hiding.She');
  });
});
