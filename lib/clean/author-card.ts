// An author's card after the story's end (an avatar "Jane Q. Doe", 65×65, beside "Leeds, 1984. Reporter. I have
// covered…"): about who wrote the story, not part of it; the reader showed the note as the avatar's caption. Known
// by structure and the byline, in any language: a picture the size of an avatar (a square of at most AVATAR_MAX px by
// its attributes) whose alt text is a short name sharing a word with the byline, after the story's last paragraph;
// its card (the smallest box around it that holds other blocks) holds only short notes, after the story too. A card
// without such a picture is known by its name line instead: a block that is exactly the byline's (first) name, a
// link to the author's page say ("Nicole Opitz" over "Redakteurin" and "Seit 2019 bei der taz …"), or a heading that is
// that link (The Nation's "John Nichols" over a social icon and his note).
import type { BlockInfo } from './context';
import { gone, type Verdict, type Verdicts } from './decide';
import { foldedWords } from '../chars';
import { isProse } from './signals';
import { NOTE_MAX } from './author-bio';
import { lonePicture } from './lone-picture';
import { authorWords } from './author-photo';
import { isStandfirst } from '../standfirst';

/** An avatar's side in px by its attributes: a story's photo is larger, an icon smaller. */
const AVATAR_MIN = 24, AVATAR_MAX = 120;
/** Words of an alt text that is a name ("María Jesús Del Pino"). */
const NAME_WORDS = [2, 5] as const;
/** Letters a name's word has to count as shared with the byline ("del" does not). */
const WORD_MIN = 4;
/** Notes a card holds at most (a name, a role, a bio). */
const CARD_NOTES = 3;

const RULE = 'media:author-card';

/** The picture is an avatar whose alt text names one of the byline's people (a co-author too). */
function namedAvatar(b: BlockInfo, byline: ReadonlySet<string>): boolean {
  const img = lonePicture(b);
  if (!img) return false;
  const w = Number(img.getAttribute('width')), h = Number(img.getAttribute('height'));
  if (!(w >= AVATAR_MIN && w <= AVATAR_MAX && w === h)) return false;
  const alt = img.getAttribute('alt') ?? '', words = foldedWords(alt);
  return !/\d/.test(alt) && words.length >= NAME_WORDS[0] && words.length <= NAME_WORDS[1] && words.some((x) => x.length >= WORD_MIN && byline.has(x));
}

/** Share of a heading's text a link must hold for the heading to be a card's name line (a link to the author's page):
 * a subhead of the story that is a name links nowhere. */
const NAME_HEADING_LINKED = 0.8;

/** The block is the byline's first name and nothing else, word for word (a removed link to the author's page too); a
 * heading only as a link ("##### [Jane Doe](/authors/jane-doe)" over the card's note). */
function nameLine(b: BlockInfo, author: readonly string[]): boolean {
  if (!author.length || b.s.quoted || (b.s.heading && b.s.linkDensity < NAME_HEADING_LINKED)) return false;
  const words = foldedWords(b.s.text);
  return words.length === author.length && words.every((w, i) => w === author[i]);
}

/** The blocks of the avatar's card besides it: the smallest box around it holding other blocks, or null. */
function cardOf(infos: readonly BlockInfo[], k: number): number[] | null {
  for (let box = infos[k]!.s.el.parentElement; box; box = box.parentElement) {
    const at = box, inside = infos.map((_, j) => j).filter((j) => j !== k && at.contains(infos[j]!.s.el));
    if (inside.length) return inside;
  }
  return null;
}

/** Author cards after the story's end go: the avatar and its notes, as the author's bio. */
export function authorCards(infos: readonly BlockInfo[], v: Verdicts, byline: string | null | undefined): Verdicts {
  const names = new Set(foldedWords(byline ?? '')), author = authorWords(byline);
  return names.size ? markCards(infos, v, names, author) : v;
}

/** authorCards' pass where the byline names someone (apart: a page without a byline never compiles it). */
function markCards(infos: readonly BlockInfo[], v: Verdicts, names: Set<string>, author: ReturnType<typeof authorWords>): Verdicts {
  const story = (j: number) => !v[j] && isProse(infos[j]!.s) && !infos[j]!.s.caption;
  const out = [...v];
  infos.forEach((b, k) => {
    const avatar = !out[k] && namedAvatar(b, names);
    if (avatar || nameLine(b, author)) markCard(infos, out, k, avatar, story);
  });
  return out;
}

/** The card of block `k` (a named avatar, or the byline's name alone) marked in `out` as the author's bio when it
 * stands after the story's end (before the story's start, its notes only: `cardBeforeStory`). Apart from authorCards: V8 compiles a function whole at its first call, and most
 * pages have no such block, so this is compiled where it runs. */
function markCard(infos: readonly BlockInfo[], out: Verdicts, k: number, avatar: boolean, story: (j: number) => boolean): void {
  const why = (evidence: string): Verdict => ({ reason: 'author-bio', rule: RULE, score: 0, strong: false, evidence: [evidence] });
  const card = cardOf(infos, k);
  if (!card) return;
  if (!avatar) for (const j of cardBeforeStory(infos, out, k, story)) out[j] = why("it stands in a card under the byline's name, before the story, beside a part already removed");
  // The story's end: its last paragraph outside the card (the card's own note may read as prose), and some story.
  const inCard = new Set(card);
  let end = -1;
  for (let j = 0; j < infos.length; j++) if (j !== k && !inCard.has(j) && story(j)) end = j;
  if (end < 0 || k <= end || card.some((j) => j <= end)) return;
  const notes = card.filter((j) => !gone(out, j)); // a name kept as small print goes with its card
  if (!notes.length || notes.length > CARD_NOTES || notes.some((j) => infos[j]!.s.heading || infos[j]!.s.len > NOTE_MAX)) return;
  if (avatar) out[k] = why("a portrait the size of an avatar after the story's end, named for a person of the byline");
  else if (!gone(out, k)) out[k] = why("it is the byline's name alone, in a card of short notes after the story's end");
  for (const j of notes) out[j] = why(avatar ? "it stands in the card of the byline's avatar, after the story's end" : "it stands in a card under the byline's name, after the story's end");
}

/** The boxes around block `k`, innermost first, as the blocks each holds besides `k` (a card's name and role may
 * sit in a box of their own inside it). */
function boxesAround(infos: readonly BlockInfo[], k: number): number[][] {
  const out: number[][] = [];
  for (let box = infos[k]!.s.el.parentElement; box; box = box.parentElement) {
    const at = box, inside = infos.map((_, j) => j).filter((j) => j !== k && at.contains(infos[j]!.s.el));
    if (inside.length > CARD_NOTES + 1) break;
    if (inside.length && inside.length !== out[out.length - 1]?.length) out.push(inside);
  }
  return out;
}

/**
 * A card before the story's start (the header's: the byline's name, a role, a note "Motorsport is my life …"): its
 * notes go when the card already lost a block besides the name by that block's own evidence (two kinds of evidence).
 * The name stays (it is the byline), so do a date, a heading and the standfirst: a card holding one is not taken.
 * The card is the largest box around the name that holds nothing else.
 */
function cardBeforeStory(infos: readonly BlockInfo[], v: Verdicts, k: number, story: (j: number) => boolean): number[] {
  let found: number[] = [];
  for (const card of boxesAround(infos, k)) {
    const inCard = new Set(card);
    const first = infos.findIndex((_, j) => j !== k && !inCard.has(j) && story(j));
    if (first < 0 || k > first || card.some((j) => j > first) || !card.some((j) => gone(v, j))) break;
    const notes = card.filter((j) => !gone(v, j));
    if (notes.length > CARD_NOTES || !notes.every((j) => plainNote(infos[j]!.s))) break;
    found = notes;
  }
  return infos[k]!.s.el.getElementsByTagName('time').length ? [] : found;
}

/** A note of a card: a sentence or a few, no heading, date, byline or other shaped line, not the standfirst. */
const plainNote = (s: BlockInfo['s']) => !s.heading && !s.shape && s.sentences > 0 && s.len <= NOTE_MAX && !isStandfirst(s.el) && !s.el.getElementsByTagName('time').length;
