// "Bradbrooke said warning people would not deter them. ¶ “We have … ¶ “It is …”": a quotation that runs over
// several paragraphs with no words of its own that say who speaks takes its speaker from the paragraph just before
// it: the speaker of a quotation that paragraph ends with ("“…,” said the 36-year-old. ¶ “I hope …"), else the
// person that paragraph's last sentence is about (the subject of its verb of saying, or a person who opens it:
// "Draper wrapped up his win … ¶ “Definitely …"). Structure only, beyond the verb lists every language has.

import type { Attributed } from './index';
import { resolveMention, type Resolver } from './resolve';
import { sentenceStart, type Doc } from './site';
import type { Speakers, Who } from './speakers';
import { subjectOfVerb } from './subject-of-verb';
import { sentenceSubject } from './sentence-subject';
import { verbMatches } from './verbs';
import { leadsClause } from './leads-clause';
import { firstPerson } from './bodies';
import type { MentionSpan } from './mention';

interface Lead { who: Who; mention: string }

/** The groups whose parts all lack a speaker, each by its first part's index in `out`. */
function silentGroups(out: readonly Attributed[]): number[] {
  const first = new Map<number, number>(), spoken = new Set<number>();
  out.forEach((o, i) => {
    if (o.kind !== 'multi-paragraph') return;
    if (!first.has(o.q.group)) first.set(o.q.group, i);
    if (o.who !== null || o.mention) spoken.add(o.q.group);
  });
  return [...first].filter(([g]) => !spoken.has(g)).map(([, i]) => i);
}

/** The speaker of the quotation that ends the paragraph before, when only its attribution follows it there. */
function speakerBefore(doc: Doc, out: readonly Attributed[], i: number): Lead | null {
  const prev = out[i - 1], q = out[i]!.q;
  if (!prev || prev.q.para !== q.para - 1 || prev.who === null || !prev.mention) return null;
  // (one clause after it, "…,” said the 36-year-old.": no further sentence that may bring in someone else)
  const tail = doc.text.slice(prev.q.close, doc.paras[prev.q.para]!.end).trim();
  return /[.!?…]\s+\S/.test(tail) ? null : { who: prev.who, mention: prev.mention };
}

/** The person the last sentence of the paragraph before is about, when that paragraph quotes nobody. */
function subjectBefore(r: Resolver, out: readonly Attributed[], i: number): Lead | null {
  const { doc } = r, q = out[i]!.q, pp = doc.paras[q.para - 1]!;
  if (out[i - 1]?.q.para === q.para - 1) return null;
  const end = pp.start + doc.text.slice(pp.start, pp.end).trimEnd().length;
  const ps = sentenceStart(doc, end - 1, pp.start);
  const say = verbMatches(doc, doc.verbs.say, ps, end)[0];
  let m: MentionSpan | null = say ? subjectOfVerb(doc, ps, ps + say.index, say[0], end, pp.start) : null;
  // (without a verb of saying, only a named person, never a body or a pronoun, opens the words to come, and only
  // words a person speaks, in the first person: not a report quoted at length, "Thousands gathered …")
  if (!m && spokenGroup(doc, out, out[i]!.q.group)) {
    const s = sentenceSubject(doc, ps, end);
    // (who leads the clause: "Draper wrapped up his win, knocking out Albot" is Draper's, not Albot's)
    m = s && doc.reg.within(s.s, s.e).some((x) => doc.reg.get(x.party).kind === 'person' && leadsClause(doc, x) && !verbMatches(doc, doc.verbs.any, ps, x.s).length) ? s : null;
  }
  const who = m ? resolveMention(r, m) : null;
  return who === null || !m ? null : { who, mention: doc.text.slice(m.s, m.e).trim() };
}

/** Some part of the group speaks in the first person ("We have …", "I hope …"). */
const spokenGroup = (doc: Doc, out: readonly Attributed[], group: number) => out.some((o) => o.q.group === group && firstWords(doc, doc.text.slice(o.q.start, o.q.end)));
const firstWords = (doc: Doc, t: string) => firstPerson(doc, t) || t.toLowerCase().split(/[^\p{L}]+/u).some((w) => doc.rules.firstPlural.has(w));

/** Gives each silent multi-paragraph quotation that opens its paragraph the speaker led into it (see above). */
export function leadIntoGroups(doc: Doc, book: Speakers, out: Attributed[]): void {
  const r: Resolver = { doc, book, last: null };
  for (const i of silentGroups(out)) {
    const q = out[i]!.q, para = doc.paras[q.para]!;
    if (q.para === 0 || q.open > para.start + 1) continue;
    const lead = speakerBefore(doc, out, i) ?? subjectBefore(r, out, i);
    if (!lead) continue;
    for (const o of out) if (o.kind === 'multi-paragraph' && o.q.group === q.group) Object.assign(o, { who: lead.who, mention: lead.mention, how: 'lead-in' });
  }
}
