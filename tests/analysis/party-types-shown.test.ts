// The type a reader sees a party under, on invented text: the region after a dateline's place is no party, a
// paper's head word alone ("the Chronicle") is the paper, not a person.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

const names = (text: string, lang = 'en') => analyse(text, lang).parties.map((p) => p.name);

describe('a dateline', () => {
  it('gives no party for the region after its place', () => {
    const text = 'MILLBROOK, Calif. (AP) — A man was stabbed on a commuter train on Tuesday, police said.\n\nOfficer Dana Whitfield said the suspect ran from the station and was arrested later.';
    expect(names(text)).not.toContain('Calif');
    expect(names(text)).toContain('Dana Whitfield');
  });
});

describe('a paper named by its head word', () => {
  it('is the paper, not a person', () => {
    const text = 'The Riverton Chronicle says police are looking into whether the victim tried to help.\n\nThe man ran from the station. The Chronicle says he was arrested a block away, and officer Dana Whitfield confirmed it.';
    const ps = analyse(text, 'en').parties;
    expect(ps.find((p) => p.name === 'Chronicle')).toBeUndefined();
    expect(ps.find((p) => p.name === 'Dana Whitfield')?.type).toBe('person');
  });
});
