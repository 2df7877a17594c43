// A short line that stands again and again between the story's paragraphs ("Continue reading the main story" after
// each ad break of a page): the page's furniture, inserted wherever the layout breaks the text, not something the
// story says. Evidence by repetition alone, in any language: the same whole line three times or more, each copy
// short and no sentence (no end mark, no colon of a label or a field, no list item), each copy beside a paragraph of
// the story, in two places or more that story prose parts. A refrain or a label repeated side by side or between short lines is not taken (prose must part the
// copies), nor a credit or a date (meta), a heading, a quote, a caption or a table's cell.
import type { BlockInfo } from './context';
import { gone, inheritedReason, protectedBlock, reasonOf, META_REASONS, type Verdicts } from './decide';
import { isProse, isSentence } from './signals';

/** Copies a line must have in the article: two could be a story's own echo (a slogan quoted twice). */
const MIN_COPIES = 3;
/** Places in the story the copies stand in, parted by its prose. */
const MIN_PLACES = 2;
/** A furniture line is short: at most these many words and characters. */
const MAX_WORDS = 8;
const MAX_LEN = 60;

/** A block that may be furniture by its shape: a short line that says no sentence. A colon anywhere makes it a label
 * or a field ("Temp rating: 15°F" under every product of a buying guide), and a list item a point of its list: both
 * the story's data, however often they repeat. */
function lineLike(b: BlockInfo): boolean {
  const s = b.s;
  return !!s.text && s.words.length <= MAX_WORDS && s.len <= MAX_LEN && !s.terminal && !/[:：]/.test(s.text) &&
    !s.heading && !s.listItem && !s.tableCell && !protectedBlock(s) && !isSentence(s) && !isProse(s) && !META_REASONS.has(reasonOf(s).reason);
}

/**
 * The groups of three or more short lines of the same text (by fingerprint). Not the article's copy groups
 * (lib/clean/context.ts): those take copies standing each in a box of its own beside other text for a template's
 * fields, and a line the layout repeats in every section of the story stands just so.
 */
function groupsOf(infos: readonly BlockInfo[]): number[][] {
  const groups = new Map<string, number[]>();
  infos.forEach((b, k) => {
    if (!lineLike(b)) return;
    const g = groups.get(b.s.fp);
    if (g) g.push(k); else groups.set(b.s.fp, [k]);
  });
  return [...groups.values()].filter((g) => g.length >= MIN_COPIES);
}

/**
 * The places the copies stand in, when story prose still standing parts every two of them (copies with nothing
 * kept between, a line and its skip link's target, are one place); 0 when some kept text other than prose parts
 * two copies (a poem's refrain between its verses).
 */
function placesParted(infos: readonly BlockInfo[], v: Verdicts, members: number[]): number {
  let places = 1;
  for (let m = 1; m < members.length; m++) {
    let kept = false, prose = false;
    for (let j = members[m - 1]! + 1; j < members[m]!; j++) if (!gone(v, j)) { kept = true; prose ||= isProse(infos[j]!.s); }
    if (kept && !prose) return 0;
    if (prose) places++;
  }
  return places;
}

/** The nearest block still standing from `k` in direction `step` that is no copy, or null. */
function keptNeighbour(infos: readonly BlockInfo[], v: Verdicts, copies: Set<number>, k: number, step: 1 | -1): BlockInfo | null {
  for (let j = k + step; j >= 0 && j < infos.length; j += step) if (!gone(v, j) && !copies.has(j)) return infos[j]!;
  return null;
}

/** Whether every copy stands beside story prose: a line between the story's paragraphs, not a field of a small card
 * beside other short lines (a buying guide's "£205 / Price at / Lakeland" under each product). */
function besideProse(infos: readonly BlockInfo[], v: Verdicts, members: number[]): boolean {
  const copies = new Set(members);
  return members.every((k) => [keptNeighbour(infos, v, copies, k, -1), keptNeighbour(infos, v, copies, k, 1)].some((b) => !!b && isProse(b.s)));
}

/** Whether applyScatteredLines can act: some text stands three times (asked first: most pages have none). */
export function hasScatteredCopies(infos: readonly BlockInfo[]): boolean {
  const n = new Map<string, number>();
  for (const b of infos) { const c = (n.get(b.s.fp) ?? 0) + 1; if (c >= MIN_COPIES && b.s.text) return true; n.set(b.s.fp, c); }
  return false;
}

/** The kept copies of a short line scattered through the story go, as duplicates of the page's furniture. */
export function applyScatteredLines(infos: readonly BlockInfo[], v: Verdicts): void {
  for (const members of groupsOf(infos)) {
    if (placesParted(infos, v, members) < MIN_PLACES || !besideProse(infos, v, members)) continue;
    const removed = members.find((k) => gone(v, k));
    const kind = removed !== undefined ? inheritedReason(v[removed]!) : 'other';
    for (const k of members) {
      if (v[k]) continue;
      v[k] = { reason: 'duplicate', rule: 'duplicate:scattered', kind, score: 0, strong: false,
        evidence: [`the same short line stands ${members.length} times between the story's paragraphs`] };
    }
  }
}
