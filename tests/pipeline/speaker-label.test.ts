// The speaker line under a key quotation: a name, a described speaker, or nobody; never a lone pronoun or a clause.
import { describe, expect, it } from 'vitest';
import { speakerLabel } from '../../lib/quote-text';

const label = (speaker: string | null, speakerMention: string | null) => speakerLabel({ speaker, speakerMention });

describe('speaker label', () => {
  it('shows the resolved name', () => {
    expect(label('Zabihullah Mujahid', 'he')).toEqual({ name: 'Zabihullah Mujahid', described: false });
  });
  it('shows a description of an unnamed speaker as such', () => {
    expect(label(null, 'a WeWork spokesperson')).toEqual({ name: 'a WeWork spokesperson', described: true });
    expect(label(null, 'der Feuerwehrsprecher')).toEqual({ name: 'der Feuerwehrsprecher', described: true });
    expect(label(null, '女性看護師')).toEqual({ name: '女性看護師', described: true });
  });
  it('shows nobody for a lone word or a clause', () => {
    for (const m of ['he', 'Sie', 'we', '彼', 'Ministerium', 'Police and ambulances arrived shortly afterward, he', '', null]) expect(label(null, m), String(m)).toBeNull();
  });
});
