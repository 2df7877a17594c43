// Person evidence, and a one-word "person" that has none but opens the name of a body the text names ("Harvard" of
// "Harvard University", "Bard" of "Bard College", "Nissan" of "Nissan North America Inc."): the tagger's unsure
// guess of a person is outweighed by what the text writes, a brand or an institution named by its first word.

import type { Rules } from '../../rules/languages';
import type { PartyRecord } from './registry';
import { EVIDENCE, PARTY_FILTER } from '../weights';
import { nextLower } from './capitals';
import { wordBefore } from '../letters';

/** The end of the sentence a position is in (a full stop, a question or exclamation mark, or a paragraph's end). */
const sentenceEnd = (text: string, pos: number) => { const m = /[.!?]\s|\n/.exec(text.slice(pos, pos + 300)); return pos + (m ? m.index : 300); };

/** "Assad behauptete von sich, nur er könne": a verb of saying right after a mention (or right before it: "says
 * Putin"), and a pronoun of a man or a woman later in that sentence. A verb alone is no person's: bodies and
 * papers say, report and believe ("Bloomberg reported", "Nissan believes"). */
function saysAsPerson(p: PartyRecord, text: string, rules: Rules): boolean {
  const say = new Set(rules.say);
  return p.mentions.some((m) => {
    if (!say.has(nextLower(text.slice(m.e, m.e + 30))) && !say.has(wordBefore(text, m.s))) return false;
    const rest = text.slice(m.e, sentenceEnd(text, m.e)).toLowerCase().match(/\p{L}+/gu) ?? [];
    return rest.some((w) => { const g = rules.pronouns.get(w); return g === 'm' || g === 'f'; });
  });
}

/**
 * The kinds of person evidence, any one enough: the tagger is sure of a person; the name speaks a quotation; a title,
 * honorific, role, relation, apposition, age or initials beside it (evidence.person, which a one-word name gets from
 * nothing else: its shape adds only to names of several words); a gender or role words a title gave it; a
 * description; a fuller name it stands for (an alias of several words: "Fink" of "Andreas Fink"); a verb of saying
 * beside it and a pronoun of a man or a woman after it.
 */
export function hasPersonEvidence(p: PartyRecord, quotes: number, text: string, rules: Rules): boolean {
  if (quotes > 0 || p.confidence >= PARTY_FILTER.taggerConfidence || p.evidence.person > 0) return true;
  if (p.gender || p.roleWords.size || p.description) return true;
  return [...p.aliases].some((a) => /\s/.test(a.trim())) || saysAsPerson(p, text, rules);
}

/** The person evidence is the tagger's word and the name's shape alone, counted at each mention (nothing the text says of it). */
export function onlyShapeEvidence(p: PartyRecord, quotes: number, text: string, rules: Rules): boolean {
  const own = { ...p, confidence: 0, evidence: { ...p.evidence, person: Math.max(0, p.evidence.person - EVIDENCE.nameShape * p.mentions.length) } };
  return !hasPersonEvidence(own, quotes, text, rules);
}

/** A one-word name the tagger read as a person, without person evidence, whose word opens the name of one of the
 * text's organisations (`opening`: their first words): that body's brand or short name, an organisation. (A surname
 * ends a longer name, "Itamar Ben-Gvir", and is no opener.) */
export function opensBody(p: PartyRecord, quotes: number, opening: ReadonlySet<string>, text: string, rules: Rules): boolean {
  return p.parts.length === 1 && opening.has(p.parts[0]!) && p.mentions.some((m) => m.source === 'tagger') && !hasPersonEvidence(p, quotes, text, rules);
}

/** "Athena Advisers" beside "Athena Advisers Portugal": a name of several words the tagger was unsure was someone's,
 * with no person evidence but its shape, whose words open a longer organisation's name in the text (`bodies`: their
 * lower-case words), is that body's short name, an organisation. */
export function opensBodyName(p: PartyRecord, quotes: number, bodies: readonly string[][], text: string, rules: Rules): boolean {
  if (p.parts.length < 2 || p.confidence >= PARTY_FILTER.taggerConfidence) return false;
  return bodies.some((o) => o.length > p.parts.length && p.parts.every((w, i) => o[i] === w)) && onlyShapeEvidence(p, quotes, text, rules);
}
