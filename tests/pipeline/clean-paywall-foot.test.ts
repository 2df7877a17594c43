// A paywall notice where the page cuts the story goes; the same words inside the story are the writer's.
import { describe, it, expect } from 'vitest';
import { runHtml, page, prose } from './helpers';

describe('a paywall notice at the foot', () => {
  it('goes (French, at the foot); the same words inside the story stay', () => {
    const notice = 'Il vous reste 57.09% de cet article à lire. La suite est réservée aux abonnés.';
    const r = runHtml(page(prose(8) + `<p><strong>${notice}</strong></p>`));
    expect(r.article!.text).not.toContain('Il vous reste');
    expect(r.removed.some((x) => x.reason === 'paywall' && x.text.startsWith('Il vous reste'))).toBe(true);
    const inside = 'Le maire a rappelé que la suite est réservée aux abonnés du port, qui paient la taxe depuis 1990, et que la mairie ne changera rien.';
    expect(runHtml(page(prose(3) + `<p>${inside}</p>` + prose(6).replace(/Paragraph (\d)/g, 'Section $1'))).article!.text).toContain(inside);
  });
});
