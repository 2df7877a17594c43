// The comment box's rules line, set right before the comment thread ("Note: comments that insult … will not be
// approved by the moderator."), stays as the story's last line once Readability drops the thread's box: it leaves
// the reader view and the exports. Without the thread's box after it, or without a word for comments, the line is
// the story's own and stays.
import { describe, expect, it } from 'vitest';
import { runHtml, page, prose } from './helpers';

const rules = 'ATTENTION: Comments with unreadable text or that insult other readers will not be approved by the moderator.';
const thread = '<div id="disqus_thread"></div>';

describe("the comment box's rules line", () => {
  it('goes when it stands right before the comment thread', () => {
    const r = runHtml(page(`${prose(3)}<p>${rules}</p>`, { outside: thread }));
    expect(r.article!.text).not.toContain('approved by the moderator');
    expect(r.removed.find((x) => x.text.includes('approved by the moderator'))?.rule).toBe('markup:comment-note');
    expect(r.article!.text).toContain('Paragraph 3 about the harbour wall');
  });

  it('goes in the words of a language with a list (Portuguese), after a table with no prose', () => {
    const table = '<table><tr><th>Pos</th><th>Driver</th><th>Points</th></tr><tr><td>1</td><td>Ana Lima</td><td>40</td></tr><tr><td>2</td><td>Rui Costa</td><td>32</td></tr></table>';
    const pt = 'ATENÇÃO: Comentários com textos ininteligíveis não serão aprovados pelo moderador.';
    const r = runHtml(page(`<p>Standings after the last race of the season:</p>${table}${prose(2)}<p>${pt}</p>`, { outside: thread }));
    expect(r.article!.text).not.toContain('aprovados pelo moderador');
  });

  it('stays without the thread after it, or without a word for comments', () => {
    const alone = runHtml(page(`${prose(3)}<p>${rules}</p>`));
    expect(alone.article!.text).toContain('approved by the moderator');
    const last = 'The mayor said the harbour board would decide on the works before the end of the month.';
    const story = runHtml(page(`${prose(3)}<p>${last}</p>`, { outside: thread }));
    expect(story.article!.text).toContain('decide on the works before the end');
  });
});
