// Lines of dialogue introduced by a dash (— Nous partons, dit-il. / —Sí —dijo Ana—. Vamos.), as quotations.
// Only a line whose dash opens it and whose attribution is written in it counts: a list item is no dialogue.

import type { Span } from '../text';
import { sayStart, verbsFor } from '../attribution/verbs';
import { rulesFor } from '../../rules/languages';
import type { RawQuote } from './find';
import { isUpper } from '../letters';

const DASHES = '—–―';
const OPENING = /^[—–―]\s?(?=\S)/;
/** The line goes on with an upper-case letter or an opening mark. */
const opensLine = (s: string) => { const m = OPENING.exec(s); return !!m && (isUpper(s[m[0].length]) || '¿¡«'.includes(s[m[0].length]!)); };

/** Dialogue lines of the paragraphs that hold no quotation found by its marks. */
export function dialogueLines(text: string, paras: readonly Span[], marked: readonly RawQuote[], lang: string): RawQuote[] {
  const out: RawQuote[] = [];
  const taken = new Set(marked.map((q) => q.para));
  const verbs = verbsFor(rulesFor(lang));
  let group = marked.reduce((g, q) => Math.max(g, q.group + 1), 0) + 1000;
  for (let pi = 0; pi < paras.length; pi++) {
    const p = paras[pi]!;
    if (taken.has(pi) || !opensLine(text.slice(p.start, p.start + 3))) continue;
    const line = text.slice(p.start, p.end);
    // the attribution: after a dash inside the line (—dijo Ana—, ', — сказал он'), or after a comma (, dit-il.)
    const m = new RegExp(`(?:,?\\s[${DASHES}]\\s?|,\\s+)(?=\\S)`, 'gu');
    let hit: RegExpExecArray | null;
    while ((hit = m.exec(line))) {
      const after = line.slice(hit.index + hit[0].length);
      if (!sayStart(verbs, after)) continue;
      const start = p.start + (OPENING.exec(line)![0].length);
      const end = p.start + hit.index + (hit[0].startsWith(',') ? 1 : 0);
      const incEnd = p.start + hit.index + hit[0].length + (/^[^—–―.]*/.exec(after)![0].length);
      const g = group++;
      const incise = { start: p.start + hit.index + hit[0].length, end: incEnd };
      out.push({ start, end, open: p.start, close: end, para: pi, group: g, multi: false, incise, dialogue: true });
      const rest = /^[—–―.]+\s*/.exec(text.slice(incEnd, p.end));
      if (rest && incEnd + rest[0].length < p.end) out.push({ start: incEnd + rest[0].length, end: p.end, open: incEnd, close: p.end, para: pi, group: g, multi: false, incise, dialogue: true, afterIncise: true });
      break;
    }
  }
  return out;
}
