// A poll inside a story (a question and its answers as radio buttons) loses its buttons to Readability and would read
// as lines of the story nobody wrote as such ("Yes, definitely." "No."): it leaves the reader view and the exports
// as a removal of its own kind (reason poll, rule form:poll), in any language. A player's settings (radio buttons
// labelled "0.5x") are no poll, and the story's paragraphs stay.
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../lib/clean';
import { markPollBoxes } from '../../lib/clean/poll-box';
import { parse, prose } from './helpers';

const radio = (name: string, k: number, label: string, extra = '') => `<label><input type="radio" name="${name}" id="${name}-${k}" value="${k}"${extra}><span>${label}</span></label>`;
const poll = `<div class="widget-x"><p>Skal fergen gå hver time også om vinteren?</p><div>${['Ja, absolutt.', 'Nei, det er for dyrt.', 'Vet ikke.'].map((a, k) => `<div>${radio('poll-answer', k, a)}</div>`).join('')}</div></div>`;

/** Marks the page's polls as extraction does before Readability (which drops the buttons), then cleans its body. */
function clean(body: string) {
  const doc = parse(`<html><body><article>${body}</article></body></html>`);
  const marked = markPollBoxes(Array.from(doc.querySelectorAll('input[type="radio"]')));
  for (const i of Array.from(doc.querySelectorAll('input'))) i.remove();
  return { marked, ...cleanArticle(doc.querySelector('article')!) };
}

describe('poll box', () => {
  it('removes a poll question and its answers, keeping every paragraph', () => {
    const r = clean(`${prose(2)}${poll}${prose(3, 'ferry')}`);
    expect(r.marked).toBe(1);
    expect(r.removed.filter((x) => x.rule === 'form:poll').map((x) => x.text)).toEqual(['Skal fergen gå hver time også om vinteren?', 'Ja, absolutt.', 'Nei, det er for dyrt.', 'Vet ikke.']);
    expect(r.removed.filter((x) => x.rule === 'form:poll').map((x) => x.reason)).toEqual(['poll', 'poll', 'poll', 'poll']);
    expect(r.text).toContain('Paragraph 2 about the harbour wall');
    expect(r.text).toContain('Paragraph 3 about the ferry');
  });

  it("keeps what stands beside a player's speed buttons", () => {
    const player = `<div class="player"><p>Ferjekaien i Fjellvik, sett fra fjorden om morgenen</p><ul>${['0.5x', '1.0x', '2.0x'].map((a, k) => `<li>${radio('speed', k, a, ' hidden')}</li>`).join('')}</ul></div>`;
    const r = clean(`${prose(2)}${player}${prose(3, 'ferry')}`);
    expect(r.marked).toBe(0);
    expect(r.removed.filter((x) => x.rule === 'form:poll')).toEqual([]);
  });

  it('never takes a box that holds the story', () => {
    const r = clean(`<div>${prose(2)}${['Ja', 'Nei'].map((a, k) => radio('q', k, `${a}, takk.`)).join('')}</div>`);
    expect(r.removed.filter((x) => x.rule === 'form:poll').map((x) => x.text).join(' ')).not.toContain('Paragraph');
  });
});
