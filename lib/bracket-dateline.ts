// A dateline in lenticular brackets, as Japanese papers print it: 【ソウル＝小池和樹】 opening the story, the place, an
// equals sign, then the reporter (or the agency: 【ロンドン＝共同】), or 【エルサレム松岡大地、カイロ金子淳】 closing its
// last paragraph, place and name glued. The names are who wrote the story, the page's byline where its metadata
// names only the site or one of them. Known by its shape, not by words: the brackets, the sign between two short
// parts (or the change of script between them), and its place at the story's start or end.
import { oneLine } from './chars';

/** 【place＝name】 (several joined by 、 or ,); each part short, as a place and a name are. */
const EQUALS_PARTS = /^(?:[^【】＝=、,]{1,15}[＝=][^【】＝=、,]{1,20}[、,]?)+$/u;
/** 【place name】 glued: a place in katakana, then a name in kanji (several joined by 、 or ,). */
const GLUED_PARTS = /^(?:\p{Script=Katakana}[\p{Script=Katakana}ー・]{1,14}\p{Script=Han}{2,6}[、,]?)+$/u;
/** The paragraphs read from the start for it: the dateline opens the story, not a later paragraph. */
const LEAD_PARAGRAPHS = 2;

/** The byline a bracketed dateline gives: the names after its equals signs (or after a katakana place), one line
 * of them ("小池和樹, 山田太郎" of 【ソウル＝小池和樹、北京＝山田太郎】); none where the story opens and ends otherwise.
 * `known` are the authors the page's data names, which a glued dateline must name (see gluedNames). */
export function bracketDatelineNames(body: Element, known: readonly string[] = []): string[] {
  const ps = Array.from(body.querySelectorAll('p'));
  const texts = ps.slice(0, LEAD_PARAGRAPHS).map((p) => /^【([^【】]+)】/u.exec(oneLine(p.textContent ?? ''))?.[1]);
  // The sign-off at the end of the story's last paragraph.
  texts.push(/【([^【】]+)】$/u.exec(oneLine(ps.at(-1)?.textContent ?? ''))?.[1]);
  for (const inner of texts) {
    const names = inner ? equalsNames(inner) ?? gluedNames(inner, known) : [];
    if (names.length) return [names.join(', ')];
  }
  return [];
}

function equalsNames(inner: string): string[] | null {
  if (!EQUALS_PARTS.test(inner)) return null;
  return inner.split(/[、,]/).map((part) => part.split(/[＝=]/)[1]?.trim() ?? '').filter(Boolean);
}

/** Place and name glued, the only cue between them the change of script. Such a bracket may as well be a label
 * (【コラム特集】), so it is read only where one of its names is the author the page's data gives. */
function gluedNames(inner: string, known: readonly string[]): string[] {
  if (!GLUED_PARTS.test(inner)) return [];
  const names = inner.split(/[、,]/).map((part) => /\p{Script=Han}+$/u.exec(part)?.[0] ?? '').filter(Boolean);
  const authors = known.flatMap((k) => k.replace(/\s+/g, '').split(/[、,]/));
  return names.some((n) => authors.includes(n)) ? names : [];
}

/** The printed bylines with the dateline's: first where it names every one of them and more (the sign-off
 * 【エルサレム松岡大地、カイロ金子淳】 under a page whose author link names the first reporter only), else after them. */
export function withDatelineNames(printed: readonly string[], dateline: readonly string[]): string[] {
  const line = dateline[0];
  if (!line) return [...printed];
  const names = line.split(', ');
  const covers = printed.every((p) => p.split(/\s*[,、]\s*/).every((n) => names.includes(n.replace(/\s+/g, ''))));
  return covers ? [line, ...printed] : [...printed, line];
}
