// A live ticker's index at its top: a list whose every item is the title of an entry further down goes as navigation,
// with the bold line titling it; the entries stay. A list whose items are not all entry titles is story text and stays.
import { describe, it, expect } from 'vitest';
import { runHtml, page } from './helpers';

const entry = (time: string, title: string, topic: string) => `<h2>${time}: ${title}</h2>` +
  `<p>Reporters at the scene said the ${topic} had been expected for weeks, and officials confirmed the details in a statement on Tuesday, adding that further updates would follow later.</p>` +
  `<p>Local residents described the ${topic} to reporters, and the council said it would publish its own account of the events of the day before the end of the week.</p>`;
const entries = entry('11.39', 'Ferry service halted after storm', 'halt of the ferries') +
  entry('11.13', 'Harbour wall repairs begin early', 'start of the repairs') + entry('05.19', 'Council votes on new budget', 'budget vote');
const list = (items: string[]) => `<p><b>The news in brief</b></p><ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;

describe("a ticker's own index list", () => {
  it('goes as navigation with its title, while the entries stay', () => {
    const r = runHtml(page(list(['Ferry service halted after storm (11.39)', 'Harbour wall repairs begin early (11.13)', 'Council votes on new budget (05.19)']) + entries));
    const removed = r.removed.filter((x) => x.rule === 'nav:story-index').map((x) => x.text);
    expect(removed).toEqual(['The news in brief', 'Ferry service halted after storm (11.39)', 'Harbour wall repairs begin early (11.13)', 'Council votes on new budget (05.19)']);
    expect(r.article!.text).toContain('11.39: Ferry service halted after storm');
    expect(r.article!.text).toContain('budget vote to reporters');
  });

  it('stays when one item is no entry of the story', () => {
    const r = runHtml(page(list(['Ferry service halted after storm (11.39)', 'Schools stay closed on Friday across the region', 'Council votes on new budget (05.19)']) + entries));
    expect(r.removed.filter((x) => x.rule === 'nav:story-index')).toEqual([]);
    expect(r.article!.html).toContain('Schools stay closed on Friday across the region');
  });
});
