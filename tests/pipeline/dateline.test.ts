// A page whose metadata gives no date (or a placeholder) gets the day its dateline prints, read in its language
// by Intl's month names; a photo caption's date is not the story's.
import { describe, expect, it } from 'vitest';
import { datelineDate } from '../../lib/dateline';
import { runHtml, page, prose } from './helpers';

describe('datelineDate', () => {
  it('reads a day in many languages and writings', () => {
    expect(datelineDate('Published 11:34 PM EST Nov 19, 2019', 'en')).toBe('2019-11-19');
    expect(datelineDate('19. November 2019, 14:05 Uhr', 'de')).toBe('2019-11-19');
    expect(datelineDate('Do 25.04.24 | 14:07 Uhr | Von', 'de')).toBe('2024-04-25');
    expect(datelineDate('1er avril 2025 à 15h25', 'fr')).toBe('2025-04-01');
    expect(datelineDate('13 de mayo de 2024', 'es')).toBe('2024-05-13');
    expect(datelineDate('2025-04-01 15:25', 'it')).toBe('2025-04-01');
    expect(datelineDate('2024年5月3日 10時', 'ja')).toBe('2024-05-03');
    expect(datelineDate('13 października 2024', 'pl')).toBe('2024-10-13');
  });

  it('reads a slashed date in the order its language writes it, or where a number over 12 says it', () => {
    expect(datelineDate('05/10/2018 - Publicado por', 'pt')).toBe('2018-10-05');
    expect(datelineDate('05/10/2018', 'de-CH')).toBe('2018-10-05');
    expect(datelineDate('05/10/2018', 'en-US')).toBe('2018-05-10');
    expect(datelineDate('05/10/2018', 'en-GB')).toBe('2018-10-05');
    expect(datelineDate('25/10/2018', 'en')).toBe('2018-10-25');
    expect(datelineDate('10/25/2018')).toBe('2018-10-25');
  });

  it('reads no day where the text does not say one plainly', () => {
    expect(datelineDate('Updated 11/10/2019', 'en')).toBeNull(); // a different day on each side of the Atlantic
    expect(datelineDate('Updated 11/10/2019')).toBeNull();
    expect(datelineDate('Mai 2024', 'de')).toBeNull();
    expect(datelineDate('31.02.2024', 'de')).toBeNull();
    expect(datelineDate('3 hours ago', 'en')).toBeNull();
  });
});

describe('the story\'s date from its dateline', () => {
  const noDate = (body: string) => page(body).replace(/content="2026-01-05T10:00:00Z"/, 'content="0001-01-01T00:00:00Z"');

  it('when the metadata gives only a placeholder', () => {
    expect(runHtml(noDate('<p>Published 11:34 PM EST Nov 19, 2019</p>' + prose(6))).article!.publishedTime).toBe('2019-11-19');
  });

  it('not from a photo caption that carries a date', () => {
    expect(runHtml(noDate('<p>A cargo ship leaves the harbour of the old town, on Aug. 31, 2019. (AP)</p>' + prose(6))).article!.publishedTime).toBeNull();
  });
});

describe('a date the metadata writes for people', () => {
  it('is given as a timestamp with the zone it names', () => {
    const html = page(prose(6)).replace(/content="2026-01-05T10:00:00Z"/, 'content="Fri Apr 28 19:20:36 CEST 2023"');
    expect(runHtml(html).article!.publishedTime).toBe('2023-04-28T19:20:36+02:00');
  });

  it('one a JavaScript date would read is given the same way, not left as written', () => {
    const html = page(prose(6)).replace(/content="2026-01-05T10:00:00Z"/, 'content="November 19, 2019, 07:47 PM EST"');
    expect(runHtml(html).article!.publishedTime).toBe('2019-11-19T19:47:00-05:00');
  });
});
