// The page's JSON-LD (schema.org data in <script type="application/ld+json">), parsed once, before Readability takes
// the scripts out: the clean stage reads its authors' descriptions (clean/author-bio.ts), the extraction the story's
// date and authors when Readability and the meta tags give none.
import { tagged } from './dom';

const LD_TYPE = 'application/ld+json';

/** Every JSON-LD block of `doc` that parses (malformed ones, common, are left out). */
export function jsonLd(doc: Document): unknown[] {
  const out: unknown[] = [];
  // script[type="application/ld+json"], the type read as selectors read it in HTML (in any case)
  for (const s of tagged(doc, 'script')) {
    if (s.getAttribute('type')?.toLowerCase() !== LD_TYPE) continue;
    try { out.push(JSON.parse(s.textContent ?? '')); } catch { /* not JSON: the page's own error */ }
  }
  return out;
}

/** The schema.org types of a story (NewsArticle, ReportageNewsArticle, BlogPosting, LiveBlogPosting, Report…). */
const STORY_TYPE = /(Article|Posting|^Report)$/;

/** Every object of the data, lists, graphs and a page's main entity (Nature's story sits there) opened (at most `max`). */
function objects(data: readonly unknown[], max = 400): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const visit = (v: unknown, depth: number): void => {
    if (!v || typeof v !== 'object' || depth > 6 || out.length >= max) return;
    if (Array.isArray(v)) { for (const x of v) visit(x, depth + 1); return; }
    const o = v as Record<string, unknown>;
    out.push(o);
    if (o['@graph']) visit(o['@graph'], depth + 1);
    if (o.mainEntity) visit(o.mainEntity, depth + 1);
  };
  visit(data, 0);
  return out;
}

const typed = (o: Record<string, unknown>, re: RegExp) => {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).some((x) => typeof x === 'string' && re.test(x));
};

/**
 * When the story was published by its JSON-LD: the datePublished of an object typed as a story, else the first
 * datePublished given. Readability reads it only from a top-level object of its own list of types; Postmedia's
 * papers (National Post, Financial Post, Ottawa Citizen…) set theirs in a list, and the reader saw no date.
 */
export function ldPublished(data: readonly unknown[]): string | null {
  return ldDate(data, 'datePublished');
}

/** The story's dateModified (the story's own object first), as written. */
export function ldModified(data: readonly unknown[]): string | null {
  return ldDate(data, 'dateModified');
}

function ldDate(data: readonly unknown[], key: 'datePublished' | 'dateModified'): string | null {
  const dated = objects(data).filter((o) => typeof o[key] === 'string' && o[key].trim());
  const o = dated.find((x) => typed(x, STORY_TYPE)) ?? dated[0];
  return o ? (o[key] as string).trim() : null;
}

/** A person's name as the data gives it: a name, or given and family names. */
const ORGANISATION = /Organization|Corporation|NewsMediaOrganization/;

function personName(p: Record<string, unknown>): string | null {
  if (typed(p, ORGANISATION)) return null;
  const name = typeof p.name === 'string' ? p.name : [p.givenName, p.familyName].filter((x) => typeof x === 'string').join(' ');
  return name.replace(/\s+/g, ' ').trim() || null;
}

const list = (v: unknown): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/**
 * The story's authors as objects (by value, or by a reference (@id) to an object elsewhere in the graph); its
 * creators after them (schema.org's wider term: Asahi names the site as author and its reporter as creator).
 */
function authorObjects(data: readonly unknown[]): Record<string, unknown>[] {
  const all = objects(data);
  const credited = (o: Record<string, unknown>) => !!(o.author || o.creator);
  const story = all.find((o) => credited(o) && typed(o, STORY_TYPE)) ?? all.find(credited);
  return story ? referenced(all, [...list(story.author), ...list(story.creator)]) : [];
}

/** The objects `values` give: by value, by name alone, or by a reference (@id) to an object elsewhere in the graph. */
function referenced(all: Record<string, unknown>[], values: unknown[]): Record<string, unknown>[] {
  const byId = new Map(all.filter((o) => typeof o['@id'] === 'string').map((o) => [o['@id'] as string, o]));
  const out: Record<string, unknown>[] = [];
  for (const a of values) {
    const p = typeof a === 'string' ? { name: a } : a && typeof a === 'object' ? (a as Record<string, unknown>) : null;
    if (p) out.push(typeof p['@id'] === 'string' && !p.name && !p.givenName ? byId.get(p['@id']) ?? p : p);
  }
  return out;
}

/** The story's publisher by its JSON-LD, also where it is only a reference (@id) to an organisation elsewhere in
 * the graph (Yoast's and many CMSs' way, which Readability does not follow: Público, Kleine Zeitung). */
export function ldPublisher(data: readonly unknown[]): string | null {
  const all = objects(data);
  const story = all.find((o) => o.publisher && typed(o, STORY_TYPE)) ?? all.find((o) => o.publisher);
  if (!story) return null;
  const named = referenced(all, list(story.publisher)).find((p) => typeof p.name === 'string' && p.name.trim());
  return named ? (named.name as string).replace(/\s+/g, ' ').trim() : null;
}

/**
 * The people the story's JSON-LD names as its authors (an organisation, often the site itself, is none): by name, by
 * given and family names, or by a reference (@id) to a person elsewhere in the graph.
 */
export function ldAuthors(data: readonly unknown[]): string[] {
  const names: string[] = [];
  for (const a of authorObjects(data)) {
    const name = personName(a);
    if (name && !names.includes(name)) names.push(name);
  }
  return names;
}

/** The organisations the story's JSON-LD gives as its authors ("Sky", which Readability then takes for a byline). */
export const ldAuthorOrganisations = (data: readonly unknown[]): string[] =>
  authorObjects(data).filter((a) => typed(a, ORGANISATION) && typeof a.name === 'string').map((a) => (a.name as string).trim());

/** The story's text as the data gives it (`articleBody` of every object that has one), whitespace folded. */
export const ldArticleBody = (data: readonly unknown[]): string =>
  objects(data).map((o) => (typeof o.articleBody === 'string' ? o.articleBody : '')).join(' ').replace(/\s+/g, ' ').trim();

/** The story's other headlines as the data gives them (alternativeHeadline, alternateName): a deck the page sets
 * under its headline (CBC's), stated twice. */
export const ldAltHeadlines = (data: readonly unknown[]): string[] =>
  objects(data).flatMap((o) => [o.alternativeHeadline, o.alternateName]).filter((v): v is string => typeof v === 'string' && !!v.trim()).map((v) => v.trim());

/** A fact check's claim and its rating's name, as the page's ClaimReview gives them (schema.org). */
export interface LdClaim { claim: string; rating: string | null }

/** Each ClaimReview of the data with the claim it reviews, and the name of its rating when it gives one. */
export const ldClaimReviews = (data: readonly unknown[]): LdClaim[] =>
  objects(data).filter((o) => typed(o, /^ClaimReview$/) && typeof o.claimReviewed === 'string' && o.claimReviewed.trim()).map((o) => {
    const r = o.reviewRating as Record<string, unknown> | undefined;
    const name = r && typeof r === 'object' ? r.alternateName ?? r.name : null;
    return { claim: (o.claimReviewed as string).trim(), rating: typeof name === 'string' && name.trim() ? name.trim() : null };
  });

/** The story's sponsor by its JSON-LD (schema.org `sponsor` or `funder` of a story object, by value, name or
 * reference): a name, or null. */
export function ldSponsor(data: readonly unknown[]): string | null {
  const all = objects(data);
  for (const o of all.filter((x) => typed(x, STORY_TYPE))) {
    for (const v of referenced(all, [...list(o.sponsor), ...list(o.funder)])) {
      if (typeof v.name === 'string' && v.name.trim()) return v.name.replace(/\s+/g, ' ').trim();
    }
  }
  return null;
}
