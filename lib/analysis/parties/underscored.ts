// "Writer_Kyeong Min Seon, Choreographer_Jeong Hye Jin": in a staff list an underscore joins a role to the name after
// it. The underscore is where the name begins: a tagger's span that runs across one ("Writer_Kyeong Min Seon") starts
// after it, and one that starts inside the capitalised words after one ("Hye Jin" of "Jeong Hye Jin", the tagger
// unsure of the first word) starts at it. Words joined by an underscore are never one name.

import type { EntitySpan } from '../entities';

/** The capitalised words, one space apart, right after an underscore and ending at `at`: their start, or -1. */
function nameStartBefore(text: string, at: number): number {
  const m = /_((?:\p{Lu}[\p{L}'’-]* )+)$/u.exec(text.slice(Math.max(0, at - 60), at));
  return m ? at - m[1]!.length : -1;
}

/** The tagger's spans, each starting where an underscore says the name begins. */
export function underscoredNames(text: string, spans: readonly EntitySpan[]): EntitySpan[] {
  if (!text.includes('_')) return [...spans];
  return spans.map((e) => {
    const inner = text.lastIndexOf('_', e.end - 1);
    // (a span ending at an underscore, or of nothing after it, is left as it is)
    if (inner >= e.start && /\p{Lu}/u.test(text.slice(inner + 1, e.end))) return { ...e, start: inner + 1, before: 0 };
    const s = nameStartBefore(text, e.start);
    return s >= 0 && s < e.start ? { ...e, start: s, before: 0 } : e;
  });
}
