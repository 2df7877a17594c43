// A box's own picture goes with the box (lib/clean/box-picture.ts): a newsletter sign-up's graphic stayed in the
// reader and the Markdown under the lead photo once its pitch, heading and form were removed. A photo of the story
// stays: the lead photo, a captioned one, and one beside a single removed line.
import { describe, expect, it } from 'vitest';
import { runHtml, page, prose } from './helpers';
import { toMarkdown } from '../../lib/export';

const lead = '<figure><img src="https://img.example/quay.jpg" alt="The quay at dawn"><figcaption>The quay at dawn.</figcaption></figure>';
const signup = '<div class="nl-box"><div><img src="https://img.example/static/signup-graphic.png" alt="Harbour Alerts"></div><div>' +
  '<p>Sign up for the Harbour Weekly newsletter</p><p>Subscribe to the Harbour Weekly newsletter</p></div></div>';

describe('a bare picture in a box whose other blocks were all removed', () => {
  it('goes with them, with their reason; the lead photo stays', () => {
    const r = runHtml(page(lead + prose(2) + signup + prose(3, 'ferry strike')));
    const md = toMarkdown(r);
    expect(md).not.toContain('signup-graphic.png');
    expect(md).toContain('![The quay at dawn](https://img.example/quay.jpg)');
    const pic = r.removed.find((x) => x.rule === 'media:removed-box');
    expect(pic?.text).toBe('Harbour Alerts');
    expect(pic?.reason).toBe(r.removed.find((x) => x.text.startsWith('Sign up for the Harbour'))?.reason);
  });

  it('stays when its box lost one line only, or holds a caption', () => {
    const photo = '<div class="pic"><div><img src="https://img.example/ferry.jpg" alt="The ferry"></div><p>Share</p></div>';
    const r = runHtml(page(prose(2) + photo + prose(3, 'ferry strike')));
    expect(toMarkdown(r)).toContain('ferry.jpg');
  });
});
