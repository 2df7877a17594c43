// A row of links filing the story under the site's tags, at its end ("Filed in: Harbours , Floods , …"), is the
// site's furniture in any language: it leaves the reader and the exports as a removal. Known by structure: links to one
// folder of the site, each named by its address, separators only between. A sentence with links, links to
// articles of different folders, and a byline of linked names stay.
import { describe, expect, it } from 'vitest';
import { runHtml, page, prose } from './helpers';

const url = 'https://news.example/local/harbour-wall-approved';
const tag = (t: string, folder = 'tag') => `<span><a href="https://news.example/${folder}/${t.toLowerCase().replace(/ /g, '-')}/">${t}</a></span>`;
const tags = ['Harbours', 'Flood Defence', 'City Council', 'Budget 2026', 'Storm Surge', 'Coastal Erosion', 'Mayor Election', 'Public Works', 'Fishing Fleet', 'Tourism', 'Ferries', 'Insurance'];
const row = (label: string, tags: string[], folder?: string) => `<p><strong>${label}</strong> ${tags.map((t) => tag(t, folder)).join("\n , ")}</p>`;

describe('a row of tag links', () => {
  it('goes, whatever its label says and whatever the folder is called', () => {
    for (const [label, folder] of [['Filed in:', 'tag'], ['Sujets :', 'sujet'], ['', 'k']] as const) {
      const r = runHtml(page(`<div>${prose(4)}${row(label, tags, folder)}</div>`), { url });
      expect(r.article!.text).not.toContain('Flood Defence');
      expect(r.removed.some((x) => x.text.includes('Flood Defence'))).toBe(true);
      expect(r.article!.text).toContain('Paragraph 4 about the harbour wall');
    }
  });

  it('goes by its structure where the classifier keeps it', () => {
    const r = runHtml(page(`<div>${prose(4)}${row('Filed in:', tags)}</div>`), { url });
    expect(r.removed.find((x) => x.text.includes('Flood Defence'))?.rule).toBe('links:tag-list');
  });

  it("goes as the story's last blocks when the tags are set one an item, or one tag alone", () => {
    const list = (ts: string[], folder?: string) => `<ul>${ts.map((t) => `<li>${tag(t, folder)}</li>`).join('')}</ul>`;
    for (const ts of [tags.slice(3, 7), ['Storm Surge']]) {
      const r = runHtml(page(`<div>${prose(4)}${list(ts)}</div>`), { url });
      expect(r.article!.text).not.toContain('Storm Surge');
      expect(r.removed.some((x) => x.text.includes('Storm Surge'))).toBe(true); // a longer list reads as a menu too
      expect(r.article!.text).toContain('Paragraph 4 about the harbour wall');
    }
    const one = runHtml(page(`<div>${prose(4)}${list(['Storm Surge'])}</div>`), { url });
    expect(one.removed.find((x) => x.text.includes('Storm Surge'))?.rule).toBe('links:tag-list');
  });

  it('files a tag that names a payment company with the other tags, not as an appeal for money', () => {
    const list = `<ul>${['Banks', 'PayPal', 'Storm Surge', 'Ferries'].map((t) => `<li>${tag(t)}</li>`).join('')}</ul>`;
    const r = runHtml(page(`<div>${prose(4)}${list}</div>`), { url });
    const paypal = r.removed.find((x) => x.text === 'PayPal');
    expect(paypal?.reason).toBe('navigation');
    expect(r.article!.text).toContain('Paragraph 4 about the harbour wall');
  });

  it('stays as a list of tags before more of the story, and as links to different folders at the end', () => {
    const list = `<ul>${tags.slice(0, 3).map((t) => `<li>${tag(t)}</li>`).join('')}</ul>`;
    expect(runHtml(page(`<div>${prose(2)}${list}${prose(2)}</div>`), { url }).article!.text).toContain('City Council');
    const mixed = `<ul><li>${tag('Harbours')}</li><li>${tag('Flood Defence', 'topic')}</li></ul>`;
    expect(runHtml(page(`<div>${prose(4)}${mixed}</div>`), { url }).article!.text).toContain('Flood Defence');
  });

  it('stays as a sentence with links, as links to different folders, and as a byline of linked names', () => {
    const sentence = `<p>The plan was backed by ${tag('Harbours')} and opposed by ${tag('Flood Defence')} while ${tag('City Council')} abstained.</p>`;
    expect(runHtml(page(`${prose(4)}${sentence}`), { url }).article!.text).toContain('opposed by');
    const mixed = `<p>${['harbour/wall-vote', 'city/budget-2026', 'sport/rowing-cup'].map((p, i) => `<a href="/${p}">Story ${i}</a>`).join(' , ')}</p>`;
    expect(runHtml(page(`${prose(4)}${mixed}`), { url }).removed.some((x) => x.rule === 'links:tag-list')).toBe(false);
    const byline = `<p>${['Jane Doe', 'John Roe', 'Ann Poe'].map((n) => tag(n, 'author')).join(' , ')}</p>`;
    const r = runHtml(page(`${byline}${prose(4)}`, { extraHead: '<meta name="author" content="Jane Doe, John Roe, Ann Poe">' }), { url });
    expect(r.removed.some((x) => x.rule === 'links:tag-list')).toBe(false);
  });
});
