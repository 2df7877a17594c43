// "says the director of academic management at SUM": a role phrase followed by the body it is held at names a post
// of that body. It stands for a person the text ties to that body (named beside it, or described by it), not for
// whoever was named last: a researcher quoted before at another institution is not SUM's director. Evidence is the
// text's own layout (the body's mentions near the person's), no word list beyond the prepositions every language has.

import { insideQuote, type Doc } from './site';
import type { Who } from './speakers';

/** How far from a mention of the person a mention of the body ties the two (a clause, an apposition). */
const TIE = 120;
/** The word or two between the phrase and the body: a preposition, then perhaps an article ("at", "of the"). */
const LINK = /^[\s,]*?(\p{Ll}+)(?:\s+(\p{Ll}+))?\s+$/u;

/** The organisation named right after the role phrase that ends at `e` ("… at SUM", "… of the Lund Centre"), else
 * null: a place or locative preposition ("at"), or a genitive one ("of"), the language's lists, and at most an article after it. */
export function bodyAfterRole(doc: Doc, e: number): Who | null {
  const { reg, rules } = doc;
  const body = reg.within(e, e + 60).find((m) => {
    const link = LINK.exec(doc.text.slice(e, m.s));
    if (!link || (link[2] && !rules.determiners.has(link[2]))) return false;
    return rules.locatives.has(link[1]!) || rules.genitives.has(link[1]!);
  });
  return body && reg.get(body.party).kind === 'organization' ? reg.get(body.party).id : null;
}

/** The person is tied to the body: the description the parties gave names it, or a mention of the body stands close
 * to one of the person's (outside quotations), in the same sentence. */
export function tiedToBody(doc: Doc, who: Who, body: Who): boolean {
  // (a speaker the text names only where it speaks, < 0, has nothing else to tie it)
  if (who < 0) return true;
  const { reg } = doc, p = reg.get(who), org = reg.get(body);
  const names = [org.name, ...org.aliases].filter((n) => n.length > 1);
  if (names.some((n) => p.description?.toLowerCase().includes(n.toLowerCase()))) return true;
  // (the body's name as written, where the tagger may have missed it: "runs the programmes of NOU")
  const named = (a: number, b: number) => names.some((n) => wholeWordIn(doc.text.slice(a, b), n));
  return p.mentions.some((m) => {
    if (insideQuote(doc, m.s)) return false;
    const a = sentenceEdge(doc, m.s, Math.max(0, m.s - TIE), -1), b = sentenceEdge(doc, m.e, Math.min(doc.text.length, m.e + TIE), 1);
    return named(a, b);
  });
}

/** The nearer of `limit` and the sentence's edge from `pos` (backwards when dir < 0). */
function sentenceEdge(doc: Doc, pos: number, limit: number, dir: number): number {
  const t = dir < 0 ? doc.text.slice(limit, pos) : doc.text.slice(pos, limit);
  const ends = [...t.matchAll(/[.!?]\s/g)];
  if (!ends.length) return limit;
  return dir < 0 ? limit + ends[ends.length - 1]!.index + 1 : pos + ends[0]!.index + 1;
}

function wholeWordIn(t: string, name: string): boolean {
  const i = t.indexOf(name);
  return i >= 0 && !/\p{L}/u.test(t[i - 1] ?? '') && !/\p{L}/u.test(t[i + name.length] ?? '');
}

