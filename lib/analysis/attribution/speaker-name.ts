// The name a speaker the registry does not know goes by: "King said, “…”" after "Martin Luther King Jr. as the keynote
// speaker" is Martin Luther King, named in full before; "In einer Stellungnahme der Familie hieß es" names nobody (a
// noun, its article and another noun, where every noun is capitalised).

import type { Doc } from './site';
import { insideQuote } from './site';
import { roleOf } from '../parties/lexicon';

/** A capitalised run where every noun is capitalised, joined by an article ("Stellungnahme der Familie"), not by a
 * name's particle ("Ursula von der Leyen"): a noun phrase, no one's name. */
export function isNounPhrase(doc: Doc, mt: string): boolean {
  const { rules } = doc;
  if (!rules.nounsCapitalised) return false;
  const ws = mt.split(/\s+/);
  return ws.some((w, i) => i > 0 && i < ws.length - 1 && rules.determiners.has(w.toLowerCase()) && !rules.nameParticles.has(ws[i - 1]!.toLowerCase()));
}

/** The full name a lone surname stands for: the last run of capitalised words ending in it before `pos`, outside
 * quotations, with no role or function word in it ("Martin Luther King" for "King"); else the word itself. */
export function fullNameOf(doc: Doc, word: string, pos: number): string {
  if (/\s/.test(word) || word.length < 2) return word;
  const re = new RegExp(`((?:\\p{Lu}[\\p{L}’'.-]*\\s+){1,3})${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'gu');
  let best: string | null = null;
  for (const m of doc.text.slice(0, pos).matchAll(re)) {
    if (insideQuote(doc, m.index!)) continue;
    const all = m[1]!.trim().split(/\s+/);
    // (a sentence ends at a word with a full stop that is no initial: "the Clinton Foundation. Priebus said")
    const cut = all.findLastIndex((w) => /\p{L}{2,}\.$/u.test(w));
    const first = all.slice(cut + 1);
    // (drop a sentence's first word, a role or an honorific before the name: "The", "Rev.", "Senator")
    // (the words after the last role in the run: "National Chairman Reince Priebus")
    const role = first.findLastIndex((w) => !!roleOf(w.replace(/\.$/, ''), doc.rules));
    if (role >= 0) first.splice(0, role + 1);
    while (first.length && doc.rules.functionWords.has(first[0]!.toLowerCase())) first.shift();
    // (a lone word a sentence opens with may be capitalised for that alone: "Yesterday King said")
    const opens = cut >= 0 || (/(?:^|[.!?:“”"»«]\s*)$/.test(doc.text.slice(Math.max(0, m.index! - 3), m.index!).trimEnd()) && first.length === all.length);
    if (first.length && !(opens && first.length === 1)) best = `${first.join(' ')} ${word}`;
  }
  return best ?? word;
}
