// Detect: is this page a news article? Runs on every page load, so it reads only what is cheap to read
// (head metadata, a few counts) and gives a score with its reasons, so that a wrong answer can be understood.
import { isProbablyReaderable } from '@mozilla/readability';
import { DEFAULT_BUDGET, type Budget, type Detection } from './types';
import { eachElement } from './dom';

export const ARTICLE_THRESHOLD = 0.35;

const ARTICLE_TYPES = /^(NewsArticle|Article|BlogPosting|ReportageNews|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|Report|LiveBlogPosting|ScholarlyArticle|SocialMediaPosting)$/;
const NON_ARTICLE_TYPES = /^(CollectionPage|SearchResultsPage|Product|ProductGroup|Offer|VideoObject|ItemList|ProfilePage|FAQPage|QAPage|TechArticle|APIReference|DiscussionForumPosting|CheckoutPage|Event|Recipe|Course|SoftwareApplication)$/;

/** The page's <meta> tags by property, name or itemprop (lower-cased; the first of each wins). */
export function metaTags(doc: Document): Map<string, string> {
  const tags = new Map<string, string>();
  for (const el of Array.from(doc.getElementsByTagName('meta'))) addMeta(tags, el);
  return tags;
}
function addMeta(tags: Map<string, string>, el: Element): void {
  const key = el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop');
  const content = el.getAttribute('content')?.trim();
  if (key && content && !tags.has(key.toLowerCase())) tags.set(key.toLowerCase(), content);
}

/** The page's own URL when the host does not know it: canonical link, then og:url. */
export function pageUrl(doc: Document): string {
  const canonical = Array.from(doc.getElementsByTagName('link')).find((l) => l.getAttribute('rel') === 'canonical');
  return canonical?.getAttribute('href') || metaTags(doc).get('og:url') || '';
}

/** What detection reads off a page, gathered in one pass over its elements (selectors are slow in some DOMs). */
interface PageSignals {
  meta: Map<string, string>;
  canonical: string;
  jsonLd: string[];
  paragraphs: Array<{ el: Element; len: number }>;
  articles: number;
  linkedHeadings: number;
  publishedTime: boolean;
  byline: boolean;
  password: boolean;
  shop: boolean;
  elements: number;
  depth: number;
}

function readSignals(doc: Document, budget: Budget): PageSignals {
  const s: PageSignals = { meta: new Map(), canonical: '', jsonLd: [], paragraphs: [], articles: 0, linkedHeadings: 0, publishedTime: false, byline: false, password: false, shop: false, elements: 0, depth: 0 };
  if (!doc.documentElement) return s;
  eachElement(doc.documentElement, (el, depth) => {
    // The page's size, counted on the way: past the budget, stop reading (the pipeline refuses such a page).
    if (++s.elements > budget.maxElements || depth > budget.maxDepth) { s.depth = Math.max(s.depth, depth); return false; }
    if (depth > s.depth) s.depth = depth;
    switch (el.tagName.toUpperCase()) {
      case 'META': addMeta(s.meta, el); break;
      case 'LINK': if (!s.canonical && el.getAttribute('rel') === 'canonical') s.canonical = el.getAttribute('href') ?? ''; break;
      case 'SCRIPT': if (el.getAttribute('type') === 'application/ld+json') s.jsonLd.push(el.textContent ?? ''); break;
      case 'P': if (s.paragraphs.length < 600) s.paragraphs.push({ el, len: (el.textContent ?? '').length }); break;
      case 'ARTICLE': s.articles++; break;
      case 'H2': case 'H3': case 'H4': if (el.getElementsByTagName('a').length) s.linkedHeadings++; break;
      case 'TIME': if (el.hasAttribute('pubdate') || /\b(published|entry-date)\b/.test(el.getAttribute('class') ?? '')) s.publishedTime = true; break;
      case 'INPUT': if (el.getAttribute('type') === 'password') s.password = true; break;
    }
    if (!el.hasAttributes()) return;
    if (!s.byline && (el.getAttribute('rel') === 'author' || el.getAttribute('itemprop') === 'author' || /\b(byline|author)\b/.test(el.getAttribute('class') ?? ''))) s.byline = true;
    if (!s.shop && (el.getAttribute('itemprop') === 'price' || el.getAttribute('name') === 'add-to-cart' || /\badd_to_cart_button\b/.test(el.getAttribute('class') ?? ''))) s.shop = true;
  });
  return s;
}

/** The `@type`s named in JSON-LD texts (nested @graph included). Bad JSON is skipped. */
function typesOf(jsonLd: string[]): string[] {
  const types: string[] = [];
  const visit = (v: unknown, depth: number) => {
    if (!v || typeof v !== 'object' || depth > 4) return;
    if (Array.isArray(v)) { for (const x of v) visit(x, depth + 1); return; }
    const o = v as Record<string, unknown>;
    const t = o['@type'];
    if (typeof t === 'string') types.push(t);
    else if (Array.isArray(t)) for (const x of t) if (typeof x === 'string') types.push(x);
    if (depth === 0 || o['@graph']) visit(o['@graph'], depth + 1);
  };
  for (const text of jsonLd) {
    try { visit(JSON.parse(text), 0); } catch { /* malformed JSON-LD is common: ignore it */ }
  }
  return types;
}

/** The largest amount of paragraph text under one parent: one article body has a big one, a listing many small. */
function bodySize(paragraphs: PageSignals['paragraphs']): { body: number; longParas: number } {
  // Each paragraph counts for its parent and up to two ancestors more (sites wrap paragraphs in columns and divs),
  // but never past a teaser boundary (<article>, <li>) nor into <body>: teasers of a listing do not add up.
  const under = new Map<Element, number>();
  let longParas = 0;
  for (const { el, len } of paragraphs) {
    if (len < 40) continue;
    if (len >= 120) longParas++;
    let a = el.parentElement;
    for (let up = 0; a && up < 3 && !/^(BODY|HTML)$/i.test(a.tagName); up++, a = a.parentElement) {
      under.set(a, (under.get(a) ?? 0) + len);
      if (/^(ARTICLE|LI)$/i.test(a.tagName)) break;
    }
  }
  let body = 0;
  for (const v of under.values()) if (v > body) body = v;
  return { body, longParas };
}

/**
 * Score a page as a news article. `url` is the page's address when known (else the canonical link is read).
 * Weights add up from 0; isArticle when the score reaches ARTICLE_THRESHOLD.
 */
export function detectArticle(doc: Document, url?: string | null): Detection {
  return detectWithMeta(doc, url).detection;
}

/** Why a page is over the budget (too many elements, nested too deeply), or null. */
export function overBudget(size: { elements: number; depth: number }, budget: Budget): string | null {
  if (size.depth > budget.maxDepth) return `page nested too deeply (over ${budget.maxDepth} levels)`;
  if (size.elements > budget.maxElements) return `page too large (over ${budget.maxElements} elements)`;
  return null;
}

/** Detection and the page's meta tags it read on the way, which extraction reuses instead of reading them again. */
export function detectWithMeta(doc: Document, url?: string | null, budget: Budget = DEFAULT_BUDGET): { detection: Detection; meta: Map<string, string>; tooBig: string | null } {
  const reasons: string[] = [];
  let score = 0;
  const add = (w: number, why: string) => { score += w; reasons.push(`${w > 0 ? '+' : ''}${w.toFixed(2)} ${why}`); };
  const sig = readSignals(doc, budget);
  const tooBig = overBudget(sig, budget);
  if (tooBig) return { detection: { isArticle: false, score: 0, reasons: [tooBig], url: url ?? null }, meta: sig.meta, tooBig };
  const metaOf = (k: string) => sig.meta.get(k) ?? '';

  const { body, longParas } = bodySize(sig.paragraphs);
  if (body >= 1500) add(0.35, `body of ${body} characters`);
  else if (body >= 700) add(0.2, `body of ${body} characters`);
  const short = body < 1500; // evidence against an article counts only where the body is not clearly there

  const types = typesOf(sig.jsonLd);
  const articleType = types.find((t) => ARTICLE_TYPES.test(t));
  const otherType = types.find((t) => NON_ARTICLE_TYPES.test(t) && !(t === 'VideoObject' && articleType));
  if (articleType) add(0.35, `JSON-LD ${articleType}`);
  if (otherType && (short || !articleType)) add(articleType ? -0.2 : -0.4, `JSON-LD ${otherType}`);

  const ogType = metaOf('og:type').toLowerCase();
  if (ogType === 'article') add(0.15, 'og:type article');
  else if (/^(video|product|music|profile|book)/.test(ogType)) add(-0.4, `og:type ${ogType}`);
  else if (ogType === 'website' && short) add(-0.1, 'og:type website');

  if (metaOf('article:published_time') || sig.publishedTime) add(0.1, 'published time');
  if (metaOf('author') || sig.byline) add(0.05, 'byline');

  // Listing pages repeat <article> teasers and linked headings; article pages have them only around the body.
  if (sig.articles >= 6 && short) add(-0.35, `${sig.articles} <article> teasers`);
  if (sig.linkedHeadings >= 8 && short) add(-0.25, `${sig.linkedHeadings} linked headings (teasers)`);

  const href = url || sig.canonical || metaOf('og:url');
  let path = '', query = '';
  try { const u = new URL(href); path = u.pathname; query = u.search; } catch { /* no usable URL */ }
  if (path) {
    if (path === '/' || /^\/(index\.\w+)?$/.test(path)) add(-0.35, 'home page URL');
    else if (/\/(category|categories|tag|tags|topics?|section|author|search|login|signin|sign-in|register|account|cart|checkout|product|products|shop|forum|viewforum|docs?|documentation|wiki)(\/|\.|$)/i.test(path) || /[?&](s|q|query|search|f)=/.test(query))
      add(short ? -0.3 : -0.15, 'listing or app URL');
    else if (/\/(19|20)\d\d\/\d{1,2}\//.test(path) || /[a-z0-9]+(-[a-z0-9]+){3,}/i.test(path.split('/').filter(Boolean).pop() ?? ''))
      add(0.1, 'article-like URL');
  }

  if (short && sig.password) add(-0.4, 'password field');
  if (short && sig.shop) add(-0.2, 'shop markup');

  // Readability's own test is the dearest signal: asked only when its answer can change the verdict.
  const ifNot = body < 300 && longParas <= 1 ? -0.25 : 0;
  if (score + 0.3 >= ARTICLE_THRESHOLD && score + ifNot < ARTICLE_THRESHOLD) {
    if (isProbablyReaderable(doc, { minContentLength: 140, minScore: 20 })) add(0.3, 'Readability: readerable');
    else if (ifNot) add(ifNot, 'little prose');
  } else reasons.push(`(Readability's test not needed: the verdict stands either way)`);

  score = Math.max(0, Math.min(1, score));
  return { detection: { isArticle: score >= ARTICLE_THRESHOLD, score: Math.round(score * 100) / 100, reasons, url: href || null }, meta: sig.meta, tooBig: null };
}
