// Hover cards: boxes a page shows only on pointing at a name in its running text. Taken out before Readability.
import { INLINE_TAGS, linkShare } from './dom';
import { oneLine } from './chars';

/** A card's text is mostly its links: a span of a sentence with a link or two in it is the writer's text. */
const CARD_LINK_SHARE = 0.6;
/** The paragraph has a sentence of its own around the card: its text outside the card, against the card's. */
const CARD_OWN_SHARE = 0.25;

/**
 * A hover card: a <span> in a paragraph's running text, holding a picture and several links (a person's photo and
 * their other stories), shown only on pointing at a name. Its text is not the sentence's: left in, it reads
 * mid-sentence, and its links made the paragraph look like a list of related links (a story's lead was removed).
 */
export function isHoverCard(el: Element, tag: string): boolean {
  if (tag !== 'SPAN') return false;
  // Where it stands first (a few parents), then what it holds (a walk of its content).
  let p = el.parentElement;
  while (p && INLINE_TAGS.has(p.tagName.toUpperCase())) p = p.parentElement;
  if (!p || p.tagName.toUpperCase() !== 'P') return false;
  const links = el.getElementsByTagName('a');
  if (links.length < 2 || !el.getElementsByTagName('img').length) return false;
  const { share, text } = linkShare(el);
  return text > 0 && share >= CARD_LINK_SHARE && oneLine(p.textContent ?? '').length - text >= text * CARD_OWN_SHARE;
}
