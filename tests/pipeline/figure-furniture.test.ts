// A figure's furniture (issue 8): a player's label set on its poster ("Video" beside a play icon) and a notice set as
// a figure with nothing to caption (a list of what turning off an ad blocker would give) are no news; the picture,
// its caption and a quotation set as a figure stay. Invented pages; lib/figure-furniture.ts.
import { describe, it, expect } from 'vitest';
import { toMarkdown } from '../../lib/export';
import { runFigure as run } from './helpers';

const SRC = 'https://news.example/media/harbour/poster.jpg';

describe("a figure's furniture", () => {
  it("drops a player's label (an icon and a word) on the poster, keeping the poster and its caption", () => {
    const r = run(`<figure><div><div><img src="${SRC}" alt="The ferry leaves the harbour" width="720" height="405"><span><svg width="18" height="18"><use/></svg> Clip </span><video></video></div></div><figcaption>The ferry leaves the harbour at dawn.</figcaption></figure>`);
    const html = r.article!.html;
    expect(html).toContain('poster.jpg');
    expect(html).toContain('The ferry leaves the harbour at dawn.');
    expect(html).not.toMatch(/>\s*Clip\s*</);
    expect(toMarkdown(r)).not.toMatch(/\) Clip/);
  });

  it("drops a gallery's count on its first picture (an icon and a number)", () => {
    const r = run(`<figure><p><img src="${SRC}" alt="The ferry" width="720" height="405"></p><div><div><svg width="24" height="24"><path/></svg><span>See 6 pictures</span></div></div><figcaption>The ferry at dawn.</figcaption></figure>`);
    expect(r.article!.html).not.toContain('See 6 pictures');
    expect(r.article!.html).toContain('The ferry at dawn.');
  });

  it('keeps a credit beside the picture, with an icon or without', () => {
    const r = run(`<figure><img src="${SRC}" alt="The ferry" width="720" height="405"><span>Jane Doe</span><figcaption>The ferry at dawn.</figcaption></figure>`);
    expect(r.article!.html).toContain('Jane Doe');
    const icon = run(`<figure><img src="${SRC}" alt="The ferry" width="720" height="405"><span><svg width="16" height="16"><path/></svg> Jane Doe</span><figcaption>The ferry at dawn.</figcaption></figure>`);
    expect(icon.article!.html).toContain('Jane Doe');
  });

  // A player's card set as the figure's caption: the medium, its length, its date and its author, and a link to the
  // audio's own page with its title; the photo's own caption sits in a box after the picture.
  const card = (length: string) => `<figure><figcaption><p><span>Audio</span><span> ${length} </span><span>| <time datetime="2026-01-05">05.01.26</time></span><span>| Mara Lind</span></p>` +
    `<a href="https://news.example/audio/harbour-wall-debate"><h3><span>How the harbour wall was won</span></h3></a></figcaption>` +
    `<div><img src="${SRC}" alt="The harbour wall" width="720" height="405"></div><div><span>The old harbour wall at low tide. </span><span>Photo: Jane Doe</span></div></figure>`;

  it("drops a player's card set as the caption (a length and a link to the medium's page); the photo's caption becomes the caption", () => {
    const r = run(card('03:07 Min.'));
    const html = r.article!.html;
    expect(html).toContain('poster.jpg');
    expect(html).not.toContain('How the harbour wall was won');
    expect(html).not.toContain('03:07');
    expect(html).toMatch(/<figcaption>[^]*The old harbour wall at low tide\.[^]*Photo: Jane Doe[^]*<\/figcaption>/);
  });

  it('keeps a caption with a link but no length', () => {
    const r = run(card('Interview'));
    expect(r.article!.html).toContain('How the harbour wall was won');
  });

  it('drops a box set as a figure whose caption is a list, with nothing to caption', () => {
    const r = run(`<figure id="x"><style>figure#x{position:absolute}</style><figcaption>Please turn on the scripts.<br>Or take the <a href="https://account.news.example/plan">plain plan</a><br>and read<ul><li>without ads</li><li>without scripts</li><li>with full feeds</li></ul></figcaption></figure>`);
    expect(r.article!.html).not.toContain('without ads');
    expect(r.article!.text).not.toContain('Please turn on the scripts');
  });

  it('keeps a quotation set as a figure, and a caption of a picture that holds a list', () => {
    const q = run(`<figure><blockquote><p>We will sail again when the wind allows it, not before.</p></blockquote><figcaption>Harbour master<ul><li>since 2004</li></ul></figcaption></figure>`);
    expect(q.article!.text).toContain('We will sail again');
    const p = run(`<figure><img src="${SRC}" alt="The ferry" width="720" height="405"><figcaption>On board:<ul><li>the captain</li><li>two sailors</li></ul></figcaption></figure>`);
    expect(p.article!.html).toContain('two sailors');
  });
});
