// What Clean hides on the live page, decided before anything is changed (reads only; one layout at most):
// everything off the article's own elements. From <body> down, each element that holds none of the article's
// elements is judged by where it stands:
// - in the article's header (headline to body): kept unless it is furniture (share bar, counter, form…);
// - in the body: what the clean stage removed is hidden with its reason; what Readability left out is kept when it
//   is a photo with its caption, a date, a byline or a paragraph of prose, hidden otherwise;
// - elsewhere (menus, sidebars, footers, teasers, banners): hidden, with the kind of region it is.
// Bylines, dates and photos with their captions are never hidden.
import { pageContext, type PageContext } from '../clean';
import { blockText, isBlockTag } from '../blocks';
import { fingerprint } from '../fingerprint';
import { CONTAINER, NO_BOX, liveBlocks } from './hide';
import { KEPT_ON_PAGE, accountBox, furnitureReason, pageReasonOf, regionReason, type PageReason } from './furniture';
import type { LiveArticle } from './article';
import { isCreditLine, isMeta, isMetaLine, isSourceCredit } from './meta';
import { notStoryDate } from './story-date';
import { isTeaserList, labelsOfHidden } from './teasers';
import { looksLikeDate, rendered } from './text';
import { CAPTION, LANDMARK, PROTECTED, besidePicture, holdsProtected, isPhoto, isPhotoCredit, overlayParts, overlaysPicture } from './photos';
import { isBoxOfParts, isCard, isPromo, isProse, isQuotation, isTeaser } from './left-out';
import { isPollBox } from '../clean/poll-box';
import { hideButtonRows } from './siblings';
import { isToolRow } from './tool-row';
import { holdsPanel } from './control-panel';
import { keepStoryShown } from './story-guard';
import { hiddenByClass } from '../hidden-class';
import { hideCardThumbs } from './card-thumbs';
import { looseTextSteps } from './loose-text';

export interface HideStep {
  el: Element;
  /** What restores it: a removed block's fingerprint, `page:<reason>` for a region, or CONTAINER (not counted). */
  id: string;
  /** Why it goes; an emptied container's is the reason of what it wraps. */
  reason: string;
  /** A loose text the step's element (ours, not yet in the page) wraps when applied (loose-text.ts). */
  text?: Text;
}

/** Boxes up to this many characters are searched for kept blocks without a number. */
const KEPT_TEXT_BOX_MAX = 2000;
/** A card's byline or date left beside hidden headlines: a name line, not a paragraph. */
const CARD_META_MAX = 60;
/** Hidden links to other pages that make a box of cards (a "Most Popular" row), not the article's own meta. */
const CARD_LINKS_MIN = 2;

/** Whether a block under `el` is one the cleaned article keeps without a number (found by its text). */
function holdsKeptText(el: Element, a: LiveArticle): boolean {
  if (!a.keptText.size || (el.textContent ?? '').length > KEPT_TEXT_BOX_MAX) return false;
  return liveBlocks(el).some((b) => a.keptText.has(b.fingerprint));
}

/** A block the cleaned article keeps but Readability made anew (no number): the same words as one of its blocks. */
function keptByText(el: Element, a: LiveArticle): boolean {
  if (!a.keptText.size || (el.textContent ?? '').length > KEPT_TEXT_BOX_MAX) return false;
  const text = blockText(el);
  return !!text && a.keptText.has(fingerprint(text));
}

type Zone = 'header' | 'body' | 'outside';

function zoneOf(el: Element, a: LiveArticle): Zone {
  const i = a.order.get(el);
  if (i !== undefined && i >= a.headerStart && i < a.first) return 'header';
  if ((i !== undefined && i > a.first && i <= a.last) || a.root?.contains(el)) return 'body';
  return 'outside';
}

/** Characters of a region read for the clean stage's removals (a box, not a page's whole sidebar). */
const NAMED_REGION_MAX = 1500;

/**
 * A region hidden with the kind it is. Where its markup names no kind ('other'), a block in it that the clean stage
 * removed names it (The Namibian's subscription appeal, outside the article: an appeal, as the pipeline says).
 */
function region(el: Element, steps: HideStep[], removals: ReadonlyMap<string, string>): void {
  let reason: PageReason = regionReason(el);
  if (reason === 'other' && removals.size && (el.textContent ?? '').length <= NAMED_REGION_MAX) {
    for (const b of liveBlocks(el)) { const r = removals.get(b.fingerprint); const p = r && pageReasonOf(r); if (p && p !== 'other') { reason = p; break; } }
  }
  if (reason === 'other' && isToolRow(el)) reason = 'share';
  steps.push({ el, id: `page:${reason}`, reason });
}

/**
 * Part of a picture's caption. A <figure> that shows no picture is no caption: the Guardian sets its newsletter box
 * and the skip links around it in one, which the clean stage removed.
 */
function inCaption(el: Element): boolean {
  const cap = el.closest(CAPTION);
  return !!cap && (cap.tagName.toUpperCase() !== 'FIGURE' || !!cap.querySelector('img, picture, video'));
}

/**
 * A date set as a heading, linking nowhere: a day of a live ticker among its entries, which the reader leaves out
 * when nothing follows it; a date is never hidden on the page. A card's date is no heading.
 */
const dayHeading = (el: Element): boolean =>
  /^H[1-6]$/.test(el.tagName.toUpperCase()) && !el.querySelector('a[href]') && looksLikeDate(blockText(el));

/** A box the clean stage removed: its blocks hidden under their fingerprints, the box with them. */
function removed(el: Element, removals: ReadonlyMap<string, string>, steps: HideStep[]): void {
  const blocks = liveBlocks(el);
  let matched = 0, kept = 0;
  for (const b of blocks) {
    const r = removals.get(b.fingerprint);
    if (!r) continue;
    matched++;
    if (KEPT_ON_PAGE.has(r) || b.el.querySelector(PROTECTED) || inCaption(b.el) || dayHeading(b.el)) { kept++; continue; }
    steps.push({ el: b.el, id: b.fingerprint, reason: r });
  }
  if (kept || (matched && blocks.every((b) => b.el === el))) return; // the box is the block
  if (el.matches(PROTECTED) || el.querySelector(PROTECTED)) return; // its photo or date stays
  // Blocks the clean stage did not name stay: nothing says they are not the story.
  if (matched === blocks.length) steps.push({ el, id: CONTAINER, reason: '' });
}

/** A credit line just after the body, beside it in the box that holds the story (not in a footer or a sidebar). */
function creditAfterBody(el: Element, a: LiveArticle): boolean {
  const box = el.parentElement;
  if ((a.order.get(el) ?? -1) <= a.last || !box || box === el.ownerDocument.body || el.closest(LANDMARK)) return false;
  return (isCreditLine(el) || isSourceCredit(el)) && [...a.kept].some((k) => box.contains(k));
}

/** What judging a page needs, made once a plan: the article, the clean stage's removals, the steps so far, the
 * classifier's context (built on first use) and the boxes that hold a region, a form or a control. */
interface Judging {
  a: LiveArticle; removals: ReadonlyMap<string, string>; steps: HideStep[]; ctx: () => PageContext;
  holdsFooterPart: ReadonlySet<Element>;
}

/** How a box's parts are judged: as parts of a meta line, or of the article's footer (after the story's end, beside
 * its tags, share bar or comments), where no prose is the story's. */
type PartOf = 'line' | 'footer' | null;
/** What makes a box after the story's end its footer: a region, a form or a control. */
const FOOTER_PARTS = `${LANDMARK}, form, button, [role="button"]`;

/**
 * A box in `el` (no link inside a line) that its markup alone names furniture (a landmark, a control, a sign-up form, class names that say
 * comments or share): Postmedia's footer box, whose comments widget's notice would read as a line of prose.
 */
const furniturePart = (el: Element): boolean => Array.from(el.children).some((c) => isBlockTag(c.tagName) && rendered(c) && !!furnitureReason(c));

/** Every box that holds a region, a form or a control (FOOTER_PARTS): read once a page, not once a box. */
function footerPartHolders(doc: Document): Set<Element> {
  const holders = new Set<Element>();
  for (const part of Array.from(doc.querySelectorAll(FOOTER_PARTS)))
    for (let p = part.parentElement; p && !holders.has(p); p = p.parentElement) holders.add(p);
  return holders;
}

/** A box after the story's end that holds a region, a control or a part its markup names furniture: the article's
 * footer, judged by its parts. */
const isFooterBox = (el: Element, j: Judging): boolean =>
  (j.a.order.get(el) ?? -1) > j.a.last && !el.matches(FOOTER_PARTS) && (j.holdsFooterPart.has(el) || furniturePart(el));

/** Whether every picture in `el` sits in a part of it that its markup names furniture (an avatar in a comment form). */
function picturesOfFurniture(el: Element): boolean {
  const media = Array.from(el.querySelectorAll('img, picture, video'));
  return media.length > 0 && media.every((m) => {
    for (let p = m.parentElement; p && p !== el; p = p.parentElement) if (furnitureReason(p)) return true;
    return false;
  });
}

/** Judge each child box of `el` on its own. */
function judgeParts(el: Element, j: Judging, of: PartOf = null): void {
  for (let c: Element | null = el.firstElementChild; c; c = c.nextElementSibling) if (!NO_BOX.has(c.tagName.toUpperCase())) judge(c, j, of);
}

/** What lies over a photo (a player's state), hidden; a date or a credit line there stays. */
const overlay = (el: Element): boolean => !isMeta(el) && !isCreditLine(el) && !el.querySelector(PROTECTED);
function hideOverlays(el: Element, j: Judging): void {
  for (const c of overlayParts(el)) if (rendered(c) && overlay(c)) region(c, j.steps, j.removals);
}

/**
 * Parts of a photo's box kept whole that its markup names furniture (BR's tag list, "Schlagwörter", set under the
 * lead photo's caption in the photo's side box), holding no picture, date or caption: hidden, the rest kept.
 */
function hideFurnitureParts(el: Element, j: Judging, gone: ReadonlySet<Element>): void {
  for (let c: Element | null = el.firstElementChild; c; c = c.nextElementSibling) {
    if (NO_BOX.has(c.tagName.toUpperCase()) || gone.has(c) || !rendered(c) || c.matches(PROTECTED) || c.matches(CAPTION)) continue;
    if (!c.querySelector(PROTECTED) && !c.querySelector(CAPTION) && furnitureReason(c)) region(c, j.steps, j.removals);
    else hideFurnitureParts(c, j, gone);
  }
}

/** Whether a box holds an element the page hides with a framework's class (lib/hidden-class.ts). */
const holdsClassHidden = (el: Element): boolean => Array.from(el.getElementsByClassName('hidden')).some(hiddenByClass);

/** Hide `el` whole as a region of the kind `reason` names. */
const hideAs = (el: Element, j: Judging, reason: PageReason): true => { j.steps.push({ el, id: `page:${reason}`, reason }); return true; };
/** Hide `el` whole as a region of the kind its markup or the clean stage's removals name. */
const hideRegion = (el: Element, j: Judging): true => { region(el, j.steps, j.removals); return true; };

/**
 * One step of judging a box: true when it settled the box (hid it, kept it, or judged its parts), false to let the
 * next step look. The steps run in the order of JUDGE_STEPS; what none settles is hidden as a region.
 */
type JudgeStep = (el: Element, j: Judging, of: PartOf, zone: Zone) => boolean;

/**
 * A box of Readability's article that cleaning emptied (none of it is kept): where its live blocks are not all the
 * removed ones (text Readability left out of it), its parts are judged one by one, as the parts of a kept box.
 */
const extractedBox: JudgeStep = (el, j) => {
  if (!j.a.extracted.has(el)) return false;
  if (el.firstElementChild && !liveBlocks(el).every((b) => j.removals.has(b.fingerprint))) judgeParts(el, j);
  else removed(el, j.removals, j.steps);
  return true;
};

/** Furniture its markup names wherever it stands. */
const markedFurniture: JudgeStep = (el, j) => {
  // What the page hides with a style framework's class ("hidden", lib/hidden-class.ts), shown only where its style
  // sheet did not load: the pipeline leaves it out, and so does Clean (a paywall's offers, a "link copied" popup).
  if (hiddenByClass(el) && !holdsProtected(el)) return hideRegion(el, j);
  // A sign-up box goes whole, its graphic with it (NP Posted's logo beside its form would read as a photo).
  const account = accountBox(el);
  if (account) return hideAs(el, j, account);
  // Beside a picture the article keeps, in the picture's own box: its player's state, not its caption.
  return overlaysPicture(el) && overlay(el) && hideRegion(el, j);
};

/** Off the article's header and body: a region, but for a credit line just after the body. */
const outsideArticle: JudgeStep = (el, j, _of, zone) => zone === 'outside' && (creditAfterBody(el, j.a) || hideRegion(el, j));

/** Bylines, dates and credit lines stay, but for a date line that is not the story's; cards beside the header go. */
const metaOrHeaderCards: JudgeStep = (el, j, _of, zone) => {
  // Cards for other stories beside the header: their thumbnails would read as photos.
  if (zone === 'header' && isTeaserList(el)) return hideAs(el, j, 'related');
  if ((isMeta(el) || isMetaLine(el)) && notStoryDate(el, j.a)) return hideRegion(el, j);
  return isMeta(el) || isCreditLine(el) || isSourceCredit(el) || keptByText(el, j.a);
};

/** Cards, polls and photos, which their structure tells. */
const cardsPollsPhotos: JudgeStep = (el, j, of, zone) => {
  // In the article's footer, a box its markup names furniture (a comment form) goes whole, and a box whose pictures
  // all sit in such parts is judged by its parts, not as a photo: a commenter's default avatar is no photo of the
  // story (Tokyo Shimbun's "write a comment" prompt).
  if (of === 'footer' && furnitureReason(el)) return hideRegion(el, j);
  // A card for another story left out of the body: its thumbnail links where its headline does, no photo of the story.
  if (zone === 'body' && isCard(el)) return hideAs(el, j, 'related');
  // A promotion after the story's end, in the story's box: a heading, its pitch and a link set as a button; named by
  // its markup where that says more (Smithsonian's comments box ends in Disqus' link), else an advert.
  if (zone === 'body' && (j.a.order.get(el) ?? -1) > j.a.last && isPromo(el)) { const r = regionReason(el); return hideAs(el, j, r === 'other' ? 'advert' : r); }
  // A poll left out of the body or set beside the header (a "Question of the Day"): the pipeline's own test of a
  // poll's box. In the header its parts would be judged one by one, and its question and label stay as lines.
  if (isPollBox(el)) return hideAs(el, j, 'form');
  if (!isPhoto(el, j.a) || (isFooterBox(el, j) && picturesOfFurniture(el))) return false;
  if (besidePicture(el)) judgeParts(el, j);
  else { hideOverlays(el, j); hideFurnitureParts(el, j, new Set(j.steps.map((s) => s.el))); }
  return true;
};

/**
 * In the header, and in a meta line anywhere (byline, a dateline's place and date in parts, down to its parts'
 * parts), a part goes only as furniture: the place or the agency alone reads as nothing, and would go in the body.
 */
const headerOrLine: JudgeStep = (el, j, of, zone) => {
  const own = isMetaLine(el), line = of === 'line' || own;
  if (zone !== 'header' && !line) return false;
  const r = own || holdsProtected(el) ? null : furnitureReason(el, j.ctx());
  if (r) hideAs(el, j, r);
  else judgeParts(el, j, line ? 'line' : of);
  return true;
};

/** In the body, left out by Readability: a teaser goes, the footer is judged by its parts, prose stays. */
const leftOutOfBody: JudgeStep = (el, j, of) => {
  if (isTeaser(el)) return hideAs(el, j, 'related');
  // After the story's end, a box that holds a region or a control (a comments <aside>, a share <nav>, a button), or a
  // part its markup names furniture, is the article's footer, no paragraph of it: its parts are judged, the region as one, and a line of prose there is
  // the footer's (Tagesschau's "this topic on air" note between the tags and the share bar; Snopes' letter to its
  // readers, behind a button). What the reader shows stays (story-guard.ts).
  if (isFooterBox(el, j)) { judgeParts(el, j, 'footer'); return true; }
  const quotation = isQuotation(el);
  if (quotation || (of !== 'footer' && isProse(el, j.ctx))) {
    // Kept as prose, but for what the page hides in it with a framework's class or opens with a control, and a box
    // of cards or of a control's box (no paragraph, whatever its words): then judged by its parts, its prose kept.
    if (holdsClassHidden(el) || holdsPanel(el) || (!quotation && isBoxOfParts(el))) judgeParts(el, j, of);
    return true;
  }
  // A block the article keeps but Readability made anew (a product's name whose box it rewrapped) is found by its
  // text only: its box is judged part by part, not hidden whole with it.
  if (isMetaLine(el) || holdsProtected(el) || holdsKeptText(el, j.a)) { judgeParts(el, j, of); return true; }
  return false;
};

/** An icon beside a label's words (an empty <i>, an SVG, a class naming one): a control's or a player's mark. */
const ICON = 'svg, i:empty, [class*="icon" i]';
const marksControl = (el: Element): boolean => el.matches(ICON) || !!el.querySelector(ICON);

/**
 * A kept picture's credit line, in the picture's own box. A label there with a control's icon that reads as no
 * credit, while the picture's caption stands apart, is what lies over it (La Vanguardia's "▶ Video" on its lead
 * video's still): left to markedFurniture. A credit set over the picture without one stays (RBB's, which its
 * caption repeats).
 */
const photoCredit: JudgeStep = (el, j) => isPhotoCredit(el, j.a) && (isCreditLine(el) || !marksControl(el) || !overlaysPicture(el));

const JUDGE_STEPS: readonly JudgeStep[] = [
  extractedBox, photoCredit, markedFurniture, outsideArticle, metaOrHeaderCards, cardsPollsPhotos,
  headerOrLine, leftOutOfBody,
];

/** Judge a box that holds none of the article's elements: each step in turn, a region when none settles it. */
function judge(el: Element, j: Judging, of: PartOf = null): void {
  if (!rendered(el)) return;
  const zone = zoneOf(el, j.a);
  for (const step of JUDGE_STEPS) if (step(el, j, of, zone)) return;
  region(el, j.steps, j.removals);
}

/** A hidden part that holds a link to another page with a headline's worth of text: a card's headline. */
const HEADLINE_MIN = 20;
const cardLink = (el: Element): boolean => {
  const links = el.matches('a[href]') ? [el] : Array.from(el.querySelectorAll('a[href]'));
  return links.some((l) => !(l.getAttribute('href') ?? '').startsWith('#') && (l.textContent ?? '').trim().length >= HEADLINE_MIN);
};

/**
 * Whether all `box` still shows, once `gone` is hidden, is short meta lines: a card's byline or date (meta is never
 * hidden by itself, so a row of cards judged part by part keeps its bylines).
 */
function onlyMetaLeft(box: Element, gone: ReadonlySet<Element>): boolean {
  const walker = box.ownerDocument.createTreeWalker(box, 4 /* NodeFilter.SHOW_TEXT */);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    if (!(t.nodeValue ?? '').trim()) continue;
    let meta: Element | null = null, p = t.parentElement;
    for (; p && p !== box && !gone.has(p); p = p.parentElement) if (!meta && isMeta(p)) meta = p;
    if (p !== box && p && gone.has(p)) continue; // hidden with its part
    if (t.parentElement && (NO_BOX.has(t.parentElement.tagName.toUpperCase()) || !rendered(t.parentElement))) continue;
    if (!meta || (meta.textContent ?? '').trim().length > CARD_META_MAX) return false;
  }
  return true;
}

/**
 * Boxes of cards for other stories (a "Most Popular" row): the largest box around hidden card headlines (at least
 * CARD_LINKS_MIN) that shows nothing else but short meta lines, holding none of the article's protected elements,
 * goes whole, its cards' bylines with it. The article's byline and date are protected and never inside one.
 */
function hideCardBoxes(a: LiveArticle, steps: HideStep[]): HideStep[] {
  const gone = new Set(steps.map((s) => s.el));
  const boxes = new Set<Element>();
  const tried = new Set<Element>();
  for (const s of steps) {
    if (!cardLink(s.el)) continue;
    let best: Element | null = null;
    for (let p = s.el.parentElement; p && !tried.has(p) && !/^(BODY|HTML|MAIN|ARTICLE)$/.test(p.tagName.toUpperCase()); p = p.parentElement) {
      tried.add(p);
      if (a.protect.some((x) => p!.contains(x)) || (a.headline && p.contains(a.headline))) break;
      const inside = steps.filter((x) => p!.contains(x.el));
      if (inside.filter((x) => cardLink(x.el)).length < CARD_LINKS_MIN) continue;
      if (!onlyMetaLeft(p, gone)) break;
      best = p;
    }
    if (best) boxes.add(best);
  }
  if (!boxes.size) return steps;
  const outer = [...boxes].filter((b) => ![...boxes].some((o) => o !== b && o.contains(b)));
  const kept = steps.filter((s) => !outer.some((b) => b.contains(s.el)));
  return [...kept, ...outer.map((el) => ({ el, id: 'page:related', reason: 'related' }))];
}

/** A kept box all of whose elements are hidden and which has no text of its own goes too (its border, padding). */
function hideEmptied(a: LiveArticle, steps: HideStep[]): void {
  const hidden = new Set(steps.map((s) => s.el));
  for (const el of a.kept) {
    if (!el.firstElementChild || el.matches(PROTECTED) || /^(BODY|HTML|MAIN|ARTICLE)$/.test(el.tagName.toUpperCase())) continue;
    let all = true;
    for (let c: Element | null = el.firstElementChild; c && all; c = c.nextElementSibling) all = hidden.has(c) || NO_BOX.has(c.tagName.toUpperCase());
    for (let t: ChildNode | null = el.firstChild; t && all; t = t.nextSibling) if (t.nodeType === 3 && (t.nodeValue ?? '').trim()) all = false;
    if (all) { steps.push({ el, id: CONTAINER, reason: '' }); hidden.add(el); }
  }
}

/**
 * An emptied box is marked with the reason of what it wraps, the most frequent among its hidden parts (the debug
 * outline and the page's marks name it); it is not counted again (`id` stays CONTAINER).
 */
function nameContainers(steps: HideStep[]): void {
  for (const c of steps) {
    if (c.id !== CONTAINER || c.reason) continue;
    const n = new Map<string, number>();
    for (const s of steps) if (s !== c && s.reason && c.el.contains(s.el)) n.set(s.reason, (n.get(s.reason) ?? 0) + 1);
    c.reason = [...n].sort((x, y) => y[1] - x[1])[0]?.[0] ?? '';
  }
}

/**
 * The clean stage's classifier read over the box that holds the article's header and body (built once, when the
 * first element near the article needs judging): its blocks' neighbours, boxes and copies are the page's own.
 */
function articleContext(doc: Document, a: LiveArticle): PageContext {
  const start = a.headline ?? a.root ?? [...a.kept][0] ?? null;
  const end = a.root ?? [...a.kept][0] ?? null;
  let root: Element | null = start;
  while (root && end && !root.contains(end)) root = root.parentElement;
  const siteName = doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ?? null;
  return pageContext(doc, { root: root ?? doc.body ?? doc.documentElement, siteName, url: doc.location?.href ?? null });
}

/** Characters of a label beside a byline's line (the author's role: "Political Correspondent"). */
const ROLE_MAX = 40;
/** A short line of plain text beside a byline's line (the author's role), no heading, link or control: part of it. */
const isLabelBeside = (el: Element): boolean =>
  (el.textContent ?? '').replace(/\s+/g, ' ').trim().length <= ROLE_MAX && !el.querySelector('a[href], button, input, img, svg, h1, h2, h3, h4, h5, h6') && !el.matches('a[href], button, h1, h2, h3, h4, h5, h6');

/** Everything Clean hides on `doc` for the article `a`; `removals` maps the clean stage's fingerprints to reasons. */
export function planHiding(doc: Document, a: LiveArticle, removals: ReadonlyMap<string, string>): HideStep[] {
  const onPath = new Set<Element>();
  const whole = new Set(a.protect);
  for (const el of [...a.kept, ...a.protect]) if (!a.elsewhere.includes(el)) for (let p = el.parentElement; p && !onPath.has(p); p = p.parentElement) onPath.add(p);
  // The boxes around a byline's line beyond the header show that line only (an author's bio beside it goes).
  const lineBoxes = new Set<Element>();
  for (const el of a.elsewhere) for (let p = el.parentElement; p && !onPath.has(p) && !lineBoxes.has(p); p = p.parentElement) lineBoxes.add(p);
  const steps: HideStep[] = [];
  let ctx: PageContext | null = null;
  const j: Judging = { a, removals, steps, ctx: () => (ctx ??= articleContext(doc, a)), holdsFooterPart: footerPartHolders(doc) };
  const visit = (node: Element, inLineBox = false) => {
    for (let c = node.firstElementChild; c; c = c.nextElementSibling) {
      if (whole.has(c) || NO_BOX.has(c.tagName.toUpperCase())) continue;
      if (a.kept.has(c) || onPath.has(c)) visit(c);
      else if (lineBoxes.has(c)) visit(c, true);
      else if (!inLineBox) judge(c, j);
      else if (rendered(c) && !isLabelBeside(c)) region(c, steps, removals);
    }
  };
  if (doc.body) visit(doc.body);
  if (doc.body) steps.push(...looseTextSteps(doc, new Set([doc.body, ...onPath]), a));
  const planned = hideCardThumbs(a, labelsOfHidden(a, hideCardBoxes(a, hideButtonRows(steps))));
  hideEmptied(a, planned);
  const all = doc.body ? keepStoryShown(doc.body, a, planned) : planned;
  nameContainers(all);
  return all;
}
