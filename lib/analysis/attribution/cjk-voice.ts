// Japanese reports a quotation as someone's voice rather than with a speech verb: 「迅速な対応につながる」。島民の
// 商店経営、前田豊さん（56）からも安堵の声が漏れる ("from Mr Maeda too a voice of relief is heard"), or 住民からは
// 「…」との声が上がる. No particle follows the quotation, so cjk.ts finds no speaker; the one whose voice it is stands
// before a source particle (から, "from"), in a sentence that names a voice (声). The particles and nouns are the
// language's data (rules.sourceParticles, rules.voiceNouns).

import type { Doc, Site } from './site';
import type { Attr } from './after';
import { escapeRegExp } from '../../chars';

const SENTENCE_END = /[。！？\n]/;
/** Characters of a name or a title (no kana particles, no punctuation), as cjk.ts reads them. */
const NAME_CHAR = /[\u4E00-\u9FFF\u3400-\u4DBF\u30A0-\u30FF\uAC00-\uD7AFA-Za-z0-9・ー]/;
/** An age in brackets after a name: 前田豊さん（56）. */
const AGE = /[（(][0-9０-９]{1,3}[）)]$/;
/** The longest name run read back from a source particle (characters). */
const NAME_MAX = 24;

/** The quotation is a voice the text reports (see the top of the file): its speaker's span, or null. */
export function cjkVoice(doc: Doc, st: Site): Attr | null {
  // (V8 compiles a function whole at its first call: the body, for some languages only, is compiled where it runs)
  return doc.rules.voiceNouns.size ? voiceAt(doc, st) : null;
}

function voiceAt(doc: Doc, st: Site): Attr | null {
  const { text } = doc;
  let a = st.q.open;
  while (a > st.para.start && !SENTENCE_END.test(text[a - 1]!)) a--;
  let b = st.q.close;
  while (b < st.para.end && !SENTENCE_END.test(text[b]!)) b++;
  // the voice in the quotation's own sentence (住民からは「…」との声), the source before the quotation
  const own = hasVoice(doc, text.slice(st.q.close, b)) ? sourceIn(doc, a, st.q.open) : null;
  if (own) return { m: own, how: 'cjk-voice' };
  // a quotation that is a sentence of its own, and the next sentence names whose voice it is
  if (text.slice(a, st.q.open).trim() || b !== st.q.close || !text.startsWith('。', b)) return null;
  let e = b + 1;
  while (e < st.para.end && !SENTENCE_END.test(text[e]!)) e++;
  const next = e > b + 1 && hasVoice(doc, text.slice(b + 1, e)) ? sourceIn(doc, b + 1, e) : null;
  return next ? { m: next, how: 'cjk-voice' } : null;
}

/** The text names a voice (声). */
const hasVoice = (doc: Doc, s: string) => [...doc.rules.voiceNouns].some((n) => s.includes(n));

/** The one name in text[a, b) before a source particle (its honorific and age passed over), or null: two such
 * sources are two voices, and the quotation is not told apart as either's. */
function sourceIn(doc: Doc, a: number, b: number): { s: number; e: number } | null {
  const { text, rules } = doc;
  const slice = text.slice(a, b);
  const found: { s: number; e: number }[] = [];
  const particles = [...rules.sourceParticles].map(escapeRegExp).join('|');
  for (const m of slice.matchAll(new RegExp(`(?:${particles})`, 'g'))) {
    let end = a + m.index;
    const age = AGE.exec(text.slice(Math.max(a, end - 6), end));
    if (age) end -= age[0].length;
    const honorific = rules.nameSuffixes.find((x) => text.slice(a, end).endsWith(x));
    if (honorific) end -= honorific.length;
    let s = end;
    while (s > a && NAME_CHAR.test(text[s - 1]!) && end - s < NAME_MAX) s--;
    if (end - s >= 2) found.push({ s, e: end });
  }
  return found.length === 1 ? found[0]! : null;
}
