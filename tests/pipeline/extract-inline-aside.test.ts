// An info box set in the story as an <aside>: Readability removes every <aside> from its article, so the box's
// paragraphs were lost. It comes back in its place; an aside that is no part of the story's flow (a sidebar, a box
// of links, a sign-up form) stays out.
import { describe, it, expect } from 'vitest';
import { toMarkdown } from '../../lib/export';
import { runHtml, page, prose } from './helpers';

const box = `<aside class="inline-box"><div class="box-inner"><span class="mark">Info</span><b>How a tide gauge works</b>
  <p><strong>Gauge </strong>A tide gauge measures the height of the sea against a fixed mark on the quay, every minute of the day and night.</p>
  <p><strong>Record </strong>The readings of a century show how fast the water has risen, and engineers plan their walls on them.</p></div></aside>`;
const before = '<p>The engineers said the wall must stand a metre higher than the old one, to meet the tides of the next fifty years.</p>';
const after = '<p>The council voted on the plan on Tuesday evening after a debate that lasted more than four hours in the town hall.</p>';

describe('an info box set in the story as an <aside>', () => {
  it('is in the reader and the Markdown, between the paragraphs it stood between', () => {
    const r = runHtml(page(`${prose(3)}${before}${box}${after}${prose(2, 'budget')}`));
    const text = r.article!.text;
    expect(text).toContain('A tide gauge measures the height of the sea');
    expect(text).toContain('The readings of a century show how fast');
    expect(text.indexOf('a metre higher')).toBeLessThan(text.indexOf('A tide gauge measures'));
    expect(text.indexOf('The readings of a century')).toBeLessThan(text.indexOf('The council voted'));
    expect(toMarkdown(r)).toContain('The readings of a century show how fast the water has risen');
  });

  it('comes back once and in the page\'s order, with a second box right after it', () => {
    const second = box.replace(/tide gauge/g, 'storm flood').replace('The readings of a century', 'The floods of a century');
    const r = runHtml(page(`${prose(3)}${before}${box}${second}${after}${prose(2, 'budget')}`));
    const text = r.article!.text;
    expect(text.split('A tide gauge measures').length - 1).toBe(1);
    expect(text.indexOf('A tide gauge measures')).toBeLessThan(text.indexOf('A storm flood measures'));
    expect(text.indexOf('A storm flood measures')).toBeLessThan(text.indexOf('The council voted'));
  });

  it('stays out when it is a sidebar beside the story, a box of links or a sign-up form', () => {
    const links = `<aside class="more"><p><a href="/a">The old harbour wall and its history in pictures</a> and <a href="/b">Ten years of floods in the town: a timeline of every storm</a>.</p></aside>`;
    const form = `<aside class="signup"><p>Get the harbour news in your inbox every morning, written by our reporters in the town.</p><form><input type="email"><button>Sign up</button></form></aside>`;
    const sidebar = `<aside class="sidebar"><p>The museum of the harbour opens its new hall of ships on Sunday, with free entry for the children of the town.</p></aside>`;
    const r = runHtml(page(`${prose(3)}${before}${links}${form}${after}${prose(2, 'budget')}`, { outside: sidebar }));
    const text = r.article!.text;
    expect(text).not.toContain('Ten years of floods');
    expect(text).not.toContain('in your inbox every morning');
    expect(text).not.toContain('museum of the harbour');
    expect(text).toContain('The council voted');
  });
});
