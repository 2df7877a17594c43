// The score: each piece of evidence adds its weight (weights.ts) and says why in words a reader understands.
// A reason is `<signed weight> <words>`, e.g. "+0.35 One long body of text (about 1,240 words)" (see reasonParts).
import { bodyLength, teaserChildren, type Body } from './structure';
import type { Metadata, UrlShape } from './metadata';
import type { PageSignals } from './signals';
import { BODY, COUNTS, LINKY_BODY, ONE_BLOCK, WEIGHTS as W } from './weights';

export interface Evidence { weight: number; why: string }

/** `own` lists the page's addresses (given, canonical, og:url) without their scheme, for links within the page. */
export function weigh(s: PageSignals, m: Metadata, body: Body, url: UrlShape, own: string[]): Evidence[] {
  const ev: Evidence[] = [];
  const add = (weight: number, why: string) => { ev.push({ weight, why }); };
  const long = body.size >= BODY.long;
  siteSays(m, long, add);
  // A body made of teasers is a listing however long: it earns no body evidence.
  const listed = teasersInBody(s, body);
  if (listed) add(W.teasers, `Its main text is a list of stories (${listed} teasers)`);
  else text(s, body, long, add);
  furniture(s, body, long, own, add);
  if (url === 'home') add(W.homeUrl, "The address of a site's home page");
  else if (url === 'listing') add(long ? W.listingUrl / 2 : W.listingUrl, 'The address of a section, search, shop, forum or docs page');
  else if (url === 'story') add(W.storyUrl, 'A story-like address (a date or a headline in it)');
  return ev;
}

type Add = (weight: number, why: string) => void;

/**
 * How many teasers make up the body (0 when they are not most of it): headings with links, each over a short
 * excerpt, or children alike that are mostly a link (structure.ts).
 */
function teasersInBody(s: PageSignals, body: Body): number {
  const headings = s.linkedHeadings.filter((h) => body.el?.contains(h)).length;
  const n = headings >= COUNTS.headlinesInBody && body.size < BODY.excerpt * body.blocks ? headings : teaserChildren(body.el, body.weight, body.blocks);
  return n >= COUNTS.headlinesInBody && 2 * n >= body.blocks ? n : 0;
}

/** What the site says the page is: schema.org types, Open Graph, a date, an author. */
function siteSays(m: Metadata, long: boolean, add: Add): void {
  if (m.news) add(W.newsType, `Marked as a news article by the site (${m.news})`);
  else if (m.article) add(W.articleType, `Marked as an article by the site (${m.article})`);
  if (m.page && !m.news) add(W.pageType, `Marked by the site as another kind of page (${m.page})`);
  else if (m.part && !m.news && !m.article && !long) add(W.partType, `Marked by the site as another kind of page (${m.part})`);
  const og = `The site calls it "${m.og}" (og:type)`;
  if (m.og === 'article') add(W.ogArticle, og);
  else if (/^(video|product|music|profile|book)/.test(m.og)) add(W.ogOther, og);
  else if (m.og === 'website' && !long) add(W.ogWebsite, og);
  if (m.dated) add(W.dated, 'Has a publication date');
  if (m.byline) add(W.byline, 'Names an author');
}

/** The body of text: its length in any script, whether it holds the page's text, whether it is mostly links. */
function text(s: PageSignals, body: Body, long: boolean, add: Add): void {
  const length = bodyLength(body);
  if (long) add(W.longBody, `One long body of text (${length})`);
  else if (body.size >= BODY.medium) add(W.mediumBody, `A body of text (${length})`);
  else if (body.size >= BODY.little) add(W.shortText, `A short text (${length})`);
  else add(W.littleText, body.size ? `Little running text (${length})` : 'No running text');
  if (body.share >= ONE_BLOCK && body.size >= BODY.little) add(W.oneBlock, `Nearly all its text is in one place (${Math.round(body.share * 100)} %)`);
  if (body.linkShare > LINKY_BODY) add(W.linkyBody, `Much of its text is links (${Math.round(body.linkShare * 100)} %)`);
  const headlines = s.linkedHeadings.length;
  const teasers = Math.max(s.articles >= COUNTS.teasers ? s.articles : 0, headlines >= COUNTS.linkedHeadings ? headlines : 0);
  // Teasers beside one long body are the site's frame around a story.
  if (teasers && !long) add(W.teasers, `Many links to other stories (${teasers} teasers)`);
}

/** Furniture of sign-in pages, shops, wikis and documentation; forms beside a body of text are the site's frame. */
function furniture(s: PageSignals, body: Body, long: boolean, own: string[], add: Add): void {
  // A password field counts where the page has little else, or where its form holds as much text as the body
  // (a sign-in page); a sign-in box in the header of a story does not.
  if (s.passwords.some((p) => body.size < BODY.little || 2 * (p.closest('form')?.textContent ?? '').trim().length >= body.chars)) add(W.signIn, 'A sign-in form is the main content');
  if (s.shop && !long) add(W.shop, 'Prices, as in a shop');
  const edits = s.editLinks + s.sourceLinks.filter((b) => (s.blocks.get(b)?.text ?? 0) < BODY.prose).length;
  if (edits >= COUNTS.editLinks) add(W.editLinks, `Edit links, as on a wiki or in documentation (${edits})`);
  const within = [...s.pageLinks].reduce((n, [to, k]) => (!to || own.includes(to) ? n + k : n), 0);
  if (within >= COUNTS.pageLinks) add(W.pageLinks, `A table of contents or notes (${within} links within the page)`);
  if (s.code >= COUNTS.code) add(W.code, `Code samples (${s.code})`);
}

/** A reason as shown: the signed weight (two decimals) and the words. */
export const formatReason = (e: Evidence): string => `${e.weight > 0 ? '+' : ''}${e.weight.toFixed(2)} ${e.why}`;

/** A reason's weight and words, for a UI that shows the words alone; a reason without a weight has weight null. */
export function reasonParts(reason: string): { weight: number | null; text: string } {
  const m = /^([+-]\d+\.\d+) (.*)$/s.exec(reason);
  return m ? { weight: Number(m[1]), text: m[2]! } : { weight: null, text: reason };
}
