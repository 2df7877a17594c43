// Speaker attribution: who said each quotation, from the words around it ("Q," X said / said X / X said: "Q" /
// according to X / the subject of the sentence for a partial quote), then resolution of the mention (he, she, a
// surname, "the minister", "a spokesman for X", a capital) to a party's canonical name.

import type { Quote, QuoteKind } from './types';
import type { Paragraph, RawQuote } from './quotes';
import { type Entity, type Registry, nameParts, resolved, typeOf, wordBefore } from './parties';
import { SPEECH, PRONOUNS } from './rules/speech-verbs';
import { ROLE_NOUNS, SPOKES, GENERIC_SPEAKERS, TITLES, FUNCTION_WORDS, ORG_NOUNS } from './rules/entity-words';

const esc = (v: string) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const alt = (xs: Iterable<string>) => [...new Set(xs)].sort((a, b) => b.length - a.length).map(esc).join('|');

interface Verbs { late: RegExp; say: RegExp; any: RegExp; sayStart: RegExp; sayAux: RegExp; according: RegExp; accordingEnd: RegExp }
const verbCache = new Map<string, Verbs>();
function verbs(lang: string): Verbs {
  const hit = verbCache.get(lang);
  if (hit) return hit;
  const langs = lang === 'en' ? ['en'] : [lang, 'en'];
  const say = langs.flatMap((l) => SPEECH[l]?.say ?? []);
  const partial = langs.flatMap((l) => SPEECH[l]?.partial ?? []);
  const acc = langs.flatMap((l) => SPEECH[l]?.according ?? []);
  const B = '(?<![\\p{L}\\p{N}’\'-])', E = '(?![\\p{L}\\p{N}-])';
  const v: Verbs = {
    say: new RegExp(`${B}(?:${alt(say)})${E}`, 'giu'),
    late: new RegExp(`,\\s+((?:he|she|they|[\\p{Lu}][\\p{L}’'.-]+(?:\\s+[\\p{Lu}][\\p{L}’'.-]+){0,2}))\\s+(?:${alt(say)})${E}\\s*(?:[,.;!?]|$)`, 'u'),
    any: new RegExp(`${B}(?:${alt([...say, ...partial])})${E}`, 'giu'),
    sayStart: new RegExp(`^(?:${alt(say)})${E}`, 'iu'),
    sayAux: new RegExp(`^(?:(?:a|avait|ha|aveva|hat|hatte)\\s+)?(?:${alt(say)})${E}`, 'iu'),
    according: new RegExp(`${B}(?:${alt(acc)})${E}\\s*`, 'giu'),
    accordingEnd: new RegExp(`${B}(?:${alt(acc)})\\s+`, 'iu'),
  };
  verbCache.set(lang, v);
  return v;
}

const ABBR = /(?:\b(?:Del|Atty|Supt|Adm|Cmdr|Maj|Pres|Amb|Hon|Cpl|Pvt|Ald|Cllr|Mr|Mrs|Ms|Dr|St|Gov|Sen|Rep|Gen|Lt|Col|Sgt|Capt|Prof|Rev|Jr|Sr|M|Mme|Inc|Corp|Ltd|Co|No|vs|Jan|Feb|Aug|Sept|Oct|Nov|Dec|Ft|Mt|U\.S|U\.K|U\.N|D\.C)|\b\p{Lu})\.$/u;

/** Offset (in s) where the last sentence begins. */
function lastSentenceStart(s: string): number {
  const re = /[.!?…]+[”"»’)]*\s+(?=[\p{Lu}\p{N}"“«„‘(])/gu;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    const head = s.slice(0, m.index + 1);
    if (/\.$/.test(head) && ABBR.test(head)) continue;
    last = m.index + m[0].length;
  }
  return last;
}
/** Offset (in s) where the first sentence ends. */
function firstSentenceEnd(s: string): number {
  const re = /[.!?…]+[”"»’)]*(?=\s+[\p{Lu}\p{N}"“«„‘(]|\s*$)/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    const head = s.slice(0, m.index + 1);
    if (/\.$/.test(head) && ABBR.test(head)) continue;
    return m.index + m[0].length;
  }
  return s.length;
}

const DETS = new Set(['d’', 'dell’', 'all’', 'nell’', 'the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'one', 'another', 'some', 'several', 'many', 'two', 'three', 'le', 'la', 'les', 'l’', "l'", 'un', 'une', 'il', 'lo', 'gli', 'i', 'der', 'die', 'das', 'ein', 'eine', 'einer', 'el', 'los', 'las', 'una', 'uno', 'this', 'that', 'these', 'those', 'ce', 'cette', 'son', 'sa', 'ses', 'leur', 'suo', 'sua', 'sein', 'seine', 'ihr', 'ihre', 'su', 'sus']);
const ADV = /^(?:also|later|then|once|still|further|again|previously|recently|repeatedly|publicly|privately|immediately|simply|flatly|has|had|have|was|is|were|are|would|will|could|did|does|do|had|\p{L}+ly|hat|hatte|habe|ist|a|avait|ha|aveva|ha|había|ya|jedoch|auch|dann|später|erneut|bereits)$/iu;
const STOP_NP = /^(?:who|which|whose|that|que|qui|dont|che|cui|der|die|das|welche|welcher|quien|quienes|in|on|at|to|for|with|from|after|before|during|when|while|as|on|about|of|told|said|vor|nach|im|am|bei|auf|mit|à|au|devant|lors|avant|après|al|alla|davanti|dopo|durante|el|en|ante|tras)$/i;
const CAPWORD = /^[\p{Lu}][\p{L}\p{M}’'.-]*$/u;

interface MentionSpan { s: number; e: number }

/** Words with offsets in text[a, b). */
function words(text: string, a: number, b: number): { s: number; e: number; w: string }[] {
  const out: { s: number; e: number; w: string }[] = [];
  const re = /[\p{L}\p{N}][\p{L}\p{M}\p{N}’'.\-]*|[,;:()]/gu;
  re.lastIndex = a;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m.index < b) {
    let w = m[0];
    if (m.index + w.length > b) w = w.slice(0, b - m.index);
    if (w.length > 1 && w.endsWith('.') && !ABBR.test(w)) w = w.slice(0, -1);
    const el = /^(?:l|d|dell|all|nell|dall|sull)['’](?=\p{L})/iu.exec(w);
    if (el) {
      out.push({ s: m.index, e: m.index + el[0].length, w: el[0].toLowerCase().replace("'", '’') });
      out.push({ s: m.index + el[0].length, e: m.index + w.length, w: w.slice(el[0].length) });
      continue;
    }
    out.push({ s: m.index, e: m.index + w.length, w });
  }
  return out;
}

/** The speaker phrase that starts at `a` (after a verb or "according to"), up to `b`. */
function forwardMention(text: string, a: number, b: number, lang: string): MentionSpan | null {
  const ws = words(text, a, b);
  if (!ws.length) return null;
  const w0 = ws[0].w.toLowerCase();
  const pron = PRONOUNS[lang]?.[w0] ?? PRONOUNS.en[w0];
  if (pron && w0 !== 'it' && w0 !== 'i') return { s: ws[0].s, e: ws[0].e };
  let i = 0;
  const start = ws[0].s;
  let end = -1;
  let sawName = false;
  const capSoon = ws.slice(0, 5).findIndex((x) => CAPWORD.test(x.w));
  const lead = capSoon > 0 && !ws.slice(0, capSoon).some((x) => STOP_NP.test(x.w) || /^[,;:()]$/.test(x.w) || FUNCTION_WORDS.has(x.w.toLowerCase()));
  if (DETS.has(w0) || CAPWORD.test(ws[0].w) || ROLE_NOUNS.has(w0) || GENERIC_SPEAKERS.has(w0) || lead) {
    for (; i < ws.length && i < 9; i++) {
      const w = ws[i].w, l = w.toLowerCase();
      if (w === ',' || w === ';' || w === ':' || w === '(' || w === ')') break;
      if (i > 0 && STOP_NP.test(l) && !(l === 'of' || l === 'for' || l === 'de' || l === 'des' || l === 'du' || l === 'der' || l === 'des' || l === 'di' || l === 'del' || l === 'della' || l === 'dell’')) break;
      if (i > 0 && /^(of|for|de|des|du|di|del|della|dell’|der|des)$/i.test(l) && sawName) break;
      if (CAPWORD.test(w)) sawName = true;
      else if (sawName && i > 0 && !DETS.has(w0) && !/^(of|for|de|des|du|di|del|della|der|van|von|bin|al)$/i.test(l)) break;
      end = ws[i].e;
    }
  }
  if (end < 0) return null;
  // do not end on a particle
  let span = text.slice(start, end);
  span = span.replace(/\s+(?:of|for|de|des|du|di|del|della|der|the|la|le)$/i, '');
  return { s: start, e: start + span.length };
}

/** The subject phrase that ends at `b` (just before a verb), from no earlier than `a`. */
function backwardMention(text: string, a: number, b: number, lang: string): MentionSpan | null {
  let pre = text.slice(a, b);
  // strip adverbs and auxiliaries before the verb
  for (;;) {
    const m = /([\p{L}’'-]+)\s*$/u.exec(pre);
    if (!m || !ADV.test(m[1]) || pre.trimEnd().length === m[1].length && false) break;
    // do not eat a capitalised name that looks like an adverb
    if (CAPWORD.test(m[1]) && !/^(?:Also|Later|Then)$/.test(m[1])) break;
    pre = pre.slice(0, m.index);
  }
  const endAt = a + pre.replace(/\s+$/, '').length;
  pre = text.slice(a, endAt);
  if (!pre.trim()) return null;
  // apposition: "X, the chief spokesman for the IEA," / "the alliance's executive director, Victor Nuñez,"
  if (/,\s*$/.test(pre)) {
    const body = pre.replace(/,\s*$/, '');
    const k = body.lastIndexOf(',');
    const np2s = k >= 0 ? k + 1 : 0;
    const np2 = body.slice(np2s).trim();
    const np2abs = a + np2s + (body.slice(np2s).length - body.slice(np2s).trimStart().length);
    if (k < 0) {
      // "Speaking to reporters outside the department, he said" is not an apposition: no comma pair
      return null;
    }
    const first = np2.split(/\s+/)[0]?.toLowerCase() ?? '';
    const isRel = /^(who|which|whose|que|qui|dont|che|cui|der|die|das|welche|quien)$/.test(first) || (STOP_NP.test(first) && !DETS.has(first)) || /ing$/.test(first);
    if (!isRel && nameRunAt(np2) && !DETS.has(first)) return { s: np2abs, e: np2abs + np2.length };
    // the phrase before the apposition
    const before = body.slice(0, k);
    const inner = backwardMention(text, a, a + before.length, lang);
    if (inner) {
      const t = text.slice(inner.s, inner.e);
      if (nameRunAt(t) || isRel || DETS.has(first) || /^\d/.test(first) || /\p{Lu}/u.test(t) || PRONOUNS.en[t.toLowerCase()]) return inner;
    }
    if (!isRel && np2) return { s: np2abs, e: np2abs + np2.length };
    return null;
  }
  const ws = words(text, a, endAt);
  if (!ws.length) return null;
  const last = ws[ws.length - 1];
  let ll = last.w.toLowerCase();
  const contr = /^(he|she|they|we|i)['’](?:s|ll|d|ve|re)$/.exec(ll);
  if (contr) { ll = contr[1]; return { s: last.s, e: last.s + contr[1].length }; }
  const pron = PRONOUNS[lang]?.[ll] ?? PRONOUNS.en[ll];
  if (pron) return { s: last.s, e: last.e };
  if (last.w === ')') {
    // "the Islamic Emirate of Afghanistan (IEA)"
    const open = pre.lastIndexOf('(');
    if (open > 0) return backwardMention(text, a, a + open, lang);
  }
  // trailing capitalised run (with titles and particles)
  let i = ws.length - 1;
  if (CAPWORD.test(last.w)) {
    while (i > 0 && (CAPWORD.test(ws[i - 1].w) || (/^(of|for|de|des|du|di|del|della|der|van|von|bin|al|y|and|&)$/i.test(ws[i - 1].w) && i > 1 && CAPWORD.test(ws[i - 2].w)))) i--;
    // include a determiner + lower-case role just before ("la sindaca Giulia Martelli")
    let j = i;
    if (j > 0 && (ROLE_NOUNS.has(ws[j - 1].w.toLowerCase()) || TITLES.has(ws[j - 1].w.toLowerCase()))) { j--; if (j > 0 && DETS.has(ws[j - 1].w.toLowerCase())) j--; }
    // drop a sentence-initial function word
    while (j < ws.length - 1 && FUNCTION_WORDS.has(ws[j].w.toLowerCase()) && !DETS.has(ws[j].w.toLowerCase())) j++;
    return { s: ws[j].s, e: last.e };
  }
  // a determiner phrase: "the minister", "a spokesman for Brannock", "officials"
  for (let k = ws.length - 1; k >= Math.max(0, ws.length - 7); k--) {
    const w = ws[k].w.toLowerCase();
    if (w === ',' || w === ';' || w === ':' || /^(that|which|who|and|but|because|when|if|while|as|than|so|que|qui|che|dass|weil|und)$/.test(w)) break;
    if (DETS.has(w)) {
      // the head must be a noun we know or a capitalised name: avoid "the talks" as a speaker
      const head = ws.slice(k + 1).map((x) => x.w.toLowerCase());
      if (head.some((h) => ROLE_NOUNS.has(h) || SPOKES.has(h) || GENERIC_SPEAKERS.has(h) || isRoleLike(h)) || ws.slice(k + 1).some((x) => CAPWORD.test(x.w))) {
        // "a spokeswoman for the company": the spokesperson with the organisation
        if (k >= 3 && /^(?:for|of)$/i.test(ws[k - 1].w) && (SPOKES.has(ws[k - 2].w.toLowerCase()) || ROLE_NOUNS.has(ws[k - 2].w.toLowerCase())) && DETS.has(ws[k - 3].w.toLowerCase())) return { s: ws[k - 3].s, e: last.e };
        return { s: ws[k].s, e: last.e };
      }
      break;
    }
  }
  if (GENERIC_SPEAKERS.has(ll) || ROLE_NOUNS.has(ll) || isRoleLike(ll)) {
    let k = ws.length - 1;
    if (k > 0 && /^[\p{L}-]+$/u.test(ws[k - 1].w) && !/^(that|and|but|said|the)$/i.test(ws[k - 1].w) && /^\p{Ll}/u.test(ws[k - 1].w) === false) k--;
    return { s: ws[k].s, e: last.e };
  }
  return null;
}

const ROLE_LIKE = /(?:man|woman|person|people|ist|ists|er|ers|or|ors|ant|ants|ent|ents|ian|ians|official|officials|leader|leaders|ministers|aide|aides|source|sources|group|campaign|committee|agency|department|ministry|office|company|firm|union|alliance|association|chamber|council|commission|government|administration|court|report|statement|ruling|letter|poll|survey|study|ad|advert|article|book|police|clip|video|piece|memo|memorandum|document|complaint|brief|lawsuit|suit|filing|release|tweet|post|email|advertisement|commercial|editorial|column|message|website|headline|story|segment|film|documentary|transcript|indictment|verdict|decision|opinion|guidance|proposal|petition|resolution|platform|analysis|review|investigation|audit|assessment|estimate|forecast|bylaws|rules|law|bill|order|directive|policy|notice|warning|announcement|speech|interview|op-ed)$/;
const isRoleLike = (w: string) => ROLE_LIKE.test(w) && w.length > 3 && !FUNCTION_WORDS.has(w);

const nameRunAt = (s: string) => /^(?:[\p{Lu}][\p{L}\p{M}’'.-]*)(?:\s+(?:(?:of|de|van|von|der|bin|al|di|del|da|la|le)\s+)?[\p{Lu}][\p{L}\p{M}’'.-]*)*$/u.test(s.trim());

interface Attr { m: MentionSpan; how: string; verb?: string }

export function attribute(text: string, paras: Paragraph[], raw: RawQuote[], reg: Registry, lang: string): Quote[] {
  const V = verbs(lang);
  const out: (Quote & { _ent: Entity | null; _para: number; _group: number; _how: string })[] = [];
  let lastSpeaker: { ent: Entity; para: number; pos: number } | null = null;
  for (let qi = 0; qi < raw.length; qi++) {
    const q = raw[qi];
    const p = paras[q.para];
    const prevQ = qi > 0 && raw[qi - 1].para === q.para ? raw[qi - 1] : null;
    const nextQ = qi + 1 < raw.length && raw[qi + 1].para === q.para ? raw[qi + 1] : null;
    // The sentence runs back over titles quoted in it (Johnson tells MSNBC’s “Morning Joe” that “…”).
    let segA = prevQ ? prevQ.close : p.start;
    for (let k = qi - 1; k >= 0 && raw[k].para === q.para && !isTitleLike(text.slice(q.start, q.end)); k--) {
      const pq = raw[k];
      if (!isTitleLike(text.slice(pq.start, pq.end)) || /[.!?;:]/.test(text.slice(pq.close, k === qi - 1 ? q.open : raw[k + 1].open))) break;
      segA = k > 0 && raw[k - 1].para === q.para ? raw[k - 1].close : p.start;
    }
    const sentA = segA + lastSentenceStart(text.slice(segA, q.open + 1));
    const afterEnd = nextQ ? nextQ.open : p.end;
    const afterRaw = text.slice(q.close, afterEnd);
    const afterSentEnd = q.close + firstSentenceEnd(afterRaw);
    const inner = text.slice(q.start, q.end);
    let attr: Attr | null = null;

    // 0. The attribution written inside the marks (« A, explique X. B »).
    if (q.incise) {
      const inc = q.incise;
      const it = text.slice(inc.start, inc.end);
      const pm = /-(?:t-)?(il|elle|on)$/.exec(it.split(/\s+/)[0] + (it.split(/\s+/)[1]?.startsWith('-') ? it.split(/\s+/)[1] : ''));
      const vm = V.sayAux.exec(it);
      if (vm) {
        const ms = inc.start + vm[0].length;
        const f = /^-(?:t-)?(il|elle)/.exec(text.slice(ms, ms + 8));
        if (f) attr = { m: { s: ms + f[0].length - f[1].length, e: ms + f[0].length }, how: 'incise' };
        else {
          const fm = forwardMention(text, ms + (text.slice(ms).length - text.slice(ms).trimStart().length), inc.end, lang);
          if (fm) attr = { m: fm, how: 'incise' };
        }
      } else if (pm) attr = null;
    }

    // 1. After the quote: ", said X" / "X said" / "according to X" (only while the sentence runs on).
    const after = text.slice(q.close, Math.min(afterSentEnd, afterEnd));
    const tight = /[,?!…—–-]$/.test(inner) || !/[.]$/.test(inner) || /^\s*[,—–-]/.test(after) || /^\s*\p{Ll}/u.test(after);
    if (!attr) {
      const am = /^\s*[,—–-]?\s*/.exec(after)!;
      const rest0 = q.close + am[0].length;
      const restText = text.slice(rest0, Math.min(afterSentEnd, afterEnd));
      // 1a. inverted: said X
      const vm0 = V.sayAux.exec(restText);
      const vm = vm0 && !/ing$/i.test(vm0[0]) ? vm0 : null;
      const inv = vm ?? /^(?:a-t-(?:il|elle)\s+\S+|\S+-t-(?:il|elle)|\S+-(?:il|elle))/.exec(restText);
      if (inv && (tight || restText.slice(inv[0].length).trim().split(/\s+/).length <= 6)) {
        const pr = /(?:-t-|-)(il|elle)$/.exec(inv[0].split(/\s+/)[0]) ?? /^a-t-(il|elle)/.exec(inv[0]);
        if (pr) {
          const k = text.indexOf(pr[1], rest0);
          attr = { m: { s: k, e: k + pr[1].length }, how: 'inv-pron' };
        } else {
          const ms = rest0 + inv[0].length;
          const fm = forwardMention(text, ms + (text.slice(ms).length - text.slice(ms).trimStart().length), afterSentEnd, lang);
          if (fm && (tight || fm.e <= afterSentEnd)) attr = { m: fm, how: 'after-inv', verb: inv[0] };
        }
      }
      // 1b. X said: whatever short phrase stands between the quote and the verb is the speaker
      if (!attr) {
        const vl = verbMatches(V.say, restText);
        const v0 = vl[0];
        // "…,” a formulation suggesting …": a participle after the quote does not attribute it
        if (v0 && !/ing$/i.test(v0[0])) {
          const span = restText.slice(0, v0.index);
          const nWords = span.trim().split(/\s+/).filter(Boolean).length;
          const okSpan = nWords >= 1 && nWords <= 24 && !/[.!?;:“”"«»„]/.test(span.replace(/\b[RDI]-[A-Z][A-Za-z.]*\.?/g, '').replace(/\b(?:Del|Atty|Ky|Fla|Calif|Wis|Mass|Mich|Ill|Tenn|Penn|Conn|Va|Ga|Ind|Minn|Nev|Mo|Md|Ariz|Colo|Okla|Ore|Wash|Tex|Ala|La|Miss|Ark|Kan|Neb|Vt|Del|Mont|Wyo|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Prof|Rev|St|Jr|Sr|Del|Mt|Ft|Lt|U\.S|D\.C|[A-Z])\./g, '').replace(/\([^)]{0,30}\)/g, ''))
            && !/\b(?:is|was|were|are|be|been|being|will|would|that|which|if|when|because|but|and then)\b/i.test(span.replace(/,\s*(?:who|which)\b[^,]*,/g, ','));
          if (okSpan) {
            const endOfVerb = v0.index + v0[0].length;
            const rest = restText.slice(endOfVerb);
            const closes = /^\s*(?:[.!?]|$)/.test(rest) || /^\s+(?:on|in|at|during|after|before|last|this|yesterday|today|earlier|later|to|from|told|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b[^.!?]{0,50}[.!?]?\s*$/.test(rest) && !/\bthat\b/.test(rest);
            const strict = /[,?!…—–-]$/.test(inner) || /^\s*[,—–-]/.test(after);
            if (strict || (closes && !/[\p{L}\p{N}]$/u.test(inner))) {
              // "…,” as a Homeland Security memo put it": the speaker after "as"
              const asLead = /^as\s+/i.exec(span);
              const ms = rest0 + (asLead ? asLead[0].length : 0);
              let me = rest0 + span.replace(/[\s,]+$/, '').length;
              // drop adverbs and auxiliaries before the verb ("he later told", "Trump has said")
              for (;;) {
                const t = /\s+([\p{L}]+)$/u.exec(text.slice(ms, me));
                if (!t || !ADV.test(t[1]) || CAPWORD.test(t[1])) break;
                me -= t[0].length;
              }
              if (me > ms) attr = { m: { s: ms, e: me }, how: 'after-svo', verb: v0[0] };
            }
          }
        }
      }
      // 1e. "“Q” to drive up the price, she said." — a short speaker and a verb closing the sentence later on
      if (!attr) {
        const lm = V.late;
        const m1 = lm.exec(restText);
        if (m1) { const k = rest0 + m1.index + m1[0].indexOf(m1[1]); attr = { m: { s: k, e: k + m1[1].length }, how: 'after-late' }; }
      }
      // 1c. according to X
      if (!attr) {
        V.according.lastIndex = 0;
        const acc = V.according.exec(restText);
        if (acc && (tight || acc.index === 0)) {
          const fm = forwardMention(text, rest0 + acc.index + acc[0].length, afterSentEnd, lang);
          if (fm) attr = { m: fm, how: 'after-acc' };
        }
      }
      // 1d. “Q” ― Name (a dash and a name closing the line); a transcript's "PENCE:" opening the paragraph
      if (!attr) {
        const line = text.slice(q.close, afterEnd).split('\n')[0];
        const dm = /^\s*[―—–-]{1,2}\s*([\p{Lu}][\p{L}\p{M}.’' -]{1,60}?)[.,]?\s*$/u.exec(line);
        if (dm) { const k = text.indexOf(dm[1], q.close); attr = { m: { s: k, e: k + dm[1].length }, how: 'dash' }; }
      }
    }
    if (!attr) {
      const lineStart = text.lastIndexOf('\n', q.open) + 1;
      const tm = /^"?([\p{Lu}][\p{Lu}.’' -]{2,40}):\s/u.exec(text.slice(Math.max(lineStart, p.start), q.open));
      if (tm) { const k = Math.max(lineStart, p.start) + tm[0].indexOf(tm[1]); attr = { m: { s: k, e: k + tm[1].length }, how: 'transcript' }; }
    }

    if (attr && !plausibleMention(text.slice(attr.m.s, attr.m.e).trim(), attr.how)) attr = null;
    const programme = isTitleLike(inner) && /(?:\b(?:on|in|at|to|of|from|for|by|via|the)|['’]s)\s*$/i.test(text.slice(Math.max(0, q.open - 12), q.open));
    if (programme) attr = null;
    // 2. Before the quote, in the same sentence: "X said:", "X said that", "according to X,", a partial's subject.
    if (!attr) {
      const sent = text.slice(sentA, q.open);
      V.according.lastIndex = 0;
      let acc: RegExpExecArray | null = null, m: RegExpExecArray | null;
      while ((m = V.according.exec(sent))) acc = m;
      if (acc) {
        const fm = forwardMention(text, sentA + acc.index + acc[0].length, q.open, lang);
        if (fm) attr = { m: fm, how: 'before-acc' };
      }
      if (!attr) {
        const inv = V.sayAux.exec(sent.trimStart());
        if (inv && /[:,]\s*$/.test(sent)) {
          const off = sentA + (sent.length - sent.trimStart().length) + inv[0].length;
          const fm = forwardMention(text, off + (text.slice(off).length - text.slice(off).trimStart().length), q.open, lang);
          if (fm) attr = { m: fm, how: 'before-inv' };
        }
        const vs0 = verbMatches(V.any, sent);
        for (let k = vs0.length - 1; k >= 0 && !attr; k--) {
          const lastV = vs0[k];
          const vs = sentA + lastV.index;
          let bm = backwardMention(text, sentA, vs, lang);
          // participle clauses: ", adding that …" / ", stating that …": the sentence's subject speaks
          if ((!bm || /,\s*$/.test(text.slice(sentA, vs)) || !plausibleMention(text.slice(bm.s, bm.e).trim(), 'before')) && /(?:ing|ant|end)$/i.test(lastV[0])) {
            bm = sentenceSubject(text, sentA, vs, reg, lang) ?? bm;
          }
          // German word order: "… skandierten Streikende …", "sagte Albers"
          const pre0 = text.slice(sentA, vs).trim().split(/\s+/)[0]?.toLowerCase() ?? '';
          const fronted = FUNCTION_WORDS.has(pre0) && !DETS.has(pre0) && !PRONOUNS.de[pre0];
          if (lang === 'de' && (!bm || !knownAt(reg, bm) || fronted)) {
            const fm = forwardMention(text, vs + lastV[0].length + 1, q.open, lang);
            if (fm) bm = fm;
          }
          // "Trump outlined his plan and vowed to punish “…”": a second verb of the sentence's subject
          if (!bm && /\b(?:and|but)\s+(?:(?:also|then|later|\p{Ll}+ly)\s+)?$/u.test(text.slice(sentA, vs))) {
            const sm = sentenceSubject(text, sentA, vs, reg, lang);
            if (sm && /^[\s“"‘]*(?:(?:[\p{Lu}][\p{L}.’'-]*)\s+)*$/u.test(text.slice(sentA, sm.s))) bm = sm;
          }
          if (!bm) {
            const g = /^\s*([\p{L}]+)/u.exec(text.slice(sentA, vs));
            if (g && GENERIC_SPEAKERS.has(g[1].toLowerCase())) { const k = sentA + text.slice(sentA, vs).indexOf(g[1]); bm = { s: k, e: k + g[1].length }; }
          }
          if (bm) attr = { m: bm, how: 'before', verb: lastV[0] };
        }
      }
    }

    if (attr && !plausibleMention(text.slice(attr.m.s, attr.m.e).trim(), attr.how)) attr = null;
    // 2b. "Trump openly admires Putin as a “strong leader”": a characterisation is the words of the sentence's subject
    if (!attr && /\bas\s+(?:an?\s+|the\s+)?$/i.test(text.slice(Math.max(sentA, q.open - 12), q.open))) {
      const sm = sentenceSubject(text, sentA, q.open, reg, lang);
      const lead = sm ? text.slice(sentA, sm.s) : '';
      if (sm && /^[\s“"‘]*(?:(?:[\p{Lu}][\p{L}.’'-]*)\s+)*$/u.test(lead)) attr = { m: sm, how: 'as-subject' };
    }
    // 3. A quotation alone: the previous sentence of its paragraph, or a paragraph that ended with "X said:".
    if (!attr && !prevQ) {
      const sent = text.slice(p.start, sentA);
      if (sent.trim()) {
        const ps = p.start + lastSentenceStart(sent.replace(/\s+$/, ''));
        const prevSent = text.slice(ps, sentA);
        const vl = verbMatches(V.any, prevSent);
        const lastV = vl[vl.length - 1];
        if (lastV) {
          const bm = backwardMention(text, ps, ps + lastV.index, lang) ?? sentenceSubject(text, ps, ps + lastV.index, reg, lang);
          if (bm) attr = { m: bm, how: 'prev-sent' };
        }
      } else if (q.para > 0 && (!q.multi || !raw.some((x) => x.group === q.group && x.para < q.para))) {
        const pp = paras[q.para - 1];
        const prevText = text.slice(pp.start, pp.end);
        if (/:\s*$/.test(prevText)) {
          const ps = pp.start + lastSentenceStart(prevText);
          const vl = verbMatches(V.any, text.slice(ps, pp.end));
          for (let k = vl.length - 1; k >= 0 && !attr; k--) {
            const bm = backwardMention(text, ps, ps + vl[k].index, lang);
            if (bm) attr = { m: bm, how: 'prev-para' };
          }
          if (!attr && vl.length) {
            const bm = sentenceSubject(text, ps, ps + vl[vl.length - 1].index, reg, lang);
            if (bm) attr = { m: bm, how: 'prev-para' };
          }
        }
      }
    }

    if (attr && !plausibleMention(text.slice(attr.m.s, attr.m.e).trim(), attr.how)) attr = null;
    // Titles of shows, books and operations (“Face the Nation,” “Morning Joe”) have no speaker.
    if (programme) attr = null;
    // Resolve the mention.
    let ent: Entity | null = null;
    let mention: string | null = null;
    if (attr) {
      mention = text.slice(attr.m.s, attr.m.e).trim();
      ent = resolveMention(reg, attr.m, lang, lastSpeaker, text);
    }
    // 4. A quotation right after another by the same speaker, or another part of a multi-paragraph quotation.
    let how = attr?.how ?? '';
    if (!attr && prevQ) {
      const prevOut = out[out.length - 1];
      const gap = text.slice(prevQ.close, q.open);
      if (prevOut && (prevOut._ent || prevOut.speakerMention) && gap.length < 200 && !/[“"«„]/.test(gap) && (/^[\s,.;:—–-]*$/.test(gap) || isAttributionOnly(gap, V))) {
        ent = prevOut._ent;
        mention = prevOut.speakerMention;
        how = 'cont';
      } else if (prevOut && (prevOut._ent || prevOut.speakerMention) && /^before/.test(prevOut._how) && gap.length < 120 && !/[“"«„.!?;:]/.test(gap)
        && !/[.!?]$/.test(text.slice(prevQ.start, prevQ.end)) && !verbMatches(V.any, gap).length) {
        // "X ruled that the claim about “A” is “B”": one verb of saying governs the quotations of its sentence
        ent = prevOut._ent;
        mention = prevOut.speakerMention;
        how = 'same-sent';
      }
    }
    let kind: QuoteKind = 'full';
    const sentBefore = text.slice(sentA, q.open).trim();
    if (q.multi) kind = 'multi-paragraph';
    else if (q.afterIncise || how === 'cont' || (prevQ && /^[\s,—–-]*$/.test(text.slice(prevQ.close, q.open)) === false && prevQ && out.length && out[out.length - 1]._para === q.para && isAttributionOnly(text.slice(prevQ.close, q.open), V))) kind = 'continuation';
    else if (sentBefore && !/[:,—–-]$/.test(sentBefore) && !/^\p{Lu}/u.test(inner)) kind = 'partial';
    else if (sentBefore && !/[:,—–-]$/.test(sentBefore)) kind = 'partial';
    else if (!/[.!?…,]$/.test(inner) && /^\s*\p{Ll}/u.test(text.slice(q.close, q.close + 3)) && !attr) kind = 'partial';
    if (ent) {
      ent = resolved(ent);
      lastSpeaker = { ent, para: q.para, pos: q.start };
    }
    out.push({ text: inner, speaker: ent ? ent.name : null, speakerMention: mention, key: false, kind, start: q.start, end: q.end, _ent: ent, _para: q.para, _group: q.group, _how: how });
  }
  // Parts of a multi-paragraph quotation share the speaker found for any of them.
  const groups = new Map<number, (typeof out)[number]>();
  for (const o of out) if (o.kind === 'multi-paragraph' && (o._ent || o.speakerMention) && !groups.has(o._group)) groups.set(o._group, o);
  for (const o of out) {
    const g = groups.get(o._group);
    if (g && o.kind === 'multi-paragraph' && !o._ent && !o.speakerMention) { o._ent = g._ent; o.speaker = g.speaker; o.speakerMention = g.speakerMention; }
  }
  for (const o of out) if (o._ent) o._ent.quotes++;
  return out.map(({ _ent, _para, _group, _how, ...q }) => q);
}

const NOT_SPEAKER = /^(?:republicans?|democrats?|democratic|conservatives?|liberals?|independents?|friday|monday|tuesday|wednesday|thursday|saturday|sunday|after|before|when|while|and|but|or|so|then|compared|including|i)$/i;

function plausibleMention(m: string, how: string): boolean {
  if (!m || m.length < 2) return false;
  const ws = m.split(/\s+/);
  const w0 = ws[0].toLowerCase();
  if (NOT_SPEAKER.test(m)) return false;
  if (FUNCTION_WORDS.has(w0) && !DETS.has(w0) && !PRONOUNS.en[w0] && !(PRONOUNS.de[w0] || PRONOUNS.fr[w0] || PRONOUNS.it[w0] || PRONOUNS.es[w0])) return false;
  if (how !== 'transcript' && ws.length >= 2 && m === m.toUpperCase() && /\p{Lu}{3}/u.test(m) && !/[a-z]/.test(m)) return false;
  if (/[<>="]/.test(m)) return false;
  // "“…” suggests that Phoenix …": a clause after the verb, not its speaker
  if (how === 'after-inv' && /^(?:that|whether|if|how|why|what)$/.test(w0)) return false;
  // "expected Trump to…" is no speaker; "retired Air Force general Lloyd Newton" is (a participle before a name)
  if (/^\p{Ll}+(?:ed|ing)$/u.test(ws[0]) && !ROLE_NOUNS.has(w0) && !(/ed$/.test(w0) && ws.length >= 3 && ws.length <= 7 && /^\p{Lu}/u.test(ws[ws.length - 1]) && /^\p{Lu}/u.test(ws[ws.length - 2]))) return false;
  const wl = ws[ws.length - 1].toLowerCase();
  if (ws.length > 1 && (FUNCTION_WORDS.has(wl) && !PRONOUNS.en[wl] || /^\p{Ll}+(?:ed|ing)$/u.test(ws[ws.length - 1]))) return false;
  return true;
}

/** A short quotation written in title case: a programme, a book, an event. */
function isTitleLike(q: string): boolean {
  const ws = q.replace(/[,.;:!?]+$/, '').split(/[\s-]+/).filter(Boolean);
  if (!ws.length || ws.length > 6) return false;
  const small = /^(?:the|a|an|of|and|or|in|on|at|to|for|with|de|la|le|du|des|di|del|der|die|das|und|et|e|y|el|los)$/i;
  const big = ws.filter((w) => !small.test(w));
  return big.length > 0 && big.every((w) => /^[\p{Lu}\p{N}]/u.test(w));
}

/** Verb matches in s, without nouns ("his reports", "the claims"). */
function verbMatches(re: RegExp, s: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const r = re;
  r.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = r.exec(s))) {
    // a capitalised match mid-sentence is a name ("the United States"), not a verb
    if (/^\p{Lu}/u.test(m[0]) && /[\p{L}\p{N},]\s*$/u.test(s.slice(0, m.index))) continue;
    const prev = wordBefore(s, 0, m.index, true);
    if (/^(his|her|its|their|the|a|an|our|my|your|these|those|this|that|whose|le|la|les|der|die|das|il|el)$/.test(prev) || /['’]s$/.test(prev)) continue;
    out.push(m);
  }
  return out;
}

const knownAt = (reg: Registry, m: MentionSpan) => reg.mentions.some((x) => x.s >= m.s && x.e <= m.e);

function isAttributionOnly(gap: string, V: Verbs): boolean {
  const g = gap.trim();
  if (!g || g.length > 160) return false;
  V.say.lastIndex = 0;
  return V.say.test(g) && !/[.!?]\s+\p{Lu}.*[.!?]\s+\p{Lu}/u.test(g);
}

const pronCache = new Map<string, RegExp>();
function pronounRe(lang: string): RegExp {
  let re = pronCache.get(lang);
  if (!re) {
    re = new RegExp(`\\b(${Object.keys(PRONOUNS[lang] ?? PRONOUNS.en).filter((p) => p !== 'i').join('|')})\\b`, 'i');
    pronCache.set(lang, re);
  }
  return re;
}

/** The first person (or pronoun) of the sentence: the subject of a participle clause. */
function sentenceSubject(text: string, a: number, b: number, reg: Registry, lang: string): MentionSpan | null {
  const seg = text.slice(a, b);
  const pm = pronounRe(lang).exec(seg);
  let best: MentionSpan | null = null;
  let bestPerson: MentionSpan | null = null;
  for (const m of reg.mentions) {
    if (m.s < a || m.e > b) continue;
    const t = typeOf(resolved(m.ent), lang);
    if (/^['’]s\b|^['’]/.test(reg.text.slice(m.e, m.e + 2))) continue;
    if (t === 'person' && (!bestPerson || m.s < bestPerson.s)) bestPerson = { s: m.s, e: m.e };
    if ((t === 'organization' || t === 'country') && !best) best = { s: m.s, e: m.e };
  }
  if (pm && (!bestPerson || a + pm.index < bestPerson.s) && (!best || a + pm.index < best.s)) return { s: a + pm.index, e: a + pm.index + pm[1].length };
  if (bestPerson) return bestPerson;
  return best;
}

/** The party a speaker mention stands for, or null for an anonymous or collective speaker. */
function resolveMention(reg: Registry, span: MentionSpan, lang: string, lastSpeaker: { ent: Entity; para: number; pos: number } | null, text: string): Entity | null {
  const mt = text.slice(span.s, span.e).trim();
  const low = mt.toLowerCase();
  const wordsL = low.split(/[\s’']+/);
  const head = wordsL[wordsL.length - 1];
  // 1. Names inside the span.
  const inside = reg.mentions.filter((m) => m.s >= span.s && m.e <= span.e && !/^['’]/.test(text.slice(m.e, m.e + 1))).map((m) => ({ m, ent: resolved(m.ent) }));
  const spokes = wordsL.some((w) => SPOKES.has(w));
  const persons = inside.filter((x) => typeOf(x.ent, lang) === 'person');
  if (persons.length && !spokes) return persons[persons.length - 1].ent;
  if (persons.length && spokes && persons.some((x) => x.m.s > span.s + 3)) {
    // "spokeswoman Saima Qureshi": the person; "a spokesman for Brannock": the organisation
    const named = persons.filter((x) => !/\b(?:for|of|de|des|du|der|di|del|della)\s*$/i.test(text.slice(span.s, x.m.s)));
    if (named.length) return named[named.length - 1].ent;
  }
  const orgs = inside.filter((x) => ['organization', 'country'].includes(typeOf(x.ent, lang)));
  if (orgs.length) return orgs[orgs.length - 1].ent;
  // 2. Pronouns.
  const pron = PRONOUNS[lang]?.[low] ?? PRONOUNS.en[low];
  if (pron) {
    if (pron === 'n') return null;
    return resolvePronoun(reg, span.s, pron, lastSpeaker, lang);
  }
  // 3. Role nouns: "the minister", "la sindaca", "die Senatorin", "M. Berthier" (a title and a surname).
  if (wordsL.some((w) => SPOKES.has(w)) && !persons.length) {
    // "a spokesman for Brannock" with an unknown organisation name: the capitalised words after for/of
    const om = /\b(?:for|of|de|des|du|der|di|del|della|dell’)\s+((?:the\s+)?[\p{Lu}][\p{L}’'-]*(?:\s+[\p{Lu}][\p{L}’'-]*)*)/u.exec(mt);
    if (om) {
      const ent = findByWord(reg, om[1].replace(/^the\s+/, ''), span.s, lang);
      if (ent) return ent;
      if (lang === 'de') {
        const k = om[1].replace(/s$/, '');
        const e2 = reg.find(k) ?? reg.find(om[1]);
        if (e2) return e2;
        const e = reg.add(k, 'organization');
        e.evidence.org += 3;
        reg.mention(e, span.s + mt.indexOf(om[1]), span.s + mt.indexOf(om[1]) + om[1].length);
        return e;
      }
    }
    // "ein Sprecher der Reederei": the organisation named by that head word
    const hm = /\b(?:der|des|du|de la|della|of the|for the)\s+(\p{L}+)$/u.exec(mt);
    if (hm) {
      const ent = findByWord(reg, hm[1], span.s, lang) ?? (ORG_NOUNS.has(hm[1].toLowerCase()) ? lastOrganisation(reg, span.s, lang) : null);
      if (ent) return ent;
    }
    if (/\b(?:for|of|de|des|du|der|di|del|della|dell’)\s/i.test(mt)) return null;
  }
  const role = wordsL.find((w) => ROLE_NOUNS.has(w)) ?? (ROLE_NOUNS.has(head) ? head : undefined);
  const capName = /(?:^|\s)([\p{Lu}][\p{L}’'-]+)$/u.exec(mt);
  if (capName && !GENERIC_SPEAKERS.has(capName[1].toLowerCase())) {
    const ent = findByWord(reg, capName[1], span.s, lang);
    if (ent) return ent;
  }
  if (role) {
    let best: Entity | null = null, bestPos = -1;
    for (const m of reg.mentions) {
      if (m.s >= span.s) continue;
      const e = resolved(m.ent);
      if (typeOf(e, lang) !== 'person') continue;
      if ([...e.roleWords].some((w) => w === role || w.endsWith(role) || role.endsWith(w)) && m.s > bestPos) { best = e; bestPos = m.s; }
    }
    if (best) return best;
    // nobody named with that role before: look ahead
    for (const m of reg.mentions) {
      const e = resolved(m.ent);
      if (m.s > span.s && typeOf(e, lang) === 'person' && [...e.roleWords].some((w) => w === role || w.endsWith(role))) return e;
    }
  }
  // 4. Organisation nouns: "the alliance", "the union", "the chamber".
  if (wordsL.length <= 3 && /^(the|la|le|l|il|lo|die|der|das|el)$/.test(wordsL[0] ?? '') && !GENERIC_SPEAKERS.has(head)) {
    const ent = findByWord(reg, head, span.s, lang, true);
    if (ent && typeOf(ent, lang) === 'organization') return ent;
    // "the company said": the organisation named last
    if (wordsL.length === 2 && ORG_NOUNS.has(head)) { const org = lastOrganisation(reg, span.s, lang); if (org) return org; }
  }
  // 5. An unknown capitalised name: a new person.
  if (nameRunAt(mt) && !GENERIC_SPEAKERS.has(low) && !FUNCTION_WORDS.has(low)) {
    const clean = mt.replace(/^(?:Mr|Mrs|Ms|Dr|M|Mme|Herr|Frau|Sen|Rep|Gov|Gen)\.?\s+/, '');
    const e = reg.add(clean, 'unknown');
    if (!e.mentions.some((m) => m.s === span.s)) reg.mention(e, span.s, span.e, true);
    e.evidence.person += 1;
    return e;
  }
  return null;
}

/** The organisation mentioned last before pos (within a few paragraphs), or null. */
function lastOrganisation(reg: Registry, pos: number, lang: string): Entity | null {
  let best: Entity | null = null, bestPos = -1;
  for (const m of reg.mentions) {
    if (m.s >= pos || m.s <= bestPos || m.s < pos - 3000) continue;
    const e = resolved(m.ent);
    if (typeOf(e, lang) === 'organization') { best = e; bestPos = m.s; }
  }
  return best;
}

/** The nearest party named by a word: a surname, the first word of an organisation, an alias. */
function findByWord(reg: Registry, word: string, pos: number, lang: string, lowerOk = false): Entity | null {
  const w = word.toLowerCase().replace(/^(?:l|d)['’]/, '');
  let best: Entity | null = null, bestPos = -Infinity;
  for (const e0 of reg.entities) {
    const e = resolved(e0);
    if (!e.mentions.length) continue;
    const parts = nameParts(e);
    let hit = parts[parts.length - 1] === w || e.name.toLowerCase() === w;
    if (!hit) for (const a of e.aliases) if (a.toLowerCase() === w) { hit = true; break; }
    if (!hit) hit = typeOf(e, lang) === 'organization' && (parts[0] === w || (lowerOk && parts.includes(w)));
    if (!hit) continue;
    // the latest mention before pos, or far back for a party named only later
    let p = -1e9;
    for (const m of e.mentions) if (m.s < pos && m.s > p) p = m.s;
    if (p > bestPos) { best = e; bestPos = p; }
  }
  return best;
}

function resolvePronoun(reg: Registry, pos: number, gender: 'm' | 'f', lastSpeaker: { ent: Entity; para: number; pos: number } | null, lang: string): Entity | null {
  const compatible = (e: Entity) => !e.gender || e.gender === gender;
  let best: Entity | null = null, bestPos = -1, bestSubj: Entity | null = null, subjPos = -1;
  for (const m of reg.mentions) {
    if (m.s >= pos || m.s < pos - 2500) continue;
    const e = resolved(m.ent);
    if (typeOf(e, lang) !== 'person' || !compatible(e)) continue;
    if (m.s > bestPos) { best = e; bestPos = m.s; }
    if (m.subject && m.s > subjPos) { bestSubj = e; subjPos = m.s; }
  }
  if (lastSpeaker && compatible(lastSpeaker.ent) && lastSpeaker.pos < pos && pos - lastSpeaker.pos < 1500) {
    // the last speaker, unless another person became the subject since; an organisation (its unnamed spokesperson's
    // words) only while no person has been named since
    const lt = typeOf(resolved(lastSpeaker.ent), lang);
    const orgSince = (lt === 'organization' || lt === 'country') && best !== null && bestPos > lastSpeaker.pos;
    if (!orgSince && (!bestSubj || subjPos <= lastSpeaker.pos || bestSubj === lastSpeaker.ent)) return lastSpeaker.ent;
  }
  const e = bestSubj && subjPos >= bestPos - 200 ? bestSubj : best;
  if (e && !e.gender) e.gender = gender;
  return e;
}
