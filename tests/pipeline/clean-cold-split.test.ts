// Verdicts of rules most pages never meet are built by functions of their own, outside the functions every page
// runs (decideBlock, cleanArticle, cardLinks, authorCards): V8 compiles a function whole at its first call, so a
// cold page compiles those rare literals only where a rule applies (docs/performance.md, cold37). The rules still
// give the verdicts they gave inline.
import { describe, expect, it } from 'vitest';
import { decideBlock } from '../../lib/clean/decide';
import { cleanArticle } from '../../lib/clean/index';
import { cardLinks } from '../../lib/clean/card-link';
import { authorCards } from '../../lib/clean/author-card';
import { page, prose, runHtml } from './helpers';

describe('rare verdicts stand outside the common path', () => {
  it('decideBlock holds none of the rare rules\' verdicts', () => {
    const src = decideBlock.toString();
    for (const rule of ['media:author-photo', 'copy:pull-quote', 'copy:caption', 'embed:consent', 'form:box', 'form:poll', 'link:section', 'phrase:paywall-foot', 'site-memory', 'a lone number', 'a row of network names'])
      expect(src, rule).not.toContain(rule);
  });
  it('cleanArticle, cardLinks and authorCards hold none of their rare steps', () => {
    expect(cleanArticle.toString()).not.toMatch(/keep\.has\(|reason === ["']byline["']|for \(const k of copies\)/);
    expect(cardLinks.toString()).not.toContain('links:card-cover');
    expect(authorCards.toString()).not.toContain('namedAvatar');
  });
});

describe('the rules moved out give the same verdicts', () => {
  const rules = (body: string) => runHtml(page(prose(4) + body + prose(3, 'ferry timetable'))).removed.map((r) => `${r.rule}:${r.text}`);
  it('a lone number goes; a number in a list or a heading stays', () => {
    expect(rules('<p>1,234</p>')).toContain('shape:counter:1,234');
    expect(rules('<ul><li>1,234</li><li>5,678</li></ul>').filter((r) => r.startsWith('shape:counter'))).toEqual([]);
    expect(rules('<h3>2,024</h3>').filter((r) => r.startsWith('shape:counter'))).toEqual([]);
  });
  it('a row of network names goes, and a label between marks', () => {
    expect(rules('<p>Facebook Twitter WhatsApp</p>')).toContain('shape:networks:Facebook Twitter WhatsApp');
    expect(rules('<p>- Publicidad -</p>').some((r) => r.startsWith('shape:label'))).toBe(true);
  });
});
