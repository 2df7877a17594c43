// Extract: Mozilla Readability on a copy of the page (never the live page), plus the metadata a reader wants.
// Returns the article's body as an element of the copy, which the clean stage then works on.
import { Readability } from '@mozilla/readability';
import { pageUrl, metaTags } from './detect';
import { oneLine } from './chars';
import type { ArticleMeta, Removal } from './types';
import { attrName, classAndId, eachElement, firstHeadline, isMasthead } from './dom';
import { findLeadPhoto, restoreLeadPhoto } from './lead-photo';
import { fullerName, titleAfterHeadline, unlistedSiteName } from './title';
import { findStandfirst, inHeader, markHeaderStandfirst, standfirstOutside, withDeck } from './standfirst';
import { joinChunks, markChunks } from './chunks';
import { fillHoles, findRows, noteRowBox, type Row, type RowGroups } from './holes';
import { markConsentPlaceholders } from './clean/consent';
import { mapSrcset, preparePictures, tidyPictures } from './pictures';
import { keepWrappedFigures } from './figure-wrappers';
import { readyStoryPieces, restoreStoryPieces } from './story-pieces';
import { joinDropCaps } from './drop-cap';
import { tidyTextDividers } from './dividers';
import { joinLoneDatelines, spaceGluedDatelines } from './lead-dateline';
import { quoteFigures, quoteHeadings } from './quote-heading';
import { figuresFromDescriptions, figuresFromMediaData, tidyFigures, unhideCaption, unlinkFigures } from './figures';
import { liftOpeningPictures } from './opening-picture';
import { hiddenByRules, hiddenRules } from './hidden-rules';
import { captionsFromHeadings, isCaptionHeading } from './caption-heading';
import { figuresFromAltText } from './alt-captions';
import { tidyFigureCredits } from './figure-credits';
import { dropFigureFurniture } from './figure-furniture';
import { dropRepeatedPictures, keepGalleries, showHiddenSlides, unwrapNoscriptPictures } from './gallery';
import { asksForAccount, markFormBoxes, markPaywallBoxes } from './clean/form-box';
import { authorDescriptions } from './clean/author-bio';
import { jsonLd, ldAltHeadlines, ldArticleBody, ldAuthors, ldModified, ldPublished, ldPublisher } from './json-ld';
import { updatedAfter, updatedField } from './updated-date';
import { showAriaHiddenProse, showHiddenStory } from './hidden-story';
import { dropHidden, hiddenByInlineStyle } from './hidden';
import { hiddenByClass, hiddenOnScreen } from './hidden-class';
import { swappedStates } from './state-labels';
import { leadByline, printedByline, sectionLabels, storyByline, type PrintedByline } from './story-byline';
import { footSignature, withFootAuthors } from './foot-byline';
import { datelineDate } from './dateline';
import { headlineDate, isPageTitle } from './headline-date';
import { markPollBoxes } from './clean/poll-box';
import { markCommentNotes } from './clean/comment-note';
import { dropLinkHints, keepTextRunsWhole } from './text-runs';
import { headingAfterTrail, markHeadline, markKicker, readerKicker, shownTitle } from './kicker';
import { declaresSponsor, findSponsorLine } from './sponsor';
import { drawBreaks, isStyledBreak } from './line-breaks';
import { isShareLink, unlinkSharedQuotes } from './share-quote';
import { isHoverCard } from './hover-card';
import { isDismissControl } from './dismiss-control';
import { keepInnerClasses, keepLineBylines, keepSectionHeadings } from './reader-hooks';
import { bylineParts } from './byline-parts';
import { bracketDatelineNames, withDatelineNames } from './bracket-dateline';
import { homeLinkNames, titleBeforeSiteName } from './site-tail';
import { betterPlain, plainArticle, suspiciouslyShort } from './plain-fallback';
import { noteHeadings, restoreHeadings, type NotedHeadings } from './lost-headings';
import { holdBack } from './held-back';

export interface Extracted extends ArticleMeta {
  /** Readability's article body: an element of `doc` (the working copy), classes kept for the clean stage. */
  body: Element;
  /** The page metadata's descriptions of its authors, folded (lib/clean/author-bio.ts): for the clean stage. */
  authorAbout: string[];
  /** The gated part the page sent but hides, left out (lib/held-back.ts): removals for the report. */
  heldBack?: Removal[];
}

// Readability drops headings whose class or id looks unlikely ("header-anchor-post" matches "header"); a body
// heading with no boilerplate hint keeps its text when that class is taken off before Readability runs.
const UNLIKELY_HEADING = /header|title|anchor|hidden|banner|masthead/i;
const BOILERPLATE_HINT = /comment|related|share|social|footer|sidebar|widget|newsletter|donat|promo|advert|\bad-|subscribe|cookie|popular/i;

/** What the pass before Readability found on its way: the first <time datetime>, how many chunks and rows of
 * paragraph boxes it marked (lib/chunks.ts, lib/holes.ts), the body's first <h1> (null: none) and the toggles a
 * consent placeholder is built around (checkboxes, buttons). */
/** `crumb`: the breadcrumb's <h1> where the headline is the <h2> shown after it (the lead photo may stand between). */
interface Prepared { time: string | null; chunks: number; rows: Row[]; headline: Element | null; crumb: Element | null; kicker: string | null; toggles: Element[]; headings: NotedHeadings }

/** What the one walk before Readability gathers: each list is what a later step works on (a walk of the page each
 * otherwise), and the headline's candidates. */
interface Found {
  time: string | null;
  /** The first <h1> in no list or masthead, the first masthead's, the first breadcrumb's, the story header's <h2>. */
  headline: Element | null; masthead: Element | null; crumb: Element | null; headerH2: Element | null;
  /** The first <h2> after the breadcrumb's <h1>, out of any list or navigation, before any paragraph of prose;
   * `crumbRead`: the walk past the point where it could be. */
  crumbH2: Element | null; crumbRead: boolean;
  /** The first two <h1> that say the page's title. */
  titled: Element[];
  groups: RowGroups;
  /** Paragraphs and <h2>–<h6> in document order (the walk is depth first), for lost-headings.ts. */
  blocks: Element[];
  captions: Element[]; modals: Element[]; cards: Element[]; breaks: Element[]; shares: Element[]; links: Element[];
  divs: Element[]; buttons: Element[]; checkboxes: Element[]; radios: Element[]; accounts: Element[];
}

const nothingFound = (): Found => ({
  time: null, headline: null, masthead: null, crumb: null, headerH2: null, crumbH2: null, crumbRead: false, titled: [], groups: new Map(), blocks: [],
  captions: [], modals: [], cards: [], breaks: [], shares: [], links: [], divs: [], buttons: [], checkboxes: [], radios: [], accounts: [],
});

const SUB_HEADING = /^H[2-6]$/;

/** Notes a heading (a headline's candidate) or a control (an account's, a poll's, a consent toggle) by its tag. */
function noteByTag(f: Found, el: Element, tag: string, titles: readonly string[]): void {
  if (tag === 'H1') {
    if (isMasthead(el)) f.masthead ??= el; else if (inCrumbs(el)) f.crumb ??= el; else f.headline ??= el;
    if (f.titled.length < 2 && !isMasthead(el) && isPageTitle(oneLine(el.textContent ?? ''), titles)) f.titled.push(el);
  }
  else if (tag === 'H2' && !f.headerH2 && inStoryHeader(el)) f.headerH2 = el;
  if (f.crumb && !f.crumbRead) noteAfterCrumb(f, el, tag);
  else if (tag === 'DIV') f.divs.push(el);
  else if (tag === 'BUTTON') f.buttons.push(el);
  else if (tag === 'INPUT') {
    const type = (el.getAttribute('type') ?? '').toLowerCase();
    if (type === 'checkbox') f.checkboxes.push(el);
    else if (type === 'radio') f.radios.push(el);
    else if (asksForAccount(el)) f.accounts.push(el);
  }
}

/** Keeps a caption or a body heading from Readability's test of unlikely classes: a caption is never page layout,
 * but Readability drops one whose class reads so ("image-footer"); a heading's class is taken off unless it hints
 * at boilerplate. */
function keepFromUnlikely(el: Element, tag: string): void {
  if (tag === 'FIGCAPTION') { el.removeAttribute('class'); el.removeAttribute('id'); unhideCaption(el); return; }
  if (!SUB_HEADING.test(tag)) return;
  const hint = classAndId(el);
  if (UNLIKELY_HEADING.test(hint) && !BOILERPLATE_HINT.test(hint)) { el.removeAttribute('class'); el.removeAttribute('id'); }
}

/** One element of the walk: noted for the steps after it, and a caption's or heading's class made safe. A caption
 * set as a heading and a modal are noted alone (what they hold is theirs); a <time> gives the first date. */
function noteElement(f: Found, el: Element, titles: readonly string[]): void {
  noteRowBox(f.groups, el);
  const tag = el.tagName.toUpperCase();
  if (tag === 'P' || SUB_HEADING.test(tag)) f.blocks.push(el);
  if (/^H[1-6]$/.test(tag) && isCaptionHeading(el)) { f.captions.push(el); return; }
  noteByTag(f, el, tag, titles);
  if (isModal(el, tag) || isDismissControl(el, tag)) { f.modals.push(el); return; }
  if (isHoverCard(el, tag)) f.cards.push(el);
  else if (isStyledBreak(el, tag)) f.breaks.push(el);
  else if (isShareLink(el, tag)) f.shares.push(el);
  if (tag === 'A') f.links.push(el);
  f.time ??= printedTime(el, tag);
  if (tag === 'TIME') return;
  keepFromUnlikely(el, tag);
}

/** The date an element gives: a <time>'s datetime, or the microdata publication date it declares in `content`
 * (<time itemprop="datePublished" content="2017-12-01T03:00:00-0800">, which has no datetime), read as a <meta>'s. */
function printedTime(el: Element, tag: string): string | null {
  const own = tag === 'TIME' ? el.getAttribute('datetime') : null;
  if (own) return own;
  return /\bdatePublished\b/.test(el.getAttribute('itemprop') ?? '') ? el.getAttribute('content') : null;
}

/**
 * The headline among the walk's candidates. A page without an <h1> (SZ's) heads its story with an <h2> in the
 * article's own <header>; one whose <h1> ends its breadcrumb (the page's name as the last item of its trail) too.
 * An <h1> that says the page's title is the headline where the first <h1> out of any list does not ("Most Popular"
 * of a sidebar or a logo's, "Artikel merken" of a dialog), even one set in a list item (the story's in a page laid
 * out as a list, or a breadcrumb's last step, which names the story better than a sidebar's heading). An <h2> of the
 * story's header, taken where every <h1> is a breadcrumb's (SZ's), stays.
 */
function chooseHeadline(f: Found, titles: readonly string[]): Element | null {
  const first = f.headline ?? f.masthead;
  if (first && f.titled.length && !isPageTitle(oneLine(first.textContent ?? ''), titles)) return f.titled.find((h) => !inCrumbs(h) || holdsMore(h)) ?? f.titled[0]!;
  return f.headline ?? f.masthead ?? f.headerH2 ?? f.crumbH2 ?? f.crumb;
}

/** A paragraph this long is the story's: a headline stands before it. */
const PROSE_CHARS = 80;

/**
 * After a breadcrumb's <h1> (the page's name for search engines, as the trail's last step), the first <h2> out of any
 * list or navigation before the story's first paragraph: the headline the page shows (Tages-Anzeiger's, its kicker
 * inside it), where no <header> marks the story's. A paragraph first: the <h2>s after it are the story's sections.
 */
function noteAfterCrumb(f: Found, el: Element, tag: string): void {
  if (tag === 'H2' && !el.closest('nav, li, aside')) { f.crumbH2 = el; f.crumbRead = true; }
  else if (tag === 'P' && oneLine(el.textContent ?? '').length >= PROSE_CHARS) f.crumbRead = true;
}

/** The marks and repairs made from what the walk found, before Readability sees the page. */
function markFound(f: Found): void {
  captionsFromHeadings(f.captions);
  drawBreaks(f.breaks);
  unlinkSharedQuotes(f.shares);
  dropLinkHints(f.links); // before the icons it is read by leave
  keepTextRunsWhole(f.divs);
  markFormBoxes(f.accounts);
  markPaywallBoxes(f.buttons);
  markPollBoxes(f.radios);
  markCommentNotes(f.divs); // the comment box's rules line, before Readability drops the thread's box
}

/** Takes out the modal dialogs and hover cards; whether any went. The innermost card only: the element around it
 * also holds the name the card is about. */
function dropOverlays(f: Found): boolean {
  let removed = dropModals(f.modals);
  for (const c of f.cards) if (c.isConnected && !f.cards.some((d) => d !== c && c.contains(d))) { c.remove(); removed = true; }
  return removed;
}

/**
 * One pass over the working copy before Readability: protect body headings and captions (a caption set as a heading
 * under its picture becomes a <figcaption>: caption-heading.ts), mark sign-in and sign-up boxes (clean/form-box.ts),
 * note the first <time datetime>, take out modal dialogs, hover cards and <template>s, mark the boxes of a story cut
 * into parts (lib/chunks.ts). A browser keeps a template's content out of the tree; linkedom does not, and
 * Readability, which walks the whole document, then scores a paywall template in <head> as the article and fails on
 * it. The same walk notes the headline and the toggles the later steps look for (each a walk of the page otherwise).
 */
function prepare(doc: Document, titles: readonly string[]): Prepared {
  const f = nothingFound();
  for (const t of Array.from(doc.getElementsByTagName('template'))) t.remove();
  if (doc.body) eachElement(doc.body, (el) => { noteElement(f, el, titles); });
  let headline = chooseHeadline(f, titles);
  markFound(f);
  const removed = dropOverlays(f);
  // What went with a removed box is no longer in the page (a headline inside one: look again for the first left).
  const toggles = [...f.checkboxes, ...f.buttons];
  if (removed && headline && !headline.isConnected) headline = firstHeadline(doc);
  // A headline that is the breadcrumb's last step has no label above it: the heading after the trail may.
  const afterTrail = headline && inCrumbs(headline) ? headingAfterTrail(headline) : null;
  const kicker = markKicker(headline) ?? (afterTrail && markKicker(afterTrail));
  markHeadline(headline);
  const headings = noteHeadings(f.blocks, (el) => BOILERPLATE_HINT.test(classAndId(el)));
  return { time: f.time, chunks: doc.body ? markChunks(doc.body) : 0, rows: findRows(f.groups), headline, crumb: headline && headline === f.crumbH2 ? f.crumb : null, kicker, toggles: removed ? toggles.filter((t) => t.isConnected) : toggles, headings };
}

/** The chunks and rows of paragraph boxes, the headings Readability dropped, the lead photo and the story's pieces our marking noted, put back. */
function restoreMarked(body: Element, work: Document, m: { chunks: number; rows: Row[]; headings: NotedHeadings; lead: ReturnType<typeof findLeadPhoto>; pieces: ReturnType<typeof readyStoryPieces> }): void {
  if (m.chunks) joinChunks(body, work);
  if (m.rows.length) fillHoles(body, m.rows);
  restoreHeadings(body, m.headings); // after the paragraphs put back: a heading goes back between two kept ones
  restoreLeadPhoto(body, m.lead);
  restoreStoryPieces(body, m.pieces);
}

/** An item of a list or of the navigation: the last step of a breadcrumb trail, not the story's headline. */
const inCrumbs = (el: Element) => !!el.parentElement?.closest('li, nav');

/** A heading in a list item that holds more than it (the story beside it: a page laid out as a list), in no <nav>. */
function holdsMore(h: Element): boolean {
  const item = h.parentElement?.closest('li');
  return !!item && !h.closest('nav') && oneLine(item.textContent ?? '').length > 2 * oneLine(h.textContent ?? '').length;
}

/** In the <header> of an <article> or <main> (not the site's header around them). */
const inStoryHeader = (el: Element) => !!el.closest('header')?.parentElement?.closest('article, main');

/**
 * A modal dialog, as ARIA or HTML marks it in any language: a consent manager's notice, a sign-up or paywall
 * overlay. Never the story, but its policy text can outscore a short story's paragraphs in Readability (a cookie
 * notice was extracted as the article). One that holds an <h1> is kept: a site that opens the story itself in a
 * dialog puts its headline there.
 */
function isModal(el: Element, tag: string): boolean {
  if (tag === 'DIALOG') return true;
  const role = el.getAttribute('role');
  return role === 'dialog' || role === 'alertdialog' || el.getAttribute('aria-modal') === 'true';
}

/**
 * The untouched copy for the run of Readability alone, less its modal dialogs (one holding an <h1> stays, as in
 * `prepare`): a consent manager's policy text outscores a short story there as well, and the fallback took a cookie
 * notice for the article (fundus, a Reuters page whose comments and teasers outweigh its story).
 */
function withoutDialogs(copy: Document): Document {
  const modals: Element[] = [];
  if (copy.body) eachElement(copy.body, (el) => { if (isModal(el, el.tagName.toUpperCase())) modals.push(el); });
  dropModals(modals);
  return copy;
}

/** Removes the modal dialogs, but one holding an <h1> (the story set in a dialog). Whether any went. */
function dropModals(modals: readonly Element[]): boolean {
  let removed = false;
  for (const m of modals) if (m.isConnected && !m.querySelector('h1')) { m.remove(); removed = true; }
  return removed;
}

/**
 * Make links and images absolute against the page URL (Readability relies on baseURI, which not every DOM has).
 * A link to a place on this page stays "#place": Readability writes it out in full when the document's address is
 * not its base (the extension's parsed copy), and the clean stage knows skip links by their "#".
 */
export function absolutizeUrls(root: Element, base: string | null): void {
  if (!base) return;
  const abs = (u: string) => { try { return new URL(u, base).href; } catch { return u; } };
  const here = `${abs(base).split('#')[0]}#`;
  eachElement(root, (el) => {
    const href = el.tagName.toUpperCase() === 'A' ? el.getAttribute('href') : null;
    if (href && !href.startsWith('#') && !/^(javascript|data|mailto|tel):/i.test(href)) {
      const full = abs(href);
      el.setAttribute('href', full.startsWith(here) && full.length > here.length ? full.slice(here.length - 1) : full);
    }
    if (!/^(IMG|SOURCE|VIDEO|AUDIO|IFRAME)$/i.test(el.tagName)) return;
    const src = el.getAttribute('src');
    if (src) el.setAttribute('src', abs(src));
    const srcsetName = attrName(el, 'srcset');
    const srcset = srcsetName && el.getAttribute(srcsetName);
    if (srcsetName && srcset) el.setAttribute(srcsetName, mapSrcset(srcset, abs));
  });
}

/** One character reference, named or numbered ("&ouml;", "&#246;"): never a tag. */
const CHAR_REF = /&(?:[a-z][a-z\d]{1,31}|#\d{1,7}|#x[\da-f]{1,6});/gi;

/**
 * Metadata with its character references still written out: a page that escapes its og:title twice gives
 * "zerst&ouml;ren" once parsed, and Readability decodes only &quot;, &amp;, &lt;, &gt; and numbers. Each reference
 * alone goes through the document's own parser (so every named one a browser knows, and no markup can come of it).
 */
export function decodeEntities(s: string, doc: Document): string {
  if (!s.includes('&')) return s;
  const el = doc.createElement('span');
  return s.replace(CHAR_REF, (ref) => { el.innerHTML = ref; return el.textContent || ref; });
}

// Other keys a publishing system gives the date under ("article:published:time", "cxenseparse:publishtime",
// "published_at", "dcsext.articlefirstpublished").
const PUBLISHED_KEY = /publish(?:ed)?[\W_]*(?:time|date|at)$|^published$|first[\W_]*published$/i;
const otherPublishedMeta = (tags: Map<string, string>) => [...tags].find(([k, v]) => PUBLISHED_KEY.test(k) && plausibleDate(v))?.[1];

function firstMeta(tags: Map<string, string>, keys: readonly string[]): string | null {
  for (const k of keys) { const v = tags.get(k.toLowerCase()); if (v) return v; }
  return null;
}

/**
 * A date a page can mean: empty values and placeholders ("0001-01-01", "1970-01-01T00:00:00Z", a year 9999) are not.
 * A date no parser reads ("2 de diciembre de 2024") is kept as written: the reader formats what it can.
 */
export function plausibleDate(s: string | null | undefined): s is string {
  if (!s?.trim()) return false;
  const t = Date.parse(s);
  if (Number.isNaN(t)) return !/^[\d\s:TZ.+-]+$/.test(s.trim()) || /\b(1[89]|20)\d\d\b/.test(s);
  const year = new Date(t).getUTCFullYear();
  return year >= 1800 && year <= new Date().getUTCFullYear() + 1 && t !== 0;
}

/**
 * The publication date from the usual places (Readability reads article:published_time and JSON-LD's datePublished;
 * then the other meta tags, a <time> the page prints), and the date of an update a day or more later.
 */
function storyDates(readability: string | null | undefined, tags: Map<string, string>, ld: ReturnType<typeof jsonLd>, time: string | null | undefined): { publishedTime: string | null; updatedTime?: string } {
  const publishedMeta = firstMeta(tags, ['article:published_time', 'datePublished', 'date', 'dc.date', 'DC.date.issued', 'pubdate']);
  const publishedTime = [readability?.trim(), publishedMeta, ldPublished(ld), time, otherPublishedMeta(tags)].find(plausibleDate) ?? null;
  return { publishedTime, ...updatedField(updatedAfter(publishedTime, [ldModified(ld), firstMeta(tags, ['article:modified_time', 'dateModified', 'og:updated_time'])])) };
}

export interface ExtractOptions {
  url?: string | null; inPlace?: boolean; meta?: Map<string, string>; ld?: unknown[];
  /** Characters in the page's long runs of text, as detection counted them (0 or left out: unknown). */
  expected?: number;
  /** An untouched copy of the page for the fallback to Readability alone; without it (in place), a copy of `doc`. */
  fresh?: () => Document | null;
}

/**
 * Before Readability: the story the page hides for its script shown, and what the page's own markup hides kept out,
 * as the live page's snapshot leaves it out (lib/hidden.ts, hidden-class.ts), with what its own style sheet hides by
 * an id or a class alone (lib/hidden-rules.ts).
 */
function hideAsThePageDoes(work: Document, body: HTMLElement, ld: unknown[]): void {
  showHiddenStory(body, ldArticleBody(ld));
  showAriaHiddenProse(body);
  const rules = hiddenRules(work), states: Element[] = [];
  const hidden = (el: Element) => hiddenByInlineStyle(el) || hiddenByClass(el) || hiddenOnScreen(el) || (!!rules && hiddenByRules(el, rules));
  dropHidden(body, body, (el) => { if (!hidden(el)) return false; states.push(...swappedStates(el, hidden)); return true; }, false);
  for (const s of states) s.remove(); // a player's state line, shown for good without the script (state-labels.ts)
  // Tracking pixels out while the inline styles that tell them are there; photos Readability would take (pictures.ts).
  preparePictures(body);
  keepWrappedFigures(body);
}

/** Readability with our hooks: section headings, inner classes and one-line bylines kept; the body as elements.
 * The byline read from its element part by part (byline-parts.ts), with the date it sets apart. */
function ourReadability(work: Document, lang: string | null) {
  const reader = new Readability(work, {
    keepClasses: true,
    serializer: (el: Node) => el as unknown as string,
  });
  keepSectionHeadings(reader);
  keepInnerClasses(reader);
  const taken = keepLineBylines(reader);
  const r = reader.parse();
  const el = taken();
  // Only where Readability's byline is that element's text (not the meta author's, not an itemprop name inside it).
  if (!r || !el || r.byline !== el.textContent?.trim()) return r && { ...r, bylineDate: null };
  const parts = bylineParts(el, lang);
  return { ...r, byline: parts.name || r.byline, bylineDate: parts.date };
}

/**
 * The body as the reader shows it, in this order: quotations set as figures, figures' furniture, pictures, figures,
 * their credits, dividers, headings, datelines, drop caps.
 */
function tidyBody(body: Element, lang: string | null): void {
  for (const tidy of [quoteFigures, dropFigureFurniture, dropRepeatedPictures, tidyPictures, liftOpeningPictures, tidyFigures, (b: Element) => tidyFigureCredits(b, lang), tidyTextDividers, quoteHeadings, joinLoneDatelines, spaceGluedDatelines, (b: Element) => joinDropCaps(b, lang)]) tidy(body);
}

/** What is read of the page before anything on it changes: its address, meta tags, language, JSON-LD, the
 * metadata's descriptions of its authors, the byline it prints and its section labels (Readability takes them out). */
interface PageFacts {
  url: string | null; tags: Map<string, string>; lang: string | null; ld: unknown[];
  authorAbout: string[]; printed: PrintedByline; sections: string[];
  /** The texts of the page's links to its home page (site-tail.ts), read before Readability drops the menus. */
  homeNames: string[];
  /** The part a page declared not free hides for subscribers, taken out of the working copy (lib/held-back.ts). */
  heldBack: Removal[];
}

function readPage(doc: Document, work: Document, opts: ExtractOptions): PageFacts {
  // A caller that passes the meta tags (the pipeline, from detection) has also looked for the page's own URL.
  const url = opts.url || (opts.meta ? null : pageUrl(doc)) || null;
  const tags = opts.meta ?? metaTags(doc);
  const lang = doc.documentElement?.getAttribute('lang')?.trim() || firstMeta(tags, ['og:locale', 'language', 'content-language'])?.replace('_', '-') || null;
  const ld = opts.ld ?? jsonLd(work); // before Readability takes the scripts out (a copy's are the page's)
  const authorAbout = authorDescriptions(work, ld);
  const printed = printedByline(work, lang), sections = sectionLabels(work); // before Readability takes them out
  const homeNames = homeLinkNames(work);
  // What the page holds back for subscribers out first: the steps after would show a hidden story (hidden-story.ts).
  const heldBack = holdBack(work, ld, tags);
  return { url, tags, lang, ld, authorAbout, printed, sections, homeNames, heldBack };
}

/** What the marking before Readability found and set aside: the headline and its kicker, the standfirst, the
 * sponsor line, the lead photo, the story's pieces, the dates printed around the headline. */
type Marked = Omit<Prepared, 'toggles'> & {
  headlineText: string | null; titles: string[];
  standfirst: ReturnType<typeof findStandfirst>; headerStandfirst: boolean; sponsor: ReturnType<typeof findSponsorLine>;
  lead: ReturnType<typeof findLeadPhoto>; pieces: ReturnType<typeof readyStoryPieces>;
  printedDate: string | null; besideHeadline: string | null;
};

/** The working copy made ready for Readability, with what the reader wants of it noted first (each before
 * Readability moves or drops it). */
function markStory(doc: Document, work: Document, p: PageFacts): Marked {
  const { url, tags, lang, ld } = p;
  if (work.body) hideAsThePageDoes(work, work.body, ld);
  const titles = [doc.title, firstMeta(tags, ['og:title']), firstMeta(tags, ['twitter:title'])].filter((t): t is string => !!t);
  const { toggles, ...prepared } = prepare(work, titles.map(oneLine));
  const headline = prepared.headline;
  const headlineText = headline ? oneLine(headline.textContent ?? '') : null; // before Readability moves it
  if (work.body) markConsentPlaceholders(work.body, url, toggles);
  if (work.body) { keepGalleries([...unwrapNoscriptPictures(work.body), ...showHiddenSlides(work.body)]); unlinkFigures(work.body); }
  for (const figures of [figuresFromDescriptions, figuresFromMediaData, figuresFromAltText]) figures(work);
  const standfirst = findStandfirst(work, ['og:description', 'description', 'twitter:description'].map((k) => firstMeta(tags, [k])), headline, titles, ldAltHeadlines(ld));
  const headerStandfirst = inHeader(standfirst); // before Readability moves the header out
  markHeaderStandfirst(standfirst);
  const sponsor = findSponsorLine(headline, declaresSponsor(work, ld)); // the header's, before Readability drops it
  // The photo may stand between the breadcrumb's <h1> and the headline shown under it (Freie Presse's).
  const lead = findLeadPhoto(work, headline, standfirst?.text ?? null) ?? (prepared.crumb ? findLeadPhoto(work, prepared.crumb, standfirst?.text ?? null) : null);
  const pieces = readyStoryPieces(work.body, url, ld);
  // No date in the metadata, a <time> or the byline line: the line beside the printed headline, read before
  // Readability takes the page's header out.
  const printedDate = p.printed.line ? datelineDate(p.printed.line, lang) : null;
  const besideHeadline = storyDates(null, tags, ld, prepared.time ?? printedDate).publishedTime ? null : headlineDate(work.body, titles, lang);
  return { ...prepared, headlineText, titles, standfirst, headerStandfirst, sponsor, lead, pieces, printedDate, besideHeadline };
}

/** Readability with our hooks; never less than Readability alone (lib/plain-fallback.ts): a second, plain run only
 * when ours looks short, whose article is taken when it is better. `plain` says which was taken. */
function readArticle(doc: Document, work: Document, opts: ExtractOptions, p: PageFacts) {
  const ours = ourReadability(work, p.lang);
  const fresh = opts.fresh ?? (opts.inPlace ? undefined : () => doc.cloneNode(true) as Document);
  const copy = fresh && suspiciouslyShort(ours?.content ? ours : null, opts.expected ?? 0) ? fresh() : null;
  if (copy && p.heldBack.length) holdBack(copy, p.ld, p.tags); // the fallback shows no more of it than ours
  const plain = copy ? betterPlain(ours?.content ? ours : null, plainArticle(withoutDialogs(copy))) : null;
  const r = plain ?? ours;
  return r?.content ? { r, ours, plain } : null;
}

type ReadArticle = NonNullable<ReturnType<typeof readArticle>>;

/** The headline, kicker, sponsor, byline, site and dates the reader shows above the story, from the page's
 * metadata, what the marking noted and the extracted body. */
function storyMeta(work: Document, body: Element, p: PageFacts, m: Marked, { r, ours, plain }: ReadArticle): ArticleMeta {
  const { url, tags, ld, lang } = p;
  const bodyLang = r.lang?.trim() || lang;
  const shown = shownTitle(body, decodeEntities((r.title ?? '').trim(), work));
  // The title as the page's headline and the names set after it ("…_科技_腾讯网"): the headline, and the site's name.
  const declared = unlistedSiteName(fullerName(decodeEntities(r.siteName?.trim() || ldPublisher(ld) || '', work) || null, firstMeta(tags, ['og:site_name']), url), url);
  // Else the site's name as the page gives it elsewhere (declared, its home link), found whole after a separator.
  const suffixed = titleAfterHeadline(shown, m.headlineText) ?? titleBeforeSiteName(shown, [declared, ...p.homeNames]);
  const siteName = declared ?? suffixed?.site ?? null;
  const leadLine = leadByline(body, r.lang?.trim() || lang);
  const printed = [...p.printed.names, ...leadLine.names];
  const dateline = bracketDatelineNames(body, [r.byline ?? '', ...ldAuthors(ld), ...printed]);
  const byline = withFootAuthors(storyByline({ readability: r.byline, printed: withDatelineNames(printed, dateline), shown: p.printed.shown, sections: p.sections, tags, ld, siteName, url, lang: bodyLang }), body) ?? footSignature(body, bodyLang);
  // Only where the page has one: the report's contract lists no empty field for it.
  const title = suffixed?.title ?? shown;
  const label = readerKicker(m.kicker, title);
  return {
    ...(p.heldBack.length ? { heldBack: p.heldBack } : {}),
    ...(label ? { kicker: label } : {}),
    ...(m.sponsor ? { sponsor: m.sponsor } : {}),
    title,
    byline: byline && decodeEntities(byline, work),
    siteName,
    // No date in the metadata: the one the printed byline gives ("By Jane Doe on Monday, November 18th, 2019"), or
    // the line at the story's start that names its author ("05/10/2018 - Publicado por: Jane Roe - Categoria: …"), or
    // the date line beside the headline ("기사입력 :[ 2018-08-25 15:24 ]").
    ...storyDates(r.publishedTime, tags, ld, m.time ?? m.printedDate ?? (plain ? null : ours?.bylineDate) ?? (leadLine.line ? datelineDate(leadLine.line, leadLine.lang) : null) ?? m.besideHeadline),
    lang: r.lang?.trim() || lang,
    excerpt: decodeEntities(r.excerpt?.trim() || '', work) || null,
    standfirst: withDeck(body, standfirstOutside(body, m.standfirst?.text ?? null, m.headerStandfirst, !!m.standfirst?.described), m.standfirst?.decks),
  };
}

/**
 * Run Readability over `doc`. `meta` is the page's meta tags when the caller has read them (detection does).
 * `inPlace` lets a host that owns `doc` (the CLI's freshly parsed page) skip the copy; `ld` is the page's JSON-LD
 * when the caller has parsed it (the pipeline, for the paywall probe);
 * the browser always passes a live page and gets it copied. Returns null when Readability finds no article.
 */
export function extractArticle(doc: Document, opts: ExtractOptions = {}): Extracted | null {
  const work = opts.inPlace ? doc : (doc.cloneNode(true) as Document);
  const page = readPage(doc, work, opts);
  const marked = markStory(doc, work, page);
  const read = readArticle(doc, work, opts, page);
  if (!read) return null;
  const body = read.r.content as unknown as Element;
  // What our marking set aside is put back into our own article only (its elements are of the working copy).
  if (!read.plain) restoreMarked(body, work, marked);
  tidyBody(body, read.r.lang?.trim() || page.lang);
  absolutizeUrls(body, page.url);
  return { ...storyMeta(work, body, page, marked, read), body, authorAbout: page.authorAbout };
}
