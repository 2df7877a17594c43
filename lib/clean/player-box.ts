// A video player set in the story: its poster, the title of the clip it plays ("Now playing: Watch this: <title>…")
// and the clip's length ("8:09"). The title names another clip, not the story, and the length belongs to a player the
// reader view does not have; neither is story text. Evidence in no language's words: a length printed as a clock
// stands in the box, and the box (or a wrapper just above it) carries the clip's data in an attribute, whose title
// the line prints (cut with an ellipsis, after any label the player puts before it). A line of the box whose words
// are not in that data is left alone.
import type { BlockInfo } from './context';
import type { Verdict, Verdicts } from './decide';

/** A length as a player prints it: a clock ("1:30", "12:38", "1:02:03"). */
const LENGTH = /^\d{1,2}:\d\d(?::\d\d)?$/;
/** Letters of a title enough for its print in the player's data not to be chance. */
const TITLE_MIN = 20;
/** How far up from the lines' box the player's data may sit. */
const DATA_LEVELS = 3;
/** An attribute short of this holds no clip data. */
const DATA_MIN = 40;
const ELLIPSIS = /\s*(?:\.{3}|…)\s*$/;

const isLength = (b: BlockInfo) => LENGTH.test(b.s.text.trim());

/** Whether playerBoxes can act: a line that is only a clock's length (asked first, cheap). */
export const mayHoldPlayerBox = (infos: readonly BlockInfo[]): boolean => infos.some((b) => b.box && isLength(b));

/** The strings of an attribute: a JSON value's strings (where the title's letters are escaped), else the text. */
function strings(value: string, out: string[]): void {
  const t = value.trim();
  if (t.startsWith('[') || t.startsWith('{')) {
    try {
      JSON.stringify(JSON.parse(t), (_k, x: unknown) => (typeof x === 'string' && x.length >= TITLE_MIN && out.push(x), x));
      return;
    } catch { /* not JSON: read as text */ }
  }
  out.push(t);
}

/** The clip data on the box and the wrappers just above it, up to `root`. */
function clipData(box: Element, root: Element): string[] {
  const out: string[] = [];
  let e: Element | null = box;
  for (let i = 0; e && e !== root && i < DATA_LEVELS; i++, e = e.parentElement)
    for (const a of Array.from(e.attributes)) if (a.value.length >= DATA_MIN && a.name !== 'class' && a.name !== 'style') strings(a.value, out);
  return out;
}

/** Whether `line` ends with the start of one of `data`'s titles (cut with an ellipsis or whole). */
export function printsTitle(line: string, data: readonly string[]): boolean {
  const core = line.replace(ELLIPSIS, '').replace(/\s+/g, ' ').trim();
  return data.some((d) => {
    const title = d.replace(/\s+/g, ' ').trim();
    const i = core.indexOf(title.slice(0, TITLE_MIN));
    return title.length >= TITLE_MIN && i >= 0 && core.length - i >= TITLE_MIN && title.startsWith(core.slice(i));
  });
}

const verdict = (what: string): Verdict => ({ reason: 'related', rule: 'media:player-box', score: 0, strong: false,
  evidence: ["a video player's box in the story: a clip's length and the data of the clip it plays", what] });

/** Verdicts with the title and length lines of a video player's box taken (the rest unchanged). */
export function playerBoxes(infos: readonly BlockInfo[], v: Verdicts, root: Element): Verdicts {
  let out: Verdicts | null = null;
  for (const [k, len] of infos.entries()) {
    if (!len.box || v[k] || !isLength(len)) continue;
    const data = clipData(len.box, root);
    if (!data.length) continue;
    const titles = infos.flatMap((b, j) => (b.box === len.box && j !== k && !v[j] && b.s.text && printsTitle(b.s.text, data) ? [j] : []));
    if (!titles.length) continue;
    out ??= [...v];
    out[k] = verdict("the clip's length");
    for (const j of titles) out[j] = verdict("the title of the clip it plays, as in the player's data");
  }
  return out ?? v;
}
