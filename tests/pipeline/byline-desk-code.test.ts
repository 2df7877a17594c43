// A desk's code after each author's name ("Jana Kessler (jak)") is the newsroom's shorthand, not part of the byline;
// an agency in brackets is no code of the name before it and stays.
import { describe, expect, it } from 'vitest';
import { withoutDeskCodes } from '../../lib/byline';
import { runHtml, page, prose } from './helpers';

describe('desk codes after the names of a byline', () => {
  it('leave when their letters come from the name, in order, from one of its initials', () => {
    expect(withoutDeskCodes('Jana Kessler (jak), Tomas Brandt (tbr), Ulla Wendt (wen.)')).toBe('Jana Kessler, Tomas Brandt, Ulla Wendt');
  });
  it('stay when they are no code of the name: an agency, a place', () => {
    expect(withoutDeskCodes('Jana Kessler (dpa)')).toBe('Jana Kessler (dpa)');
    expect(withoutDeskCodes('Tomas Brandt (Zürich)')).toBe('Tomas Brandt (Zürich)');
  });
  it('leave the byline the reader sees', () => {
    const html = page(prose(5), { extraHead: '<meta name="author" content="Jana Kessler (jak), Tomas Brandt (tbr)">' });
    expect(runHtml(html).article!.byline).toBe('Jana Kessler, Tomas Brandt');
  });
});
