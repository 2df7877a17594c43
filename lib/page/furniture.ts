// What lies outside the article on the live page, and what kind of thing it is: menus, sidebars, footers, teasers
// and related grids, forms, sticky bars and cookie banners, adverts. The evidence is structural (landmark elements
// and roles, fixed position, forms, link density, media) first; class names add a hint where the markup has them;
// near the article (its header, what Readability left out of its body), the clean stage's own classifier decides
// (lib/clean classifyBlock), so that the live page and the pipeline agree on a block in any language.
import { blockText } from '../blocks';
import { classAndId, linkShare } from '../dom';
import { classifyBlock, type PageContext } from '../clean';
import { classWords, hintOfWord } from '../clean/signals';
import type { RemovalReason } from '../types';
import { isToolRow } from './tool-row';
import { asksForAccount } from '../clean/form-box';
import { holdsProse } from '../clean/box-marks';
import { isControlPanel } from './control-panel';
import { sharesThisPage } from './share-link';

/** Why a region outside the article is hidden: a small closed set the popup can count and name. */
export type PageReason =
  | 'menu' | 'sidebar' | 'footer' | 'related' | 'form' | 'overlay' | 'advert' | 'comments' | 'share' | 'newsletter'
  | 'appeal' | 'counter' | 'other';

export const PAGE_REASONS: readonly PageReason[] = [
  'menu', 'sidebar', 'footer', 'related', 'form', 'overlay', 'advert', 'comments', 'share', 'newsletter', 'appeal', 'counter',
  'other',
];

/** The pipeline's removal reason closest to a page reason (the popup's list of removed blocks speaks those). */
export const AS_REMOVAL_REASON: Record<PageReason, RemovalReason> = {
  menu: 'navigation', sidebar: 'navigation', footer: 'navigation', form: 'navigation', other: 'navigation',
  related: 'related', overlay: 'cookie', advert: 'advert', comments: 'comments', share: 'share', newsletter: 'newsletter',
  appeal: 'donation', counter: 'counter',
};

const HINT_TO_PAGE: Partial<Record<RemovalReason, PageReason>> = {
  share: 'share', related: 'related', comments: 'comments', newsletter: 'newsletter', advert: 'advert', cookie: 'overlay',
  paywall: 'overlay', donation: 'appeal', payment: 'appeal', counter: 'counter', navigation: 'menu', 'site-memory': 'other',
  legal: 'footer', duplicate: 'other',
};
/** The page reason of a clean stage's removal reason ('donation' → 'appeal'), or null where none says more. */
export const pageReasonOf = (r: string): PageReason | null => HINT_TO_PAGE[r as RemovalReason] ?? null;

/** Layout words in class names and ids (CMS and framework conventions, not prose in any language). */
const LAYOUT_HINTS: Array<{ reason: PageReason; re: RegExp }> = [
  { reason: 'menu', re: /(^|[\s_-])(nav\w*|menu\w*|breadcrumbs?|masthead|site-?header|topbar|header)([\s_-]|$)/ },
  { reason: 'footer', re: /(^|[\s_-])(footer\w*|colophon|site-?info)([\s_-]|$)/ },
  { reason: 'sidebar', re: /(^|[\s_-])(sidebar\w*|side-?bar|rail|widget\w*|secondary)([\s_-]|$)/ },
  { reason: 'overlay', re: /(^|[\s_-])(modal|popup|overlay|sticky|toast|banner)([\s_-]|$)/ },
];

const ROLE_REASON: Record<string, PageReason> = {
  navigation: 'menu', menubar: 'menu', menu: 'menu', banner: 'menu', search: 'form', contentinfo: 'footer',
  complementary: 'sidebar', dialog: 'overlay', alertdialog: 'overlay', form: 'form',
};
const TAG_REASON: Record<string, PageReason> = {
  NAV: 'menu', HEADER: 'menu', MENU: 'menu', FOOTER: 'footer', ASIDE: 'sidebar', FORM: 'form', DIALOG: 'overlay',
  INS: 'advert', IFRAME: 'advert',
};

const classOf = (el: Element) => classAndId(el).toLowerCase();

/** What class names say an element is: what it holds (share, related…), then, with `layout`, where it stands. */
function hintReason(el: Element, layout = true): PageReason | null {
  const c = classOf(el);
  if (!c.trim()) return null;
  for (const w of classWords(el)) { const h = hintOfWord(w); const r = h ? HINT_TO_PAGE[h] : undefined; if (r) return r; }
  if (!layout) return null;
  for (const h of LAYOUT_HINTS) if (h.re.test(c)) return h.reason;
  return null;
}

function isFixed(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  if (!view?.getComputedStyle) return false;
  const pos = view.getComputedStyle(el).position;
  return pos === 'fixed' || pos === 'sticky';
}

/** Why a region outside the article is hidden: its own landmark, role, position or class, then what it holds. */
export function regionReason(el: Element): PageReason {
  const tag = el.tagName.toUpperCase();
  const role = (el.getAttribute('role') ?? '').toLowerCase();
  if (tag === 'DIALOG' || el.getAttribute('aria-modal') === 'true' || isFixed(el)) return 'overlay';
  const own = ROLE_REASON[role] ?? TAG_REASON[tag] ?? hintReason(el);
  if (own) return own;
  const inner = el.querySelector('nav, [role="navigation"], footer, [role="contentinfo"], aside, [role="complementary"], form, [role="search"]');
  if (inner) return ROLE_REASON[(inner.getAttribute('role') ?? '').toLowerCase()] ?? TAG_REASON[inner.tagName.toUpperCase()] ?? 'other';
  const { share, links, text } = linkShare(el);
  if (!text && el.querySelector('iframe, ins, object, embed')) return 'advert';
  if (links >= 3 && share >= 0.5) return el.querySelector('img, picture, h2, h3, h4') ? 'related' : 'menu';
  return 'other';
}

const FURNITURE_TAGS = new Set(['FORM', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'IFRAME', 'INS', 'NAV', 'ASIDE', 'DIALOG']);
const FURNITURE_ROLES = new Set(['navigation', 'search', 'toolbar', 'button', 'complementary', 'dialog', 'menu', 'menubar']);
const HINT_BOX_MAX = 600;

/** Unlinked text that ends like a sentence, of some words. */
const readsAsSentences = (text: string, linkShare: number) => linkShare < 0.3 && text.split(/\s+/).length >= 6 && /[.!?。！？…]["'”’»)]*$/.test(text.trim());

/** Reasons of the clean stage that never hide anything on the live page (bylines, captions). */
export const KEPT_ON_PAGE: ReadonlySet<string> = new Set(['byline', 'caption']);

/** The clean stage's decision on an element's blocks: furniture when every block it holds is boilerplate. */
function classifiedReason(el: Element, ctx: PageContext): PageReason | null {
  const own = ctx.byElement.get(el);
  const blocks = own !== undefined ? [el] : ctx.infos.map((b) => b.s.el).filter((b) => el.contains(b));
  // An element the context did not read (outside its root, added since) is judged alone when it is one block.
  if (!blocks.length) { if (el.firstElementChild && el.querySelector('p, div, li, h1, h2, h3, h4, h5, h6')) return null; blocks.push(el); }
  let reason: RemovalReason | null = null;
  for (const b of blocks) {
    const c = classifyBlock(b, ctx);
    // A byline or a caption the reader drops as a copy of its header stays on the page: never furniture.
    if (c.decision !== 'remove' || !c.reason || KEPT_ON_PAGE.has(c.reason)) return null;
    reason ??= c.reason;
  }
  return reason ? HINT_TO_PAGE[reason] ?? 'other' : null;
}

/** Characters of a sign-up box at most: its heading, a note, the labels and the fine print, as the clean stage's. */
const ACCOUNT_BOX_MAX = 600;

/**
 * A box around a form that asks for the reader's email address or password, with no paragraph of prose: a newsletter's
 * sign-up set inside the story (The Nation's weekly digest between two paragraphs), a sign-in. The input's type says
 * it in any language; lib/clean/form-box.ts finds the same boxes for the reader.
 */
export function accountBox(el: Element): PageReason | null {
  const inputs = Array.from(el.getElementsByTagName('input')).filter(asksForAccount);
  if (!inputs.length || (el.textContent ?? '').trim().length > ACCOUNT_BOX_MAX || holdsProse(el)) return null;
  return inputs.some((i) => (i.getAttribute('type') ?? '').toLowerCase() === 'password') ? 'form' : 'newsletter';
}

/**
 * A control drawn as a picture: a box with no text but what an SVG graphic draws inside a link or a button (La
 * Vanguardia's audio player placeholder, "SUSCRÍBETE PARA ESCUCHAR" painted on a gold button). The story's words are
 * the page's text, which the reader's blocks read (they skip SVG); a chart's labels link nowhere.
 */
function drawnControl(el: Element): boolean {
  return Array.from(el.getElementsByTagName('text')).some((t) => !!t.closest('svg') && !!t.closest('a[href], button') && !!(t.textContent ?? '').trim());
}

/** Words of a line that make it a lead rather than a box's label ("Related", "More on this"). */
const LEAD_WORDS_MIN = 6;
/**
 * A line of words that links nowhere, which class names call related ("teaser"): a card for another story links to
 * it, so this is the story's own lead line under its headline (junge Welt's standfirst in a "teaser lead" box).
 */
const unlinkedLead = (el: Element, hint: PageReason, text: string, links: number): boolean =>
  hint === 'related' && !links && !el.closest('a[href]') && text.split(/\s+/).length >= LEAD_WORDS_MIN;

/**
 * Furniture beside the article's own header (between the headline and the body: a share bar, a counter, a
 * "listen" button, a newsletter box) or left out of its body: what it is, or null for the article's own
 * (standfirst, byline, date, photo, prose). Without a context only the markup speaks.
 */
export function furnitureReason(el: Element, ctx?: PageContext): PageReason | null {
  const tag = el.tagName.toUpperCase();
  const role = (el.getAttribute('role') ?? '').toLowerCase();
  if (FURNITURE_TAGS.has(tag) || FURNITURE_ROLES.has(role)) return ROLE_REASON[role] ?? TAG_REASON[tag] ?? 'form';
  if (sharesThisPage(el) || isToolRow(el)) return 'share';
  const account = accountBox(el);
  if (account) return account;
  // A dropdown or a dialog a control of the page opens, standing open (lib/page/control-panel.ts).
  if (isControlPanel(el)) return 'overlay';
  const text = blockText(el);
  if (!text && drawnControl(el)) return 'other';
  const links = linkShare(el);
  // Class names alone decide for a box of links or controls; sentences without links (a standfirst the site calls a
  // "teaser") go to the classifier, where class names are one kind of evidence among others.
  // Layout words ("secondary", "banner") name regions, not lines beside a headline: a span "text-copy-secondary".
  const hint = hintReason(el, false);
  if (hint && text.length <= HINT_BOX_MAX && !(ctx && readsAsSentences(text, links.share)) && !unlinkedLead(el, hint, text, links.links)) return hint;
  if (links.links >= 4 && links.share >= 0.6 && links.text >= 80) return el.querySelector('img, picture') ? 'related' : 'menu';
  return text && ctx ? classifiedReason(el, ctx) : null;
}
