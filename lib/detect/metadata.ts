// What the site says the page is: schema.org types (JSON-LD and microdata), Open Graph, dates, authors, its address.
import type { PageSignals } from './signals';

/** schema.org types: news (…NewsArticle and kin), any article, a page that is something else, a medium or a list. */
const NEWS_TYPES = /NewsArticle$|^(ReportageNews|LiveBlogPosting|Report)$/;
const ARTICLE_TYPES = /^(Article|BlogPosting|ScholarlyArticle|SatiricalArticle)$/;
const PAGE_TYPES = /^(Product|ProductGroup|Offer|ProfilePage|FAQPage|QAPage|TechArticle|APIReference|DiscussionForumPosting|CheckoutPage|Event|Recipe|Course|SoftwareApplication|SearchResultsPage|JobPosting)$/;
const PART_TYPES = /^(CollectionPage|Blog|ItemList|VideoObject|AudioObject|ImageGallery|MediaGallery|PodcastEpisode)$/;

export interface Metadata {
  news?: string;
  article?: string;
  page?: string;
  part?: string;
  og: string;
  dated: boolean;
  byline: boolean;
}

export function readMetadata(s: PageSignals): Metadata {
  const ld = readJsonLd(s.jsonLd);
  const types = [...ld.types, ...s.itemTypes];
  const meta = (k: string) => s.meta.get(k) ?? '';
  return {
    news: types.find((t) => NEWS_TYPES.test(t)),
    article: types.find((t) => ARTICLE_TYPES.test(t)),
    page: types.find((t) => PAGE_TYPES.test(t)),
    part: types.find((t) => PART_TYPES.test(t)),
    og: meta('og:type').toLowerCase(),
    dated: s.dated || ld.dated,
    byline: s.byline || ld.byline,
  };
}

/** The `@type`s named in JSON-LD texts (nested @graph included), and whether one gives a date or an author. */
function readJsonLd(texts: string[]): { types: string[]; dated: boolean; byline: boolean } {
  const out = { types: [] as string[], dated: false, byline: false };
  const visit = (v: unknown, depth: number): void => {
    if (!v || typeof v !== 'object' || depth > 4) return;
    if (Array.isArray(v)) { for (const x of v) visit(x, depth + 1); return; }
    const o = v as Record<string, unknown>;
    const t = o['@type'];
    for (const x of Array.isArray(t) ? t : [t]) if (typeof x === 'string') out.types.push(x.slice(x.lastIndexOf('/') + 1));
    if (o.datePublished) out.dated = true;
    // An author that is a person (an encyclopaedia names an organisation of contributors)
    const a = (Array.isArray(o.author) ? o.author[0] : o.author) as { '@type'?: unknown } | string | undefined;
    if (typeof a === 'string' || a?.['@type'] === 'Person') out.byline = true;
    if (o['@graph']) visit(o['@graph'], depth + 1);
  };
  for (const text of texts) {
    try { visit(JSON.parse(text), 0); } catch { /* malformed JSON-LD is common: ignore it */ }
  }
  return out;
}

export type UrlShape = 'home' | 'listing' | 'story' | null;

/** What the address says: a home page, a section/search/account/shop page, a story's address, or nothing. */
export function urlShape(href: string): UrlShape {
  let path = '', query = '';
  try { const u = new URL(href); path = u.pathname; query = u.search; } catch { return null; }
  if (/^\/(index\.\w+)?$/.test(path)) return query ? null : 'home';
  if (/\/(category|categories|tag|tags|topics?|section|author|search|login|signin|sign-in|register|account|cart|checkout|products?|shop|forums?|viewforum|viewtopic|showthread|threads?|docs?|documentation|wiki)(\/|\.|$)/i.test(path) || /[?&](s|q|query|search|f)=/.test(query)) return 'listing';
  if (/\/(19|20)\d\d\/\d{1,2}\//.test(path) || /[\p{L}\p{N}]+(-[\p{L}\p{N}]+){3,}/u.test(path.split('/').filter(Boolean).pop() ?? '')) return 'story';
  return null;
}
