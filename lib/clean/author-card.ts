// An author's card after the story's end (an avatar "Jane Q. Doe", 65×65, beside "Leeds, 1984. Reporter. I have
// covered…"): about who wrote the story, not part of it; the reader showed the note as the avatar's caption. Known
// by structure and the byline, in any language: a picture the size of an avatar (a square of at most AVATAR_MAX px by
// its attributes) whose alt text is a short name sharing a word with the byline, after the story's last paragraph;
// its card (the smallest box around it that holds other blocks) holds only short notes, after the story too. A card
// without such a picture is known by its name line instead: a block that is exactly the byline's (first) name, a
// link to the author's page say ("Nicole Opitz" over "Redakteurin" and "Seit 2019 bei der taz …").
import type { BlockInfo } from './context';
import { gone, type Verdict, type Verdicts } from './decide';
import { foldedWords } from '../chars';
import { isProse } from './signals';
import { NOTE_MAX } from './author-bio';
import { lonePicture } from './lone-picture';
import { authorWords } from './author-photo';

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

/** The block is the byline's first name and nothing else, word for word (a removed link to the author's page too). */
function nameLine(b: BlockInfo, author: readonly string[]): boolean {
  if (!author.length || b.s.heading || b.s.quoted) return false;
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
  if (!names.size) return v;
  let end = -1;
  infos.forEach((b, k) => { if (!v[k] && isProse(b.s) && !b.s.caption) end = k; });
  // A card stands after the story's end: the blocks before it are not looked at (most pages end with their story,
  // and then cardsAfter is not even compiled: cleaning runs cold).
  return end >= infos.length - 1 ? v : cardsAfter(infos, v, end, names, author);
}

/** The verdicts with the author cards after the story's end (`end`, its last paragraph) taken (a new array). */
function cardsAfter(infos: readonly BlockInfo[], v: Verdicts, end: number, names: ReadonlySet<string>, author: readonly string[]): Verdicts {
  const out = [...v];
  const why = (evidence: string): Verdict => ({ reason: 'author-bio', rule: RULE, score: 0, strong: false, evidence: [evidence] });
  infos.forEach((b, k) => {
    if (k <= end) return;
    const avatar = !out[k] && namedAvatar(b, names);
    if (!(avatar || nameLine(b, author))) return;
    const card = cardOf(infos, k);
    if (!card || card.some((j) => j <= end)) return;
    const notes = card.filter((j) => !gone(out, j)); // a name kept as small print goes with its card
    if (!notes.length || notes.length > CARD_NOTES || notes.some((j) => infos[j]!.s.heading || infos[j]!.s.len > NOTE_MAX)) return;
    if (avatar) out[k] = why("a portrait the size of an avatar after the story's end, named for a person of the byline");
    else if (!gone(out, k)) out[k] = why("it is the byline's name alone, in a card of short notes after the story's end");
    for (const j of notes) out[j] = why(avatar ? "it stands in the card of the byline's avatar, after the story's end" : "it stands in a card under the byline's name, after the story's end");
  });
  return out;
}
