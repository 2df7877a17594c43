// One reader of datelines: the place in capitals that opens a paragraph, closed by a colon or a dash.
import { describe, expect, it } from 'vitest';
import { readDateline } from '../../lib/analysis/text/dateline';

const place = (t: string) => { const d = readDateline(t, 0); return d && [t.slice(d.start, d.end), d.mark]; };

describe('readDateline', () => {
  it('reads the place and the mark that closes it', () => {
    expect(place('NEW DELHI: Farmers expect rain.')).toEqual(['NEW DELHI', 'colon']);
    expect(place('LISBON (AP) — Talks broke down.')).toEqual(['LISBON', 'dash']);
    expect(place('ST. PAUL, Minn., Oct 3 (Reuters) - The board met.')).toEqual(['ST. PAUL', 'dash']);
    expect(place('OSLO/THE HAGUE, March 7 (Reuters) - A court ruled.')).toEqual(['OSLO/THE HAGUE', 'dash']);
  });

  it('finds it at a paragraph start inside a longer text', () => {
    const text = 'Headline here\nPORTO – A third round began.';
    expect(readDateline(text, text.indexOf('PORTO'))?.end).toBe(text.indexOf(' –'));
  });

  it('is none for a word in capitals that opens an ordinary sentence or a compound', () => {
    expect(place('WARNING: the figures are provisional.')).toBeNull();
    expect(place('LISBON-based firms grew.')).toBeNull();
    expect(place('The city — its mayor said — grew.')).toBeNull();
    expect(place('HOW WILL THEY VOTE?')).toBeNull();
  });
});
