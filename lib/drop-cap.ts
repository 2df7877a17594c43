// A drop cap: a paragraph's first letter set in an element of its own, floated large beside the text
// (`<span class="initial">N</span> <span>a endlich!</span>`). The float hides the white space the markup leaves
// after it; the reader view, which shows no float, read "N a endlich!", and the analysis took "N" for a name. By
// structure: an element holding one capital letter, the paragraph's first text, followed by text that goes on in
// lower case (no word starts so after a sentence's start) is one word with it. Only where the letter is a word of
// its own in the page's language (English "A", "I"; Spanish "Y", "O") may a space after it be meant: it stays.
import { isLower, isUpper } from './chars';
import { rulesFor } from './rules/languages';

/** The text nodes of `p` in document order, up to the first `n` that hold more than white space. */
function leadingTexts(p: Element, n: number): Text[] {
  const out: Text[] = [], stack: Node[] = [p];
  let found = 0;
  while (stack.length && found < n) {
    const node = stack.pop()!;
    if (node.nodeType === 3) { out.push(node as Text); if (node.textContent?.trim()) found++; continue; }
    for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return out;
}

/** Whether `letter` alone is a word in `lang` (its lists' function words): a space after it may be the writer's. */
const isWord = (letter: string, lang: string | null) => !!lang && rulesFor(lang.split('-')[0]!.toLowerCase()).functionWords.has(letter.toLowerCase());

/** Joins each paragraph's drop cap to the rest of its word. */
export function joinDropCaps(body: Element, lang: string | null): void {
  for (const p of Array.from(body.getElementsByTagName('p'))) {
    const texts = leadingTexts(p, 2), cap = texts.find((t) => t.textContent?.trim());
    const letter = cap?.textContent?.trim() ?? '';
    if (!cap || letter.length !== 1 || !isUpper(letter) || cap.parentNode === p || cap.parentElement?.textContent?.trim() !== letter) continue;
    const rest = texts[texts.length - 1]!, between = texts.slice(texts.indexOf(cap) + 1, -1);
    if (rest === cap || !isLower(rest.textContent!.trimStart()[0])) continue;
    const spaced = between.length > 0 || /^\s/.test(rest.textContent!) || /\s$/.test(cap.textContent!);
    if (spaced && isWord(letter, lang)) continue;
    for (const t of between) t.remove();
    cap.textContent = letter;
    rest.textContent = rest.textContent!.trimStart();
  }
}
