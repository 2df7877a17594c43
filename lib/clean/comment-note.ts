// The comment box's rules line left behind ("ATENÇÃO: Comentários com textos ininteligíveis … não serão aprovados
// pelo moderador", "Comments are moderated…"): the page sets it right before its comment thread, whose box
// Readability drops (an empty box a script fills, a form), and the line stays as the story's last paragraph. Found
// before Readability by structure: the last line of text before a box whose class or id names comments
// (lib/rules/class-hints.json) is marked; the clean stage removes a marked line after the story's last paragraph of
// prose that also speaks of comments in its language's words (lib/rules/boilerplate/<lang>.json: a weak signal, but
// a second kind of evidence beside where it stands).
import { classWords, hintOfWord } from './markup';
import { inMarkedBox, markBox } from './box-marks';
import type { BlockInfo } from './context';
import type { Verdict, Verdicts } from './decide';
import TABLES from '../rules/clean-tables.json';

/** Marks the line set right before a comment thread on the working copy. */
export const COMMENT_NOTE_ATTR = 'data-cp-comment-note';
/** A rules line is short: a sentence or two. */
const NOTE_MAX = 300;
/** Boxes climbed from the thread to find the line before it. */
const CLIMB = 3;

const commentBox = (el: Element) => classWords(el).some((w) => hintOfWord(w) === 'comments');
const textOf = (el: Element) => (el.textContent ?? '').trim();

/** The last element with text of `el` (itself when no child holds text): the line a reader sees last in it. */
function lastLine(el: Element): Element {
  for (let e = el; ;) {
    let c = e.lastElementChild;
    while (c && !textOf(c)) c = c.previousElementSibling;
    if (!c) return e;
    e = c;
  }
}

/** The line right before `box` in the page's order: its previous sibling's last line, climbing when it has none. */
function lineBefore(box: Element): Element | null {
  let e: Element | null = box;
  for (let k = 0; e && k <= CLIMB; k++, e = e.parentElement) {
    let p = e.previousElementSibling;
    while (p && !textOf(p)) p = p.previousElementSibling;
    if (p) return lastLine(p);
  }
  return null;
}

/** Marks the line before each comment thread among `boxes` (the page's <div>s); returns how many. */
export function markCommentNotes(boxes: readonly Element[]): number {
  let n = 0;
  for (const box of boxes) {
    // The thread's outermost box only: its inner boxes ("comment-list") stand after its own title.
    if (!commentBox(box) || (box.parentElement && commentBox(box.parentElement))) continue;
    const line = lineBefore(box);
    if (!line || line.hasAttribute(COMMENT_NOTE_ATTR) || textOf(line).length > NOTE_MAX || line.getElementsByTagName('a').length) continue;
    markBox(line, COMMENT_NOTE_ATTR);
    n++;
  }
  return n;
}

/** The languages' single words for comments ("comments", "kommentare", "comentários"): the "comments" line phrases. */
let words: Set<string> | null = null;
const commentWords = (): Set<string> => (words ??= new Set(Object.entries(TABLES.phrases.line as Record<string, string>)
  .filter(([p, r]) => r === 'comments' && /^[^\s#*]+$/.test(p)).map(([p]) => p)));

const WHY: Verdict = { reason: 'comments', rule: 'markup:comment-note', score: 0, strong: false,
  evidence: ['it stands right before the comment thread', 'it speaks of comments', "it comes after the story's last paragraph, or ends the article"] };

/** Whether commentNotes can act: a marked line is still kept (asked first: cleaning runs cold). */
export const mayHoldCommentNote = (infos: readonly BlockInfo[], v: Verdicts): boolean =>
  infos.some((b, k) => !v[k] && inMarkedBox(b.s.el, COMMENT_NOTE_ATTR));

/** Nothing of the story is kept after block `k`: later blocks are removed, small print or without text. */
const atFoot = (infos: readonly BlockInfo[], v: Verdicts, k: number) => infos.every((b, j) => j <= k || !!v[j] || !b.s.text);

/** Verdicts with the comment box's rules line after the story taken (the rest unchanged). */
export function commentNotes(infos: readonly BlockInfo[], v: Verdicts): Verdicts {
  let out: Verdicts | null = null;
  infos.forEach((b, k) => {
    const s = b.s;
    if (v[k] || !(b.afterProse || atFoot(infos, v, k)) || s.heading || s.quoted || s.caption || s.len > NOTE_MAX || !inMarkedBox(s.el, COMMENT_NOTE_ATTR)) return;
    if (!s.words.some((w) => commentWords().has(w))) return;
    (out ??= [...v])[k] = WHY;
  });
  return out ?? v;
}
