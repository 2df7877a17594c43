// A tweetable quotation: a sentence of the story set as a link to a network's share dialog, with the button's
// label inside the same link (`<a href="https://twitter.com/share?text=…"><span>The sentence.</span><span>Click To
// Tweet</span></a>`). The sentence is the writer's and stays; the label ran into it ("…less stress.Click To
// Tweet"). The evidence is the page's own words said twice, in any language: the part of the link that the shared
// text holds is the quotation, a short part it does not hold is the label. Run before Readability; the link, whose
// only use is to share, leaves its words as text.
import { isShareIntent } from './output-furniture';
import { oneLine, lowerWords } from './chars';

/** A shared text says something: this many words at least. */
const MIN_SHARED_WORDS = 3;
/** A label is a few words ("Click To Tweet", "Jetzt twittern"). */
const MAX_LABEL_WORDS = 4;
/** Share of a part's words found in the shared text: the quotation's (it may be worded a little otherwise). */
const QUOTED = 0.6;


/** The longest text among the share address's query values (Twitter's "text", Facebook's "quote"…), as words. */
function sharedWords(href: string): Set<string> {
  let best: string[] = [];
  try {
    for (const v of new URL(href, 'https://relative.invalid/').searchParams.values()) {
      const w = lowerWords(v);
      if (w.length > best.length && !/^https?:/i.test(v)) best = w;
    }
  } catch { /* not an address */ }
  return new Set(best.length >= MIN_SHARED_WORDS ? best : []);
}

/** The elements under `link` that hold text of their own, with it (each a part the reader sees). */
function parts(link: Element): { el: Element; text: string }[] {
  const out: { el: Element; text: string }[] = [];
  const walk = (el: Element) => {
    let own = '';
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) own += n.nodeValue ?? '';
      else if (n.nodeType === 1) walk(n as Element);
    }
    if (oneLine(own)) out.push({ el, text: oneLine(own) });
  };
  walk(link);
  return out;
}

const share = (words: string[], shared: Set<string>) => words.filter((w) => shared.has(w)).length / (words.length || 1);

/** Each share link that holds its quotation: the label out, the words left as text in its place. */
export function unlinkSharedQuotes(links: readonly Element[]): void {
  for (const link of links) {
    const shared = sharedWords(link.getAttribute('href') ?? '');
    if (!shared.size || !link.isConnected) continue;
    const found = parts(link).map((p) => ({ ...p, words: lowerWords(p.text) }));
    const quote = found.some((p) => p.words.length >= MIN_SHARED_WORDS && share(p.words, shared) >= QUOTED);
    const labels = found.filter((p) => p.el !== link && p.words.length <= MAX_LABEL_WORDS && share(p.words, shared) < QUOTED);
    if (!quote || labels.length !== 1) continue;
    labels[0]!.el.remove();
    link.replaceWith(...Array.from(link.childNodes));
  }
}

/** A link to a share dialog (candidates for unlinkSharedQuotes). */
export const isShareLink = (el: Element, tag: string): boolean => tag === 'A' && isShareIntent(el.getAttribute('href'));
