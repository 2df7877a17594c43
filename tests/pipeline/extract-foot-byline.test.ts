// The story's foot credit that names its authors in brackets ("Harbour Radio (Jana Roth, Ola Berg)"): where the
// metadata names the first only, the byline names them all.
import { describe, it, expect } from 'vitest';
import { runHtml, page, prose } from './helpers';

const author = '<meta name="author" content="Jana Roth">';

describe('the authors named in the credit at the story\'s foot', () => {
  it('are all in the byline when the credit names the byline\'s author', () => {
    const r = runHtml(page(`${prose(5)}<p><em>Harbour Radio (Jana Roth, Ola Berg)</em></p>`, { extraHead: author }));
    expect(r.article!.byline).toBe('Jana Roth, Ola Berg');
  });

  it('leave the byline alone when the credit does not name its author (a photo credit, another desk)', () => {
    const r = runHtml(page(`${prose(5)}<p><em>Photos (Max Weber, Eva Lind)</em></p>`, { extraHead: author }));
    expect(r.article!.byline).toBe('Jana Roth');
  });
});
