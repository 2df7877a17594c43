// A name in quotation marks that nobody says: "the name of the bar is ‘Oxy Pure’", "a film called “Night Train”".
// A few capitalised words with no verb among them (a verb is written in lower case where nouns are not capitalised)
// name a product, a place or a title; they are words somebody said only when a verb of saying stands right beside
// them ("“Good Morning,” she said", "he replied: “No.”"), or when one is an adjective of a country ("“Mexican”").

import { hitsIn } from './verbs';
import type { Doc, Site } from './site';
import { ATTRIBUTION } from '../weights';
import { isUpper } from '../letters';
import { gazetteer } from '../parties/countries';
import { norm } from '../parties/registry';

const isDigit = (c: string) => c >= '0' && c <= '9';

/** The quotation is a name, not words anybody is said to have spoken. */
export function isQuotedName(doc: Doc, st: Site): boolean {
  const { rules } = doc;
  // (where every noun is capitalised, capitals say nothing: „Zeichen der Wertschätzung“ is somebody's words)
  if (rules.nounsCapitalised || rules.unspaced || st.q.multi) return false;
  const inner = st.inner.replace(/[.,]$/, '');
  if (/[.!?;:…"“”«»]/.test(inner)) return false;
  const words = inner.split(/[\s-]+/).filter(Boolean);
  if (!words.length || words.length > ATTRIBUTION.quotedNameMaxWords) return false;
  // ("“I Will,” she sang": a pronoun of a speaker makes words of them)
  if (words.some((w) => rules.firstPerson.has(w.toLowerCase()) || rules.pronouns.has(w.toLowerCase()))) return false;
  if (!words.every((w) => isUpper(w[0]!) || isDigit(w[0]!))) return false;
  // ("the judge was “Mexican”": an adjective of a country is a word, capitalised or not)
  const gaz = gazetteer(rules.lang);
  if (words.some((w) => gaz.demonyms.has(norm(w)))) return false;
  return !spokenBeside(doc, st);
}

/** A verb of saying within a few words after the quotation, in its sentence, or just before its opening mark. */
function spokenBeside(doc: Doc, st: Site): boolean {
  const n = ATTRIBUTION.quotedNameVerbWords;
  const after = doc.text.slice(st.q.close, Math.min(st.afterSentEnd, st.afterEnd));
  const afterEnd = st.q.close + wordsSpan(after, n);
  if (hitsIn(doc, doc.verbs.say, st.q.close, afterEnd).length) return true;
  const before = doc.text.slice(st.sentA, st.q.open);
  const beforeStart = st.q.open - wordsSpan([...before].reverse().join(''), n);
  return hitsIn(doc, doc.verbs.say, beforeStart, st.q.open).length > 0;
}

/** The length of the first n words of s, with the spaces and punctuation before them. */
function wordsSpan(s: string, n: number): number {
  const re = /\S+/g;
  let end = 0;
  for (let k = 0; k < n; k++) {
    const m = re.exec(s);
    if (!m) return s.length;
    end = m.index + m[0].length;
  }
  return end;
}
