// The tagger's spans for a test text, given by hand: each text is found after the one before it.
import type { EntitySpan } from '../../lib/analysis/entities';

export function spans(text: string, tagged: [string, EntitySpan['type'], number][]): EntitySpan[] {
  let from = 0;
  return tagged.map(([t, type, score]) => { const start = text.indexOf(t, from); from = start + t.length; return { start, end: start + t.length, type, score }; });
}
