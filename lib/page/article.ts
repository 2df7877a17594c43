// The article on the live page: the elements the cleaned article keeps (found by snapshot number, see
// article-map.ts), its headline, byline, dates and photos with their captions, and the zones a reader reads it in —
// the article's header (headline to body) and its body (first to last kept element).
import { letters, rendered } from './text';
import { isMeta } from './meta';
import { inTeaserList } from './teasers';
import { wordShare } from '../chars';
import type { ArticleMap } from './article-map';
import { bylinesElsewhere, ownText } from './byline-elsewhere';
import { liveBlocks } from './hide';

export interface ArticleFacts {
  title?: string | null;
  byline?: string | null;
  /** When the story was published (ISO): its date is kept wherever the byline's box prints it. */
  published?: string | null;
  /** The page's share image (og:image): the lead photo, wherever the layout puts it. */
  image?: string | null;
  /** The standfirst the reader shows (its bullets joined): its lines in the header are never hidden. */
  standfirst?: string | null;
  /** The sponsorship disclosure the reader shows with the byline (lib/sponsor.ts): its line is never hidden. */
  sponsor?: string | null;
}

export interface LiveArticle {
  /** Live elements the cleaned article keeps; their children are judged one by one. */
  kept: Set<Element>;
  /** Live elements of Readability's article that the clean stage removed (with what they hold). */
  extracted: Set<Element>;
  headline: Element | null;
  /** Fingerprints of kept blocks that had no number (see ArticleMap.keptText): kept when found by their text. */
  keptText: Set<string>;
  /** The cleaned article's blocks by fingerprint, with how many copies it shows (lib/page/story-guard.ts). */
  story: Map<string, number>;
  /** Kept whole, never hidden: headline, byline, lead photo. */
  protect: Element[];
  /** Of `protect`, the byline's lines beyond the header and their dates (byline-elsewhere.ts): only they show of
   * the boxes around them. */
  elsewhere: Element[];
  /** The day the story was published (ISO), when known: a date line after the story printing another is not its. */
  published: string | null;
  /** Snapshot order of each live element (document order at the time of the snapshot). */
  order: Map<Element, number>;
  /** The box holding the body from its first to its last element (null when only <body> holds both). */
  root: Element | null;
  /** Start of the article's header (the box around its headline), first and last element of its body. */
  headerStart: number;
  first: number;
  last: number;
}

const HEADINGS = /^H[1-3]$/;
const OWN_TEXT_MIN = 30;
/** Share of words a heading and the title have in common, each way, for the heading to be the title reworded. */
const TITLE_WORDS = 0.6;
const NOT_META = 'nav, form, [role="navigation"], [role="search"], button, select, option';
const LANDMARKS = 'nav, header, footer, aside, form, [role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"]';


/**
 * Whether `el` is in the site's chrome: a navigation, or the page's banner (a <header> that no article, main,
 * section, aside or nav scopes, as ARIA reads it) with the site's navigation in it. A breadcrumb there may repeat
 * the title word for word. A banner without navigation may be the story's own header (a headline over its photo).
 */
function inSiteChrome(el: Element): boolean {
  if (el.closest('nav, [role="navigation"]')) return true;
  const header = el.closest('header, [role="banner"]');
  if (!header || header.parentElement?.closest('article, main, section, aside, nav, [role="main"], [role="article"]')) return false;
  return !!header.querySelector('nav, [role="navigation"], [role="search"]');
}

/**
 * What sets names after the headline in a title: a separator, spaced or not ("… (2) @ 史蒂文的家_藍天 :: 痞客邦 PIXNET ::").
 * Not a colon alone: "Kicker: headline" would make a heading of the kicker the title.
 */
const AFTER_HEADLINE = /^\s*(?:[|@_–—·•»~/\\-]|::)/u;

/** Whether the title is the heading's text and then what follows a separator (the blog's and the site's names). */
function titleOpensWith(text: string, title: string): boolean {
  const h = text.replace(/\s+/g, ' ').trim(), t = title.replace(/\s+/g, ' ').trim();
  return t.length > h.length && t.startsWith(h) && AFTER_HEADLINE.test(t.slice(h.length));
}

/** How much a heading reads as the story's title: its text, or its words (a kicker joined to a shorter headline). */
function titleScore(text: string, title: string): number {
  const h = letters(text), t = letters(title);
  if (!t || h.length < 8) return 0;
  if (h === t) return 4;
  if ((t.includes(h) || h.includes(t)) && Math.min(h.length, t.length) / Math.max(h.length, t.length) >= 0.5) return 3;
  if (titleOpensWith(text, title)) return 3;
  return Math.min(wordShare(text, title), wordShare(title, text)) >= TITLE_WORDS ? 3 : 0;
}

function headlineOf(elements: Element[], first: number, title: string | null | undefined): Element | null {
  let best: Element | null = null, bestScore = 0;
  for (const [i, el] of elements.entries()) {
    if (!HEADINGS.test(el.tagName.toUpperCase()) || !el.isConnected) continue;
    if (letters(el.textContent ?? '').length < 8) continue;
    let score = titleScore(el.textContent ?? '', title ?? '');
    if (!score && el.tagName.toUpperCase() === 'H1' && i < first) score = 1;
    // A shown heading beats a hidden one of the same kind: some sites render the story twice, a shown header and a
    // copy with its own headline that their style sheet hides; keeping the hidden one hid the one the reader sees.
    if (score && rendered(el)) score += 0.5;
    // The site's bar repeats the title in a breadcrumb (FAZ: an <h1> equal to og:title): the story's own heading,
    // under the article's kicker, is the one the reader sees as its title. The bar's is taken only when alone, and
    // its first <h1> stays the fallback when nothing reads as the title (Abendblatt: og:title is no heading there).
    if (score >= 3 && inSiteChrome(el)) score -= 2;
    // Nearest the body wins among equals: a page repeats its headline in menus and teasers far from it.
    if (score > 0 && (score > bestScore || (score === bestScore && i < first))) { best = el; bestScore = score; }
  }
  return bestScore >= 3 ? best : plainHeadlineOf(elements, first, title) ?? best;
}

/** Tags that never print a headline of their own: controls, links (a teaser's copy of the title) and boxes of boxes. */
const NOT_HEADLINE = 'a, nav, form, button, select, option, label, [role="navigation"], [role="search"]';

/**
 * The headline styled as a plain element (`<dl><dt>`, `<div>`, `<td>`, `<p>`: older CMSs, many Korean, Japanese and
 * Chinese sites): when no heading reads as the title, the innermost element before the body whose text does, nearest
 * the body. Judged alone it is a short line of no kind, which Clean hid; a reader looks for the headline first.
 */
function plainHeadlineOf(elements: Element[], first: number, title: string | null | undefined): Element | null {
  if (letters(title ?? '').length < 8) return null;
  let best: Element | null = null, bestScore = 0;
  for (let i = 0; i < Math.min(first, elements.length); i++) {
    const el = elements[i]!;
    const text = el.textContent ?? '';
    // A box far longer than the title cannot read as it (titleScore wants half its length at least): skip it cheaply.
    if (text.length > 3 * title!.length + 100 || !el.isConnected || !el.closest('body')) continue;
    if (el.closest(NOT_HEADLINE) || inSiteChrome(el)) continue;
    let score = titleScore(text, title!);
    if (score < 3) continue;
    // Its text is the title's, not a box's that holds it with more (a child that reads as the title alone wins).
    if (Array.from(el.children).some((c) => titleScore(c.textContent ?? '', title!) >= score)) continue;
    if (rendered(el)) score += 0.5;
    if (score >= bestScore) { best = el; bestScore = score; }
  }
  return best;
}

/** The box around the headline that holds the article's header (kicker, standfirst, byline, date), not its body. */
function headerBoxOf(headline: Element, firstEl: Element): Element {
  let box = headline;
  for (let p = headline.parentElement; p && p.tagName !== 'BODY' && !p.contains(firstEl); p = p.parentElement) {
    if ((p.textContent ?? '').length > 3000) break;
    box = p;
  }
  return box;
}

/** The smallest element in [from, to] (snapshot order) whose text holds the byline. */
function bylineOf(elements: Element[], from: number, to: number, byline: string | null | undefined): Element | null {
  const b = letters(byline ?? '');
  if (b.length < 3) return null;
  let best: Element | null = null;
  for (let i = Math.max(0, from); i <= Math.min(to, elements.length - 1); i++) {
    const el = elements[i]!;
    const text = el.textContent ?? '';
    if (text.length > 400 || !el.isConnected || !letters(text).includes(b)) continue;
    if (!best || best.contains(el)) best = el;
    else if (!el.contains(best)) break; // the first occurrence after the header start is the byline line
  }
  return best;
}

/** Letters a header line needs for being read as a part of the standfirst (not a word or a place that it names). */
const STANDFIRST_PART_MIN = 30;

/**
 * The header's lines that the reader's standfirst holds (each bullet of a list of them), outermost first: the page
 * judges its header boxes itself, and would hide a bullet that it reads as a link run; the reader keeps it.
 */
function standfirstLines(elements: Element[], from: number, to: number, standfirst: string | null | undefined): Element[] {
  const s = letters(standfirst ?? '');
  const out: Element[] = [];
  if (s.length < STANDFIRST_PART_MIN) return out;
  for (let i = Math.max(0, from); i < Math.min(to, elements.length); i++) {
    const el = elements[i]!;
    if (!el.isConnected || out.some((o) => o.contains(el))) continue;
    const t = letters(el.textContent ?? '');
    if (t.length >= Math.min(STANDFIRST_PART_MIN, s.length) && s.includes(t)) out.push(el);
  }
  return out;
}

/** The header's outermost element that says the sponsorship disclosure and nothing else. */
function sponsorLine(elements: Element[], from: number, to: number, sponsor: string | null | undefined): Element | null {
  const s = letters(sponsor ?? '');
  if (!s) return null;
  for (let i = Math.max(0, from); i < Math.min(to, elements.length); i++) {
    const el = elements[i]!;
    if (el.isConnected && letters(el.textContent ?? '') === s) return el;
  }
  return null;
}

function leadImageOf(elements: Element[], image: string | null | undefined): Element | null {
  const name = (image ?? '').split(/[?#]/)[0]?.split('/').pop();
  if (!name || name.length < 5) return null;
  for (const el of elements) {
    if (el.tagName.toUpperCase() !== 'IMG' || !el.isConnected) continue;
    const src = `${el.getAttribute('src') ?? ''} ${el.getAttribute('srcset') ?? ''} ${el.getAttribute('data-src') ?? ''}`;
    if (src.includes(name)) return el.closest('figure') ?? el;
  }
  return null;
}

/**
 * The live boxes of kept blocks that Readability made anew, found by their text under the kept elements (each as
 * often as the article keeps it), added to `kept` with what they hold. Readability rewrites a <div> of bare text as
 * a new <p> and drops the <div> with its number: a story told in such boxes (Chunichi: two `div.block`s of text
 * before a paywall box) had no kept element and Clean hid it as "other". Added after the body's zone is drawn: a
 * copy of a line elsewhere on the page must not widen it.
 */
function addKeptByText(kept: Set<Element>, keptText: readonly string[]): void {
  if (!keptText.length) return;
  const left = new Map<string, number>();
  for (const f of keptText) left.set(f, (left.get(f) ?? 0) + 1);
  const outer = [...kept].filter((el) => { for (let p = el.parentElement; p; p = p.parentElement) if (kept.has(p)) return false; return true; });
  for (const box of outer) {
    for (const b of liveBlocks(box)) {
      const n = left.get(b.fingerprint) ?? 0;
      if (!n || kept.has(b.el)) continue;
      left.set(b.fingerprint, n - 1);
      kept.add(b.el);
      for (const d of Array.from(b.el.querySelectorAll('*'))) kept.add(d);
    }
  }
}

/** How many copies of each block the cleaned article shows, by fingerprint. */
function countStory(story: readonly string[] | undefined): Map<string, number> {
  const n = new Map<string, number>();
  for (const f of story ?? []) n.set(f, (n.get(f) ?? 0) + 1);
  return n;
}

/** What Clean never hides beside the body, added to `protect`: meta lines in the box of headline and body, the
 * byline, the standfirst and the lead picture. Returns the bylines found beyond the header. */
function protectMeta(elements: Element[], kept: ReadonlySet<Element>, headline: Element | null,
  span: { boxStart: number; headerStart: number; first: number; last: number }, facts: ArticleFacts, protect: Element[]): Element[] {
  const { boxStart, headerStart, first, last } = span;
  for (let i = boxStart; i < first; i++) {
    const el = elements[i]!;
    if (kept.has(el) || protect.some((p) => p.contains(el)) || el.closest(NOT_META)) continue;
    if (isMeta(el) && !inTeaserList(el, headline)) protect.push(el);
  }
  const byline = bylineOf(elements, Math.min(boxStart, first), last, facts.byline);
  if (byline && !kept.has(byline) && !protect.some((p) => p.contains(byline))) protect.push(byline);
  // The byline beyond the header (a side box of facts, the author's box after the story), with its box's date, where
  // the header and body print none: a copy beside a shown byline is a widget's ("Follow related authors", "More by").
  const elsewhere: Element[] = [];
  for (const el of byline ? [] : bylinesElsewhere(elements, facts.byline, facts.published, headline)) {
    if (!kept.has(el) && ![...kept].some((k) => el.contains(k)) && !protect.some((p) => p.contains(el) || el.contains(p))) { protect.push(el); elsewhere.push(el); }
  }
  const sponsor = sponsorLine(elements, Math.min(boxStart, headerStart), first, facts.sponsor);
  if (sponsor && !kept.has(sponsor) && !protect.some((p) => p.contains(sponsor))) protect.push(sponsor);
  for (const el of standfirstLines(elements, Math.min(boxStart, headerStart), first, facts.standfirst)) {
    if (!kept.has(el) && !protect.some((p) => p.contains(el))) protect.push(el);
  }
  const lead = leadImageOf(elements, facts.image);
  if (lead && !kept.has(lead)) protect.push(lead);
  return elsewhere;
}

/** Find the cleaned article of `map` on the live page whose snapshot elements are `elements`. */
export function locateArticle(elements: Element[], map: ArticleMap, facts: ArticleFacts = {}): LiveArticle | null {
  const at = (n: number) => elements[n];
  const kept = new Set<Element>();
  for (const n of map.kept) { const el = at(n); if (el?.isConnected && el.tagName !== 'HTML' && el.tagName !== 'BODY') kept.add(el); }
  if (!kept.size) return null;
  const extracted = new Set<Element>();
  for (const n of map.extracted) { const el = at(n); if (el?.isConnected && !kept.has(el)) extracted.add(el); }
  const order = new Map<Element, number>();
  elements.forEach((el, i) => order.set(el, i));
  // The body runs from the first to the last element with a sentence's worth of text of its own: Readability
  // sometimes keeps a wrapper with bits of the site's header or footer in it, which must not widen the body.
  const textual = [...kept].filter((el) => ownText(el) >= OWN_TEXT_MIN);
  const keptOrder = (textual.length ? textual : [...kept]).map((el) => order.get(el)!).sort((a, b) => a - b);
  // keptOrder is not empty (kept is not) and holds indices into `elements`.
  const first = keptOrder[0]!, lastEl = at(keptOrder[keptOrder.length - 1]!)!, firstEl = at(first)!;
  let end: Element = lastEl;
  while (end.lastElementChild && order.has(end.lastElementChild)) end = end.lastElementChild;
  const last = order.get(end)!;
  const headline = headlineOf(elements, first, facts.title);
  const protect: Element[] = [];
  let headerStart = first;
  // The headline is kept whole, even when the article keeps it: Readability may rewrap its parts (a kicker and the
  // title in divs of an <h2>), which would then be judged one by one as if outside the article.
  if (headline) {
    protect.push(headline);
    const box = headerBoxOf(headline, firstEl);
    const h = order.get(box) ?? first;
    if (h < first) headerStart = h;
  }
  // Meta lines anywhere in the box that holds both the headline and the body (a side column of byline and date).
  let box: Element | null = headline ? headline.parentElement : null;
  while (box && !box.contains(firstEl)) box = box.parentElement;
  const boxStart = box && !/^(BODY|HTML)$/.test(box.tagName.toUpperCase()) ? order.get(box) ?? headerStart : headerStart;
  const elsewhere = protectMeta(elements, kept, headline, { boxStart, headerStart, first, last }, facts, protect);
  // Kept bits of menus, headers and footers away from the article are the site's, not the story's.
  for (const el of kept) {
    const i = order.get(el)!;
    if ((i < headerStart || i > last) && el.closest(LANDMARKS)) kept.delete(el);
  }
  addKeptByText(kept, map.keptText ?? []);
  let root: Element | null = firstEl;
  while (root && !root.contains(lastEl)) root = root.parentElement;
  if (root && /^(BODY|HTML)$/.test(root.tagName.toUpperCase())) root = null;
  return { kept, extracted, keptText: new Set(map.keptText ?? []), story: countStory(map.story), published: facts.published ?? null, headline, protect, elsewhere, order, headerStart, first, last, root };
}
