// Chinese writes a foreign name in Han characters, its parts joined by a middle dot, and often gives the original in
// brackets right after it once: 戴夫·汉森（Dave Hanson）. The bracket is the same person under another script, and
// the last part alone (汉森) is that person's surname, as "Hanson" stands for "Dave Hanson". A body's original name
// and acronym follow its Han name so too.

import type { Registry, PartyRecord } from './registry';

/** The dots a transliterated name joins its parts with (and a "?" between Han characters: a dot a page's encoding
 * lost, "斯蒂芬妮?席尔霍尔茨"). */
const DOT = /[·‧・]|(?<=[\u4E00-\u9FFF\u3400-\u4DBF\u30A0-\u30FF])\?(?=[\u4E00-\u9FFF\u3400-\u4DBF\u30A0-\u30FF])/;
const HAN_NAME = /^[\u4E00-\u9FFF\u3400-\u4DBF\u30A0-\u30FF·‧・?]+$/;
const LATIN_NAME = /^[A-Za-z][A-Za-z.'’-]*(?: [A-Za-z][A-Za-z.'’-]*)*$/;
/** The shortest surname part that stands alone for the name (one Han character is a word of its own too often). */
const SURNAME_MIN = 2;

const person = (p: PartyRecord) => p.kind === 'person' || p.kind === 'unknown';

/** Merge a bracketed original spelling and a lone surname into the dotted transliterated name they stand for. */
export function mergeTransliterated(reg: Registry) {
  bracketedOriginals(reg);
  bracketedBodies(reg);
  dottedSurnames(reg);
}

/** A body's original name in brackets, and its acronym after a comma: "（State University of New York，SUNY）". */
const BODY_ORIGINAL = /^[(（]([A-Za-z][A-Za-z.'’&-]*(?: [A-Za-z][A-Za-z.'’&-]*)+)(?:[，,] ?(\p{Lu}[\p{Lu}\d&-]{1,9}))?[)）]/u;

/** "纽约州立大学（State University of New York，SUNY）": the Latin name and the acronym in brackets right after a body's
 * Han name are its aliases; a name inside the original ("New York") is a part of it, no party of its own there. */
function bracketedBodies(reg: Registry) {
  reg.seal();
  for (const p of reg.live()) {
    // (its type not settled yet: the head word's, or the tagger's votes)
    const body = p.kind === 'organization' || (p.kind === 'unknown' && p.votes.ORG > p.votes.PER + p.votes.LOC);
    if (!body || DOT.test(p.name) || !HAN_NAME.test(p.name)) continue;
    for (const m of [...p.mentions]) {
      const b = BODY_ORIGINAL.exec(reg.text.slice(m.e, m.e + 120));
      if (!b) continue;
      p.aliases.add(b[1]!);
      if (b[2]) p.aliases.add(b[2]);
      const s = m.e, e = m.e + b[0].length;
      for (const q of reg.live()) if (q !== p && q.mentions.length && q.mentions.every((x) => x.s >= s && x.e <= e)) reg.drop(q);
    }
  }
  reg.seal();
}

/** "戴夫·汉森（Dave Hanson）": a Latin name alone in brackets right after a dotted Han name, as many words as it has
 * parts, is the same person. */
function bracketedOriginals(reg: Registry) {
  reg.seal();
  const ms = reg.mentions;
  for (let i = 0; i + 1 < ms.length; i++) {
    const a = ms[i]!, b = ms[i + 1]!, p = reg.get(a.party), q = reg.get(b.party);
    const han = reg.text.slice(a.s, a.e), latin = reg.text.slice(b.s, b.e);
    if (p === q || !person(p) || !person(q) || !DOT.test(han) || !HAN_NAME.test(han) || !LATIN_NAME.test(latin)) continue;
    if (!/^[(（]$/.test(reg.text.slice(a.e, b.s)) || !/^[)）]/.test(reg.text.slice(b.e, b.e + 1))) continue;
    if (han.split(DOT).filter(Boolean).length !== latin.split(' ').length) continue;
    reg.merge(q, p);
  }
}

/** "汉森" after "戴夫·汉森": a Han party that is the last part of exactly one dotted person's name is that person. */
function dottedSurnames(reg: Registry) {
  const byLast = new Map<string, PartyRecord[]>();
  for (const p of reg.live()) {
    if (!person(p) || !DOT.test(p.name) || !HAN_NAME.test(p.name)) continue;
    const last = p.name.split(DOT).pop() ?? '';
    if (last.length >= SURNAME_MIN) byLast.set(last, [...(byLast.get(last) ?? []), p]);
  }
  for (const p of reg.live()) {
    const full = byLast.get(p.name);
    if (full?.length === 1 && full[0] !== p && person(p)) reg.merge(p, full[0]!);
  }
  reg.seal();
}
