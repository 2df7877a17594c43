// Captions set apart from a <figure> (lib/clean/caption.ts): they leave the article's text and stay in its HTML
// beside their picture or video; small print, a player's fallback and a share bar under a picture are no captions.
import { describe, it, expect } from 'vitest';
import { runHtml, page, prose, parse } from './helpers';
import { blockSignals } from '../../lib/clean/signals';
import { siteInfo } from '../../lib/clean/context';

const IMG = '<img src="https://img.example/wall.jpg" width="800" height="500" alt="">';
const text = (body: string) => {
  const r = runHtml(page(prose(3) + body + prose(3).replace(/Paragraph/g, 'Section')));
  return { text: r.article!.text, html: r.article!.html, removed: r.removed.map((x) => x.text) };
};

describe('captions apart from a figure', () => {
  it("takes a picture's box closed by a rule for a caption: the caption and its credit leave the text, stay in the HTML", () => {
    const cap = 'Trade with the harbour authority has fallen sharply in recent years.';
    const r = text(`<div class="c1"><div class="pic"><picture>${IMG}</picture></div><div class="c2">${cap}</div><div class="c3">Source: AFP</div><hr></div>`);
    expect(r.text).not.toContain(cap);
    expect(r.html).toContain(cap);
  });

  it("takes a block whose words are all in a caption-named element beside a player for a caption, not small print in a sign-up box", () => {
    const cap = 'The mayor has been promoted to chief of the council. Some residents fear the works will stall.';
    const r = text(`<div class="embed"><div class="player-ui"><img src="https://img.example/still.jpg" alt=""></div><p><span class="media-caption">${cap}</span></p></div>`);
    expect(r.text).not.toContain(cap);
    expect(r.html).toContain(cap);
    const note = 'You can unsubscribe whenever you like. More details are in our privacy notice for readers.';
    const s = text(`<div class="signup"><h3>Weekly letter</h3><p><span class="Caption_caption__x1">${note}</span></p></div>`);
    expect(s.text.includes(note) || s.removed.includes(note)).toBe(true);
  });

  it("takes a video's title and its emphasised label for its caption, not a heading in a sports table's player row", () => {
    const title = 'Residents worry the new wall could flood the old town';
    const label = 'WATCH | Residents react to the vote on the harbour wall:';
    const r = text(`<p><strong><em>${label}</em></strong></p><div class="video-card"><div class="thumb"><img src="https://img.example/still.jpg" alt=""></div><h3>${title}</h3><p>1:30</p></div>`);
    expect(r.text).not.toContain(title);
    expect(r.text).not.toContain(label);
    expect(r.html).toContain(title);
    // Small print in the reader view, as a <figcaption> is.
    expect(r.html).toMatch(new RegExp(`<small>${title}</small>`));
    const row = text(`<div class="player-row"><h3>Jane Holloway</h3><p>5040 points</p></div>`);
    expect(row.text).toContain('Jane Holloway');
  });

  it("keeps a plain line ending with a colon before a picture in the text", () => {
    const lead = 'The engineers showed the council this drawing of the wall:';
    const r = text(`<p>${lead}</p><figure>${IMG}<figcaption>The drawing of the wall.</figcaption></figure>`);
    expect(r.text).toContain(lead);
  });

  it("takes no player's fallback and no share bar under a picture for a caption", () => {
    const doc = parse(`<div id="root"><div class="clip"><video controls><p><source src="https://v.example/a.mp4"></p><p id="fb">To view this video please enable JavaScript</p></video></div>` +
      `<div class="pic">${IMG}<p id="bar"><a href="https://wa.me/?text=x">Whatsapp</a> <a href="https://www.facebook.com/sharer.php?u=x">Facebook</a></p></div>` +
      `<div class="pic">${IMG}<p id="cap">The wall at low tide</p></div></div>`);
    const root = doc.getElementById('root')!;
    const caption = (id: string) => blockSignals(doc.getElementById(id)!, siteInfo(null, null), root).caption;
    expect(caption('fb')).toBe(false);
    expect(caption('bar')).toBe(false);
    expect(caption('cap')).toBe(true);
  });
});
