// "Das Landgericht München I": a tagger's span of a place and a numeral right after an organisation's head. A numeral
// numbers the bodies of one head in one place, so the head is the name's first word, not an epithet before a place.

import type { Rules } from '../../rules/languages';
import type { EntitySpan } from '../entities';
import { isOrgHead } from './lexicon';

/** A Roman or Arabic numeral as a word of its own, at the end of a span. */
const NUMERAL_END = /\s(?:[IVX]{1,4}|\d{1,3})$/;

/** The spans, each one ending in a numeral and right after a capitalised organisation's head (one space apart) widened
 * back over that head and typed a body. */
export function numberedBodies(text: string, spans: readonly EntitySpan[], rules: Rules): EntitySpan[] {
  return spans.map((e) => {
    if (!NUMERAL_END.test(text.slice(e.start, e.end))) return e;
    const head = /(?:^|[^\p{L}\p{N}-])(\p{Lu}\p{Ll}+) $/u.exec(text.slice(Math.max(0, e.start - 40), e.start))?.[1];
    if (!head || !isOrgHead(head, rules)) return e;
    return { ...e, start: e.start - head.length - 1, type: 'ORG', before: undefined };
  });
}
