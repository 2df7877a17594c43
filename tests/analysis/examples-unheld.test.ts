// Names given as examples of a noun for a body are bodies, from the first the text holds as a party on, though the
// list's first name is none ("Firmen wie Evernote, Dropbox oder Google"), and with the noun in a plural that
// changes its ending ("Firmen" of "Firma"). Invented text, the German model.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

describe('examples after a plural noun for bodies, the first no party', () => {
  it('are organisations', () => {
    const text = 'Der Standard wird von vielen Diensten unterstützt. Neben Konten sichern ihn unter anderem Firmen wie Notabox, Dropbox oder Google ein, um ihre Zugänge besser abzusichern.';
    const ps = analyse(text, 'de').parties;
    expect(ps.find((x) => x.name === 'Dropbox')?.type).toBe('organization');
  });
});
