// "el ministerio de Exteriores de Egipto", "le ministère russe de la Défense": a body's noun, its own name and the
// country it belongs to. Such a mention names one body; it is neither the country speaking ("Egipto") nor somebody
// unidentified. The body's name keeps its owner, so Egypt's ministry is not the Spanish one the story named.

import { countryOf } from './country-role';
import { gazetteer } from '../parties/countries';
import { norm } from '../parties/registry';
import { isCapWord, type MentionSpan } from './mention';
import type { Resolver } from './resolve';
import type { Who } from './speakers';

/** Words that may link the parts of the name: "of", "de la", "del". */
const LINK = /^(?:of|the|de|del|des|du|la|le|l['’]|los|las|di|della|do|da|dos|das)$/i;

/** How many words from `i` name a country (its name in the language, up to three words, or a demonym); 0: none. */
function countryAt(ws: string[], i: number, lang: string): number {
  const g = gazetteer(lang);
  for (let n = 3; n >= 1; n--) {
    if (i + n > ws.length) continue;
    const key = norm(ws.slice(i, i + n).join(' '));
    if (g.names.has(key) || (n === 1 && (g.demonyms.has(key) || countryOf(ws[i]!)))) return n;
  }
  return 0;
}

/**
 * A new organisation for a definite mention headed by a body's noun (rules.orgHeads or orgNouns, not a government:
 * "el gobierno de España" is Spain) that names both the body's own part with a capitalised word and its country (a
 * demonym or a country's name): the mention without its article, capitalised.
 */
export function ownedBody(r: Resolver, span: MentionSpan, words: string[]): Who | null {
  const { doc } = r, { rules } = doc;
  const head = words[1] ?? '';
  if (words.length < 4 || !rules.determiners.has(words[0]!) || rules.indefinites.has(words[0]!)) return null;
  if (!(rules.orgHeads.has(head) || rules.orgNouns.has(head)) || rules.governments.has(head)) return null;
  // (a person or a place inside is another reading: "el partido de Sánchez", "la société de Paris")
  if (doc.reg.within(span.s, span.e).some((m) => ['person', 'place'].includes(doc.reg.get(m.party).kind))) return null;
  const ws = doc.text.slice(span.s, span.e).trim().split(/\s+/).slice(2).map((w) => w.replace(/^(?:l|d)['’]/i, ''));
  let owner = false, own = false;
  for (let i = 0; i < ws.length;) {
    const n = countryAt(ws, i, rules.lang);
    if (n) { owner = true; i += n; continue; }
    if (isCapWord(ws[i]!)) own = true;
    else if (!LINK.test(ws[i]!)) return null;
    i++;
  }
  if (!owner || !own) return null;
  const name = doc.text.slice(span.s, span.e).trim().replace(/^\S+\s+/, '');
  return r.book.add(name[0]!.toUpperCase() + name.slice(1), 'organization', span.s);
}

/**
 * "カタールの外務省報道官": a body's name (the organisation `body`, named where the mention opens) after a country and a
 * modifier particle (rules.modifierParticles) is that country's body, not the one the name alone stands for (外務省
 * alone is the home country's ministry): a new organisation named as the text writes it, "カタールの外務省".
 */
export function modifiedBody(r: Resolver, span: MentionSpan, body: Who): Who | null {
  const { doc } = r, { reg } = doc;
  if (r.book.kind(body) !== 'organization') return null;
  const m = reg.within(span.s, span.e).find((x) => x.s === span.s && reg.get(x.party).id === body);
  if (!m) return null;
  for (const p of doc.rules.modifierParticles) {
    if (doc.text.slice(span.s - p.length, span.s) !== p) continue;
    const owner = reg.within(Math.max(0, span.s - p.length - 40), span.s - p.length).find((x) => x.e === span.s - p.length && ['country', 'organization'].includes(reg.get(x.party).kind));
    if (owner) return r.book.add(doc.text.slice(owner.s, m.e), 'organization', span.s);
  }
  return null;
}
