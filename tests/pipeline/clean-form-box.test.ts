// A sign-in or sign-up box inside the story: Readability drops its form (the one sure sign) and leaves its heading
// and its "or" divider in the article. The box is found by structure before Readability (a form asking for an email
// address or a password, and the few short lines around it), in any language, and removed with a reason that can
// be undone. A paragraph of the story beside such a form stays.
import { describe, it, expect } from 'vitest';
import { runHtml, page, prose } from './helpers';

const wall = (heading: string, or: string) =>
  `<div class="gate"><div class="gate__inner"><h2>${heading}</h2><form method="post"><label for="e">E-post</label>` +
  `<input id="e" type="email" name="email"><button>OK</button></form><div class="divider"><span>${or}</span></div></div></div>`;

describe('sign-in and sign-up boxes', () => {
  it('removes the heading and divider a sign-in box leaves, in a language no list knows, with a reason', () => {
    const r = runHtml(page(prose(3) + wall('Logg inn eller opprett en konto', 'eller') + prose(3, 'sea wall')));
    expect(r.article!.text).not.toContain('Logg inn eller opprett');
    expect(r.article!.text.split('\n\n')).not.toContain('eller');
    const gone = r.removed.filter((x) => x.rule === 'form:box').map((x) => x.text);
    expect(gone).toContain('Logg inn eller opprett en konto');
    expect(r.article!.text).toContain('Paragraph 3 about the sea wall');
  });

  it('keeps a paragraph of the story that stands in the same box as a form', () => {
    const story = 'The harbour board said on Tuesday that readers who wrote in about the ferry timetable would get an answer from the mayor herself before the council meets again next month to vote on the new schedule.';
    const box = `<div class="box"><p>${story}</p><form><input type="email"><button>OK</button></form></div>`;
    const r = runHtml(page(prose(3) + box + prose(3, 'sea wall')));
    expect(r.article!.text).toContain(story);
  });
});
