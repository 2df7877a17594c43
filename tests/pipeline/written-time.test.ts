import { describe, expect, it } from 'vitest';
import { machineTime, writtenTimestamp } from '../../lib/written-time';
import { formatDate } from '../../lib/display-date';

describe('a publication time written for people becomes a timestamp on the page clock', () => {
  it('reads the day, the clock time and a named zone', () => {
    expect(writtenTimestamp('November 19, 2019, 07:47 PM EST', 'en')).toBe('2019-11-19T19:47:00-05:00');
    expect(writtenTimestamp('2019-11-18 17:19:53 GMT', 'en')).toBe('2019-11-18T17:19:53Z');
    expect(writtenTimestamp('Fri Apr 28 19:20:36 CEST 2023', 'de')).toBe('2023-04-28T19:20:36+02:00');
    expect(writtenTimestamp('19. November 2019, 14:05 Uhr MESZ', 'de')).toBe('2019-11-19T14:05:00+02:00');
    expect(writtenTimestamp('Updated 3:04 PM GMT+1, April 2, 2024', 'en')).toBe('2024-04-02T15:04:00+01:00');
  });

  it('keeps the time without an offset when no zone is named, and 12 a.m. as midnight', () => {
    expect(writtenTimestamp('November 20, 2019 12:32', 'en')).toBe('2019-11-20T12:32:00');
    expect(writtenTimestamp('12 mars 2024 à 19h47', 'fr')).toBe('2024-03-12T19:47:00');
    expect(writtenTimestamp('Nov 3, 2024 12:05 a.m. by Jane Roe', 'en')).toBe('2024-11-03T00:05:00');
  });

  it('gives the day alone for an impossible clock, and null without a day', () => {
    expect(writtenTimestamp('May 1, 2024 25:10', 'en')).toBe('2024-05-01');
    expect(writtenTimestamp('13:30 PM', 'en')).toBeNull();
    expect(writtenTimestamp('sometime last week', 'en')).toBeNull();
  });

  it('leaves a machine timestamp and unreadable text as they are', () => {
    expect(machineTime('2024-05-03T10:00:00+02:00')).toBe('2024-05-03T10:00:00+02:00');
    expect(machineTime('2024-05-03 10:00 +0200')).toBe('2024-05-03 10:00 +0200');
    expect(machineTime('yesterday')).toBe('yesterday');
  });

  it('shows the day the page printed, wherever the reader is', () => {
    expect(formatDate(machineTime('November 19, 2019, 07:47 PM EST', 'en'), 'en')).toBe('November 19, 2019');
  });
});
