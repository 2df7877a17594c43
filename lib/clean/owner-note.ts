// The publisher's note at the story's foot ("At <Group>, we employ humans to write the news…"): the company that
// owns the site speaking for itself, no line of the story. Evidence in no language's words: the page's own copyright
// notice (outside the story) names that company, and not as the site's own name; the note names it; it stands after
// the story's last paragraph, in a box of its own (not among the story's paragraphs). A correction naming the site
// itself, a paragraph of the story about the company, a quotation stay.
import { foldedWords } from '../chars';
import type { PageBlocks } from '../blocks';
import type { BlockInfo } from './context';
import type { Verdict, Verdicts } from './decide';
import { isProse, type SiteInfo } from './signals';

/** A note's length at most: a sentence or two. */
const NOTE_MAX = 300;
/** A copyright notice's length at most: a footer's line. */
const NOTICE_MAX = 200;
/** Letters of an owner's name at least (a shorter word is any word). */
const NAME_MIN = 4;

const WHY: Verdict = { reason: 'other', rule: 'site:owner-note', score: 0, strong: false,
  evidence: ["it names the company whose copyright notice the page prints", "it stands after the story's last paragraph, in a box of its own"] };

/** The holder's first name of a copyright notice ("Copyright © 2025 Caxton & CTP Printers …" → caxton), or null. */
export function noticeHolder(text: string): string | null {
  if (text.length > NOTICE_MAX) return null;
  const m = /(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s*,?\s*)?([^&,.|–—-]+)/i.exec(text);
  if (!m || !/©|\(c\)|copyright/i.test(text.slice(0, 20))) return null;
  const name = foldedWords(m[1]!)[0] ?? '';
  return name.length >= NAME_MIN && !/^\d+$/.test(name) ? name : null;
}

/** The owners the page's copyright notices name that are not the site's own name or host. */
export function pageOwners(page: PageBlocks | undefined, site: SiteInfo): string[] {
  if (!page) return [];
  const out = new Set<string>();
  for (const t of page.texts()) {
    const name = noticeHolder(t.replace(/\s+/g, ' ').trim());
    if (name && !site.names.some((n) => n.includes(name) || name.includes(n)) && !(site.host ?? '').includes(name)) out.add(name);
  }
  return [...out];
}

/** Verdicts with the owner's notes after the story taken (the rest unchanged). The story's paragraphs are its prose
 * that no decision took (an author's note after it went already). */
/** Whether ownerNotes can act: after the last paragraph of prose still kept, a short line of no link in a box, kept
 * (asked first: cleaning runs cold, and a function compiles whole at its first call). */
export function mayHoldOwnerNote(infos: readonly BlockInfo[], v: Verdicts): boolean {
  let last = -1;
  infos.forEach((b, k) => { if (!v[k] && isProse(b.s)) last = k; });
  return last >= 0 && infos.some((b, k) => k > last && !v[k] && !b.s.heading && !b.s.quoted && !b.s.caption && b.s.len <= NOTE_MAX && !b.s.links && !!b.box);
}

export function ownerNotes(infos: readonly BlockInfo[], v: Verdicts, ownersOf: () => readonly string[]): Verdicts {
  const prose = infos.filter((b, k) => !v[k] && isProse(b.s));
  const last = prose.length ? prose[prose.length - 1]!.index : -1;
  const boxes = new Set(prose.map((b) => b.box));
  let out: Verdicts | null = null, owners: readonly string[] | null = null;
  infos.forEach((b, k) => {
    const s = b.s;
    if (v[k] || last < 0 || b.index <= last || s.heading || s.quoted || s.caption || s.len > NOTE_MAX || s.links || !b.box || boxes.has(b.box)) return;
    // The page's notices are read only for a block that could be a note (few pages have one).
    owners ??= ownersOf();
    const words = owners.length ? foldedWords(s.text) : [];
    if (owners.some((o) => words.includes(o))) (out ??= [...v])[k] = WHY;
  });
  return out ?? v;
}
