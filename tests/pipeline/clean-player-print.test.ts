// A video card inside the story keeps its still, title and blurb (captions), but its age ("14 hours ago") and its
// length ("Duration 1:30") leave, recorded as removals; the same lines outside a card, or above the story, stay.
import { describe, it, expect } from 'vitest';
import { runHtml, page, prose } from './helpers';

// A card as a news site sets it: the still and the title with the small print in one box, the blurb under it.
const card = (age: string, length: string) => '<span><span><div class="video-card" title="Residents watch the wall rise"><div><p><img src="https://news.example/stills/wall.jpg" alt=""></p></div>' +
  `<div><h3><small>Residents watch the wall rise</small></h3><div><p><span>${age}</span></p><div><p><span>${length}</span></p></div></div></div></div>` +
  '<p class="video-caption"><span>The mayor opened the first section of the harbour wall on Monday.</span></p></span></span>';

describe("a player's small print in the story", () => {
  it('goes, recorded, while the card keeps its still, title and blurb', () => {
    const r = runHtml(page(prose(2) + card('14 hours ago', 'Duration 1:30') + prose(3)));
    const removed = r.removed.map((x) => x.text);
    expect(removed).toContain('14 hours ago');
    expect(removed).toContain('Duration 1:30');
    expect(r.removed.find((x) => x.text === '14 hours ago')!.rule).toBe('media:player-print');
    expect(r.article!.html).toContain('Residents watch the wall rise');
    expect(r.article!.html).toContain('first section of the harbour wall');
    expect(r.article!.html).toContain('stills/wall.jpg');
  });

  it('stays when it is no age or length, or stands outside a card', () => {
    const r = runHtml(page(prose(2) + card('5 January 2026', 'Part 2 of 3') + prose(2) + '<p>14 hours ago</p>' + prose(2)));
    const removed = r.removed.map((x) => x.text);
    expect(removed).not.toContain('5 January 2026');
    expect(removed).not.toContain('14 hours ago');
  });
});
