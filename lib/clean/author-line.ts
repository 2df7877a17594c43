// The author's line at the story's foot, set as plain text ("Aaron Kliegman is a politics reporter for Fox News
// Digital."): about who wrote the story, not part of it. Emphasis (author-bio.ts) is one way a page sets it apart;
// this is the other, known without any language's words by two kinds of evidence together: it names the byline's
// author in its first words AND names the site itself (the author's employer), and it is the story's last block.
import type { BlockInfo } from './context';
import { gone, type Verdict, type Verdicts } from './decide';
import { foldedWords } from '../chars';
import { NOTE_MAX } from './author-bio';
import { isProse } from './signals';

/** Words a line may put before the author's name ("Korrespondent Ulrich Exner ist …"). */
const NAME_WITHIN = 4;
/** Lines at the foot that may be the author's (one per co-author at most). */
const TAIL_LINES = 2;

const RULE = 'site:author-line';

/** The line names all words of the author's name among its first words, and the site; a contact line is no note. */
function authorLine(b: BlockInfo, author: readonly string[]): boolean {
  const s = b.s;
  if (!s.self || s.heading || s.quoted || s.caption || s.len > NOTE_MAX || /@|https?:\/\/|www\./.test(s.text)) return false;
  const first = foldedWords(s.text).slice(0, NAME_WITHIN + author.length);
  return author.every((w) => first.includes(w));
}

/** Verdicts for the author's lines at the story's foot (the rest unchanged); the story keeps prose before them. */
export function authorLines(infos: readonly BlockInfo[], v: Verdicts, author: readonly string[] | undefined): Verdicts {
  // (an author to look for: V8 compiles a function whole at its first call; most pages have none, so the rest is compiled where it runs)
  return author?.length ? authorHeadings(infos, authorTail(infos, v, author), author) : v;
}

/** The author box's heading: the author's name alone, set as a heading beside the author's note that went
 * (removed as about the author), after the story. The byline (the page's own metadata) and the box are the
 * evidence; the name said in a heading amid the story, away from any note, stays. */
function authorHeadings(infos: readonly BlockInfo[], v: Verdicts, author: readonly string[]): Verdicts {
  const note = (k: number) => v[k]?.reason === 'author-bio';
  let out: Verdicts | null = null;
  infos.forEach((b, k) => {
    if ((v[k] && !v[k]!.meta) || !b.s.heading || !(note(k - 1) || note(k + 1))) return;
    const words = foldedWords(b.s.text);
    if (words.length !== author.length || !author.every((w) => words.includes(w))) return;
    if (!infos.some((p, j) => j < k && !v[j] && isProse(p.s))) return;
    (out ??= [...v])[k] = { reason: 'author-bio', rule: 'site:author-heading', score: 0, strong: false, evidence: ["it is the article's author's name alone", "it heads the author's note, removed"] };
  });
  return out ?? v;
}

function authorTail(infos: readonly BlockInfo[], v: Verdicts, author: readonly string[]): Verdicts {
  // Small print kept in the HTML (a line the decisions took for a byline) is passed over, or is the note itself.
  const kept = infos.map((_, k) => k).filter((k) => !gone(v, k) && !infos[k]!.s.caption);
  const tail: number[] = [];
  for (let i = kept.length - 1; i >= 0 && tail.length < TAIL_LINES; i--) {
    const k = kept[i]!;
    if (authorLine(infos[k]!, author)) tail.push(k);
    else if (!v[k]) break;
  }
  if (!tail.length) return v;
  const first = Math.min(...tail);
  if (!kept.some((k) => k < first && !v[k] && isProse(infos[k]!.s))) return v;
  const out = [...v];
  const why: Verdict = { reason: 'author-bio', rule: RULE, score: 0, strong: false, evidence: ["it names the article's author in its first words", 'it names the site itself', "it is the story's last block"] };
  for (const k of tail) out[k] = why;
  return out;
}
