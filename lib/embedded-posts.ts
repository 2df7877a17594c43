// A post embedded in the story (a tweet, an Instagram or TikTok post, a Bluesky skeet): the network's embed code is a
// <blockquote> with the post's text, its author line and a link to the post, then the network's script. Sites set
// it in boxes of their own ("social-media-embed", "oembed", "widget") that Readability reads as page furniture or as
// a box of links, and drops whole: a story about what people posted lost every post, with no trace for the reader.
// Known by structure and the networks' addresses (lib/rules/link-paths.json "social", as the clean stage reads
// them): a <blockquote> that links to a social network and has words of its own. Before Readability, it takes the
// place of the boxes that hold nothing but it (and the script), so it stands among the story's paragraphs as a
// quotation; its script goes (the reader and the exports run none).
import { linkKind } from './clean/link-kinds';
import { hostOf } from './clean/addresses';
import { hasMedia, tagOf } from './dom';
import { letters } from './page/text';

/** Elements of the embed code that show nothing in a copy of the page (the network's script, its styles). */
const INERT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'LINK']);
/** Where the climb stops: the story's own containers are never a post's box. */
const STORY_BOX = new Set(['BODY', 'HTML', 'ARTICLE', 'MAIN']);
/** Letters a post has outside its links at least (an author line, "— Jane Doe (@jane)", has more). */
const OWN_LETTERS = 4;

/** Whether a <blockquote> is an embedded post: it links to a social network and has words beside its links. */
export function isEmbeddedPost(bq: Element, host: string | null): boolean {
  const links = Array.from(bq.getElementsByTagName('a'));
  if (!links.some((a) => linkKind(a.getAttribute('href') ?? '', host) === 'social')) return false;
  const linked = links.reduce((n, a) => n + letters(a.textContent ?? '').length, 0);
  return letters(bq.textContent ?? '').length - linked >= OWN_LETTERS;
}

/** Nothing a reader sees: an inert element, or one without text or media. */
const empty = (el: Element) => INERT.has(tagOf(el)) || (!(el.textContent ?? '').trim() && !hasMedia(el));

/** The outermost box around `el` that holds nothing else (its siblings in each box are empty or inert). */
function soleBox(el: Element): Element {
  let box = el;
  for (let p = el.parentElement; p && !STORY_BOX.has(tagOf(p)); p = p.parentElement) {
    if (Array.from(p.childNodes).some((n) => n !== box && (n.nodeType === 3 ? !!n.textContent?.trim() : n.nodeType === 1 && !empty(n as Element)))) break;
    box = p;
  }
  return box;
}

/** A post's blank lines (`<br><br>`) made line breaks: Readability cuts a paragraph at two breaks into a box of
 * short lines, then drops that box for its link (a tweet kept its author line and lost its words). */
function singleBreaks(post: Element): void {
  for (const br of Array.from(post.getElementsByTagName('br'))) {
    let prev = br.previousSibling;
    while (prev && prev.nodeType === 3 && !prev.textContent?.trim()) prev = prev.previousSibling;
    if (prev?.nodeType === 1 && tagOf(prev as Element) === 'BR') br.remove();
  }
}

/**
 * Each embedded post of `root` set free of its boxes: the post takes the place of the outermost box that holds
 * nothing but it, without its class names (a network's name for the embed, "instagram-media", reads as a media box
 * to Readability) and without scripts. Returns how many posts were freed.
 */
export function freeEmbeddedPosts(root: Element, url: string | null): number {
  const host = hostOf(url);
  let n = 0;
  for (const bq of Array.from(root.getElementsByTagName('blockquote'))) {
    if (!bq.isConnected || bq.parentElement?.closest('blockquote') || !isEmbeddedPost(bq, host)) continue;
    for (const s of Array.from(bq.querySelectorAll('script, style, noscript'))) s.remove();
    singleBreaks(bq);
    const box = soleBox(bq);
    if (box !== bq) box.replaceWith(bq);
    bq.removeAttribute('class');
    bq.removeAttribute('id');
    n++;
  }
  return n;
}
