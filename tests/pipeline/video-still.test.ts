// Not the story's pictures: a video's still (a play control and the video's length on it) is a link to a video the
// reader cannot play, never a full-width photo nor the lead photo; a sign-up box's illustration goes with its form.
import { describe, it, expect } from 'vitest';
import { videoCard } from '../../lib/video-still';
import { parse, runHtml, page, prose } from './helpers';

const PLAY = '<div class="c-button"><svg><use href="#play"></use></svg></div>';
/** A player's card: the still, a play icon, the length and the title (Global News' shape). */
const card = (n: number, caption = '') => `<figure><div class="c-video"><span><img width="640" height="360" data-src="https://cdn.example/v/still-${n}.jpg" alt="Play: video ${n}"><span>${PLAY}<div><time>2:3${n}</time><span>Video ${n} about another story</span></div></span></span></div>${caption ? `<figcaption>${caption}</figcaption>` : ''}</figure>`;
const PHOTO = '<figure><img src="https://cdn.example/p/harbour.jpg" width="1200" height="800" alt="The harbour wall"><figcaption>The wall at dawn</figcaption></figure>';

describe('a video still', () => {
  it('is no lead photo, and its caption goes with it', () => {
    const html = runHtml(page(card(1, 'RELATED: the other story') + prose(3) + PHOTO + prose(3))).article!.html;
    expect(html).not.toContain('still-1');
    expect(html).not.toContain('RELATED');
    expect(html).toContain('harbour.jpg');
  });

  it('in the body is no picture, nor is its length and title a caption', () => {
    const html = runHtml(page(prose(3) + card(2) + prose(3))).article!.html;
    expect(html).not.toContain('still-2');
    expect(html).not.toContain('2:32');
  });

  it('is told by a card that is itself a button (CNBC), in any language', () => {
    const card = '<div role="button" tabindex="0"><div><div><img src="https://cdn.example/v/still-3.jpg" alt="Titel"><span>ansehen</span></div><div><span>4:42</span><div>Titel des Videos</div></div></div></div>';
    const html = runHtml(page(prose(3) + card + prose(3))).article!.html;
    expect(html).not.toContain('still-3');
  });

  it('but a photo with a clock time in its caption, or an author beside a read-aloud player, stays', () => {
    const clock = '<figure><img src="https://cdn.example/p/night.jpg" width="1200" height="800" alt="Night"><figcaption>Firefighters at <time datetime="2024-02-24T11:46">11:46</time></figcaption></figure>';
    const html = runHtml(page(prose(3) + clock + prose(3))).article!.html;
    expect(html).toContain('night.jpg');
    const author = '<div><img src="https://cdn.example/a/jd.png" width="35" height="35" alt="Editor"><span>By Jane Doe</span><div><button>Listen</button><span>0:00</span></div></div>';
    expect(videoCard(parse(`<html><body>${author}</body></html>`).querySelector('img')!)).toBeNull();
  });
});

describe('a sign-up box\'s picture', () => {
  it('goes with its form, whose words Readability drops', () => {
    const box = '<div class="c-inlineSignup"><div><img width="170" height="225" src="https://cdn.example/i/skyline.jpg" alt="Get daily news delivered to your inbox."></div><div><h2>Get daily news</h2><div>Get daily news delivered to your inbox.</div><form><input type="email" placeholder="Email address"><button>Sign up</button></form></div></div>';
    const html = runHtml(page(prose(3) + box + prose(3))).article!.html;
    expect(html).not.toContain('skyline.jpg');
    expect(html).toContain('Paragraph 2');
  });
});
