// A standfirst that repeats words the story quotes ("“She is a very talented woman,” she said of …" above the story)
// is that quotation: its speaker, and one key quotation, not an extra unattributed one.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';
import { shownKeyQuotes } from '../../lib/analysis/keyquotes';

const TEXT = `High Praise

“She is a very talented woman,” she said of her son’s girlfriend

Donna Miller has praised the singer’s new album. Speaking at a summit in Las Vegas, Miller said she had listened to it all morning.

She added, “I was just very impressed. She is a very talented woman, and I think it is probably her best work.”`;

describe('a standfirst quoting the story', () => {
  it('gives the repeated words the story’s speaker', () => {
    const q = analyse(TEXT, 'en').quotes[0]!;
    expect(q.text).toBe('She is a very talented woman,');
    expect(q.speaker).toBe('Donna Miller');
  });

  it('lists the words once among the key quotations', () => {
    const shown = shownKeyQuotes(analyse(TEXT, 'en').quotes, TEXT);
    expect(shown.filter((q) => q.text.includes('very talented woman'))).toHaveLength(1);
    expect(shown.some((q) => q.speaker === null)).toBe(false);
  });
});
