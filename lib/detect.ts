// Detect: is this page a news article? Runs on every page load, so it reads only what is cheap to read
// (head metadata, a few counts) and gives a score with its reasons, so that a wrong answer can be understood.
import { isProbablyReaderable } from '@mozilla/readability';
import type { Detection } from './types';

export const ARTICLE_THRESHOLD = 0.35;

const ARTICLE_TYPES = /^(NewsArticle|Article|BlogPosting|ReportageNews|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|Report|LiveBlogPosting|ScholarlyArticle|SocialMediaPosting)$/;
const NON_ARTICLE_TYPES = /^(CollectionPage|SearchResultsPage|Product|ProductGroup|Offer|VideoObject|ItemList|ProfilePage|FAQPage|QAPage|TechArticle|APIReference|DiscussionForumPosting|CheckoutPage|Event|Recipe|Course|SoftwareApplication)$/;

/** The `@type`s named in the page's JSON-LD (nested @graph included). Bad JSON is skipped. */
export function jsonLdTypes(doc: Document): string[] {
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
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try { visit(JSON.parse(s.textContent ?? ''), 0); } catch { /* malformed JSON-LD is common: ignore it */ }
  }
  return types;
}

const meta = (doc: Document, key: string) =>
  doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content')?.trim() ?? '';

/** The page's own URL when the host does not know it: canonical link, then og:url. */
export function pageUrl(doc: Document): string {
  return doc.querySelector('link[rel="canonical"]')?.getAttribute('href') || meta(doc, 'og:url') || '';
}

/**
 * Score a page as a news article. `url` is the page's address when known (else the canonical link is read).
 * Weights add up from 0; isArticle when the score reaches ARTICLE_THRESHOLD.
 */
export function detectArticle(doc: Document, url?: string | null): Detection {
  const reasons: string[] = [];
  let score = 0;
  const add = (w: number, why: string) => { score += w; reasons.push(`${w > 0 ? '+' : ''}${w.toFixed(2)} ${why}`); };

  // Prose: the largest run of paragraphs under one parent. One article body has one; a listing has many small ones.
  const perParent = new Map<Element, number>();
  const ps = doc.getElementsByTagName('p');
  const n = Math.min(ps.length, 600);
  let longParas = 0;
  for (let i = 0; i < n; i++) {
    const len = (ps[i].textContent ?? '').length;
    if (len < 40) continue;
    if (len >= 120) longParas++;
    // Count each paragraph for its parent and, when the parent is a mere wrapper (not a teaser <article> or a list
    // item), for its grandparent: some sites wrap every paragraph in a div of its own.
    const parent = ps[i].parentElement;
    if (!parent) continue;
    perParent.set(parent, (perParent.get(parent) ?? 0) + len);
    const gp = parent.parentElement;
    if (gp && !/^(ARTICLE|LI|BODY|HTML)$/i.test(parent.tagName) && !/^(BODY|HTML)$/i.test(gp.tagName) && parent.getElementsByTagName('p').length === 1)
      perParent.set(gp, (perParent.get(gp) ?? 0) + len);
  }
  let body = 0;
  for (const v of perParent.values()) if (v > body) body = v;
  if (body >= 1500) add(0.35, `body of ${body} characters`);
  else if (body >= 700) add(0.2, `body of ${body} characters`);
  const readerable = isProbablyReaderable(doc, { minContentLength: 140, minScore: 20 });
  if (readerable) add(0.3, 'Readability: readerable');
  else if (body < 300 && longParas <= 1) add(-0.25, 'little prose');
  const short = body < 1500; // evidence against an article counts only where the body is not clearly there

  const types = jsonLdTypes(doc);
  const articleType = types.find((t) => ARTICLE_TYPES.test(t));
  const otherType = types.find((t) => NON_ARTICLE_TYPES.test(t) && !(t === 'VideoObject' && articleType));
  if (articleType) add(0.35, `JSON-LD ${articleType}`);
  if (otherType && (short || !articleType)) add(articleType ? -0.2 : -0.4, `JSON-LD ${otherType}`);

  const ogType = meta(doc, 'og:type').toLowerCase();
  if (ogType === 'article') add(0.15, 'og:type article');
  else if (/^(video|product|music|profile|book)/.test(ogType)) add(-0.4, `og:type ${ogType}`);
  else if (ogType === 'website' && short) add(-0.1, 'og:type website');

  if (meta(doc, 'article:published_time') || doc.querySelector('time[datetime][pubdate], time.published, time.entry-date'))
    add(0.1, 'published time');
  if (meta(doc, 'author') || doc.querySelector('[rel="author"], .byline, .author, [itemprop="author"]')) add(0.05, 'byline');

  // Listing pages repeat <article> teasers and linked headings; article pages have them only around the body.
  const articles = doc.getElementsByTagName('article').length;
  if (articles >= 4 && short) add(-0.35, `${articles} <article> teasers`);
  const headingLinks = doc.querySelectorAll('h2 > a, h3 > a, h4 > a, h2 a[href], h3 a[href]').length;
  if (headingLinks >= 8 && short) add(-0.25, `${headingLinks} linked headings (teasers)`);

  const href = url || pageUrl(doc);
  let path = '', query = '';
  try { const u = new URL(href); path = u.pathname; query = u.search; } catch { /* no usable URL */ }
  if (path) {
    if (path === '/' || /^\/(index\.\w+)?$/.test(path)) add(-0.35, 'home page URL');
    else if (/\/(category|categories|tag|tags|topics?|section|author|search|login|signin|sign-in|register|account|cart|checkout|product|products|shop|forum|viewforum|docs?|documentation|wiki)(\/|\.|$)/i.test(path) || /[?&](s|q|query|search|f)=/.test(query))
      add(short ? -0.3 : -0.15, 'listing or app URL');
    else if (/\/(19|20)\d\d\/\d{1,2}\//.test(path) || /[a-z0-9]+(-[a-z0-9]+){3,}/i.test(path.split('/').filter(Boolean).pop() ?? ''))
      add(0.1, 'article-like URL');
  }

  if (short && doc.querySelector('input[type="password"]')) add(-0.4, 'password field');
  if (short && doc.querySelector('[itemprop="price"], .add_to_cart_button, [name="add-to-cart"]')) add(-0.2, 'shop markup');


  score = Math.max(0, Math.min(1, score));
  return { isArticle: score >= ARTICLE_THRESHOLD, score: Math.round(score * 100) / 100, reasons };
}
