// A dateline written as an age ("14 hours ago", "vor 2 Stunden", "5 時間前") is the page's date in any language:
// kept under the headline as a date, out of the story's text; a sentence that tells of a time ago is the story.
import { describe, expect, it } from 'vitest';
import { isRelativeTime } from '../../lib/clean/relative-time';
import { normalizeBlockText } from '../../lib/fingerprint';

const rel = (s: string) => isRelativeTime(normalizeBlockText(s));

describe('relative-time datelines', () => {
  it('reads an age as a dateline in many languages and scripts', () => {
    for (const s of ['14 hours ago', 'Published 1 day ago', 'Last updated 21 hours ago', 'Aktualisiert vor 5 Minuten', 'hace 3 días',
      '5 時間前', '5小时前', 'il y a 21 heures', '2 часа назад', 'for 3 timer siden', '3 dk. önce', '1 hour ago | Politics',
      'Fouzia Van Der Fort|Published 4 months ago', 'Politics · 2 hours ago'])
      expect(rel(s), s).toBe(true);
  });
  it('leaves sentences, amounts and times to come alone', () => {
    for (const s of ['He left 2 hours ago.', 'The meeting ended 3 hours ago and then the minister spoke to them', '10 GB + 100 Minuten/SMS',
      '5 days', 'In 5 hours', 'Rain is expected | The storm hit the coast 2 hours ago and left', 'Polls opened 2 hours ago in the north of the country', 'vor 5 Stundenplänen'])
      expect(rel(s), s).toBe(false);
  });
});
