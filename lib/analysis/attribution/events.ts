// Reported speech outside quotation marks ("Levitt said the deal was still possible", "Sadeq Abu Amer told the AP"):
// who spoke where. A reader takes "he" in the next quotation for that speaker; so does resolution.

import { backwardMention } from './subject';
import { forwardMention } from './mention';
import { insideQuote, type Doc } from './site';
import { verbMatches } from './verbs';
import type { Who } from './speakers';

export interface SpeechEvent { pos: number; who: Who }

/** Persons named as the subject of a verb of saying in the text outside quotations, in text order. */
export function speechEvents(doc: Doc): SpeechEvent[] {
  const out: SpeechEvent[] = [];
  const { text, reg } = doc;
  for (const s of doc.sentences) {
    for (const v of verbMatches(doc, doc.verbs.say, s.start, s.end)) {
      const at = s.start + v.index;
      if (insideQuote(doc, at)) continue;
      // "Levitt said …", or the subject after its verb: "said Levitt", "sagt Rektorin Eileen Lyons"
      const spans = [backwardMention(text, s.start, at, doc.rules), forwardMention(text, at + v[0].length + 1, s.end, doc.rules)];
      for (const bm of spans) {
        if (!bm) continue;
        const named = reg.within(bm.s, bm.e).filter((m) => reg.get(m.party).kind === 'person' && !insideQuote(doc, m.s));
        if (named.length) { out.push({ pos: at, who: reg.get(named[named.length - 1].party).id }); break; }
      }
    }
  }
  return out;
}
