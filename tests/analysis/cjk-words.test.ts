// Chinese is tagged a character at a time: a span's edge that falls between two characters the training data never
// parts is mended by what that word was there (a name's piece taken in, a common word left out). Invented text,
// the tagger's spans given.
import { describe, expect, it } from 'vitest';
import { wordEdges } from '../../lib/analysis/parties/cjk-words';
import { spans } from './tagged-spans';
import type { EntitySpan } from '../../lib/analysis/entities';

const mended = (text: string, tagged: [string, EntitySpan['type'], number][]) =>
  wordEdges(text, spans(text, tagged)).map((e) => `${text.slice(e.start, e.end)}/${e.type}`);

describe('a Chinese span whose edge cuts a word', () => {
  it('leaves out the first character of the common word after a name', () => {
    expect(mended('王小明希望早日回国工作。', [['王小明希', 'PER', 0.6]])).toEqual(['王小明/PER']);
  });

  it('takes in the rest of a name the span started inside', () => {
    expect(mended('他在法国里昂国立大学留学。', [['昂国立大学', 'ORG', 0.7]])).toEqual(['里昂国立大学/ORG']);
  });

  it('drops a span that is one character once the common word is left out', () => {
    expect(mended('小希望早日回国。', [['小希', 'PER', 0.3]])).toEqual([]);
  });

  it('leaves a span whose edges part no word as it is', () => {
    expect(mended('王小明说，他在法国里昂留学。', [['王小明', 'PER', 0.9], ['里昂', 'LOC', 0.9]])).toEqual(['王小明/PER', '里昂/LOC']);
  });
});
