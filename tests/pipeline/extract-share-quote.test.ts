// A tweetable quotation: a sentence of the story set as a link to a share dialog with the button's label inside it.
// The reader, the exports and the analysis keep the sentence and lose the label ("…less stress.Click To Tweet").
import { describe, expect, it } from 'vitest';
import { runHtml, prose } from './helpers';

const tweetable = (shared: string, quote: string, label = 'Click To Tweet') =>
  `<p>So here is the point of it all:</p><a class="ctt" href="https://twitter.com/share?text=${encodeURIComponent(shared)}&amp;via=harbour"><span class="ctt-box"><span class="ctt-text">${quote}</span><span class="ctt-btn">${label}<i class="icon"></i></span></span></a>`;
const page = (box: string) => `<!doctype html><html lang="en"><head><title>Building in small steps</title></head><body><article><h1>Building in small steps</h1>${prose(3)}${box}${prose(3, 'sea wall')}</article></body></html>`;

describe('a tweetable quotation', () => {
  it('keeps the sentence as text and drops the button label', () => {
    const sentence = 'Growing your reach gradually lets you take on the harder work with much less stress.';
    const a = runHtml(page(tweetable(sentence, sentence))).article!;
    expect(a.text).toContain(sentence);
    expect(a.text).not.toContain('Click To Tweet');
    expect(a.html).not.toContain('twitter.com/share');
  });

  it('knows the quotation when the shared text words it a little otherwise', () => {
    const a = runHtml(page(tweetable('The first enemy of progress? The flood of advice that reaches us every day.', 'I believe the first enemy of progress is the flood of advice that reaches us every day.'))).article!;
    expect(a.text).toContain('I believe the first enemy of progress is the flood of advice that reaches us every day.');
    expect(a.text).not.toContain('Click To Tweet');
  });

  it('leaves a share link alone when its words are not the shared text', () => {
    const a = runHtml(page(tweetable('Read this story about the harbour', 'Our readers wrote to the council about the works all winter long.', 'Share'))).article!;
    expect(a.text).toContain('Our readers wrote to the council about the works all winter long.');
    expect(a.html).toContain('twitter.com/share');
  });
});
