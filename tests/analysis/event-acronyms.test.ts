// German "WM" (Weltmeisterschaft), "EM": a championship's common abbreviation, like a holiday's name, is no party,
// whatever the tagger reads in it (rules: notNames). Invented text, the shipped tagger.
import { describe, expect, it } from 'vitest';
import { partyNames } from './analyse';

describe('a championship abbreviated', () => {
  it('is no party', () => {
    const text = 'Der Verband steht nach dem Betrug bei der WM nun besonders im Fokus. Bei der EM im Sommer will Anna Berg wieder springen, sagte ihr Trainer Jonas Kehl.';
    const names = partyNames(text, 'de');
    expect(names).not.toContain('WM');
    expect(names).not.toContain('EM');
  });
});
