// Which byline the reader sees: the first source that names a person, checked against the JSON-LD's authors.
// Sources, in order: Readability's byline (the page's visible one), the author meta tags, the label/value pairs
// sites give link previews (Yoast's "twitter:label1: Written by / twitter:data1: Jane Doe", in the site's language,
// so read by the value's shape, not the label's words). A byline that only names the site ("STERN.de", "毎日新聞")
// names no one: a person from another source comes first; the site's name is the last resort.
import { AUTHOR_META } from './detect/signals';
import { AGENCY, BYLINE_LANGUAGES, cleanByline, withoutDeskCodes } from './byline';
import { ldAuthorOrganisations, ldAuthors } from './json-ld';
import { namesTheSite } from './title';
import { oneLine, wordCount } from './chars';
import { attr, classAndId, eachElement, elementsAfterHeadline, tagged } from './dom';
import { LABEL, labelValue, siblingDate } from './label-list';

export interface BylineSources {
  readability: string | null | undefined;
  /** The bylines the page prints (printedByline), read before Readability takes them out of the page. */
  printed: readonly string[];
  /** The labels of the page's section links (sectionLabels): a byline that is one names a section, not an author. */
  sections?: readonly string[];
  /** The page's text in lower case where it prints a byline (PrintedByline.shown). */
  shown?: string;
  tags: Map<string, string>;
  ld: readonly unknown[];
  siteName: string | null;
  url: string | null;
  lang: string | null;
}

/** A name, not an address or a user handle ("gto", "admin": letters of a cased script, none a capital). */
export const personLike = (a: string): boolean => !/^(https?:)?\/\/|^www\./i.test(a) && !(/\p{Ll}/u.test(a) && !/\p{Lu}/u.test(a));

// An address, e-mail or web ("d.kuckelkorn@boersen-zeitung.de", a profile URL, "Deutsche Welle (www.dw.com)"):
// people do not sign with one. A host in a name ("Redaktion hessenschau.de", "… for NJ.com") names the site.
const ADDRESS = /^\S+@\S+\.\w+$|(?:^|[\s(])(?:https?:\/\/|www\.)/i;
const HOST = /[\p{L}\d-]\.[a-z]{2,}\b/iu;

/** A section's label ("Nachrichten", the page's category link, given as the meta author). */
const namesSection = (byline: string, s: BylineSources): boolean => !!s.sections?.includes(byline.toLowerCase());

/** What the page's `<meta name="generator">` names: the software or the office that built the page ("WordPress 6.2",
 * "PMJS - Coordenadoria de TI"). A CMS that writes the same value as the author meta names its maker, not a person. */
const namesTheMaker = (byline: string, s: BylineSources): boolean => {
  const maker = s.tags.get('generator');
  return !!maker && oneLine(maker).toLowerCase() === byline.toLowerCase();
};

/** None, an address, a host, a section, the page's maker, the site itself ("Lesotho Times", "BBC News") or an
 * organisation the JSON-LD gives as the author ("Sky", where the page shows its reporter). */
const namesNoOne = (byline: string | null, s: BylineSources, orgs: readonly string[]): boolean =>
  !byline || ADDRESS.test(byline) || HOST.test(byline) || orgs.includes(byline) || namesSection(byline, s) ||
  namesTheMaker(byline, s) || byline.split(',').every((part) => onlyTheSite(part, s.siteName, s.url));

/** The site's name, with one word at most beside it ("BBC News", "BR24 Redaktion"); "Le Figaro et AFP" names more. */
const onlyTheSite = (part: string, siteName: string | null, url: string | null): boolean =>
  namesTheSite(part, siteName, url) && wordCount(part) <= wordCount(siteName ?? '') + 1;

/** The byline to show: a person (or people) if any source names one, else the site as the page signs, else null. */
export function storyByline(s: BylineSources): string | null {
  // An address in parentheses after a name ("Deutsche Welle (www.dw.com)") is left out; the name is kept.
  // A desk's code after a name ("Elena Oberholzer (obe)") is left out too.
  const tidy = (b: string | null | undefined) => cleanByline(b && withoutDeskCodes(b.replace(/\s*\((?:https?:\/\/|www\.)[^)]*\)/gi, '')).trim() || null, s.lang);
  const given = [...[s.readability, metaAuthor(s.tags), previewAuthor(s.tags)].map((b) => unshown(tidy(b), s)), ...s.printed.map(tidy)];
  const orgs = ldAuthorOrganisations(s.ld);
  const listed = ldAuthors(s.ld).map((b) => unshown(tidy(b), s)).filter((p): p is string => !!p && personLike(p));
  const found = unglued(given.find((b) => !namesNoOne(b, s, orgs)) ?? null, [...given, ...listed]);
  const people = listed.filter((p) => !namesNoOne(p, s, orgs));
  // One word ("AFP" of a photo credit, "dpa") is weaker evidence of the author than a person the JSON-LD names.
  if (people.length && (!found || !found.includes(' ') || sameWords(found, people))) return people.join(', ');
  // The site as its own author ("BBC News") rather than nothing: exports name it; the popup does not show it twice.
  // Not a section's label, which names no author either.
  return (found && apartFromPeople(found, people)) ?? [...given, ...listed].find((b) => b && !ADDRESS.test(b) && !namesSection(b, s) && !namesTheMaker(b, s)) ?? null;
}

/**
 * A name from the page's data (Readability's byline read from the JSON-LD, the author meta tags, the JSON-LD's
 * people) that the page's text never shows, where the page prints a byline of its own under its headline: null. The reader sees the
 * printed one ("by European Space Agency" under the headline of a press release a site republishes, its CMS's
 * "Science X staff" in the data only). Where the page prints no byline the data's name stands.
 */
function unshown(name: string | null, s: BylineSources): string | null {
  if (!name || !s.shown || !s.printed.length) return name;
  // Each of several names is checked alone: the page prints them in elements of their own ("Jane Doe", "Gear Team").
  return name.split(/\s*,\s*/).some((n) => n && s.shown!.includes(oneLine(n).toLowerCase())) ? name : null;
}

/** The name another source gives where the byline starts with it and runs on without a space: the text of several
 * elements joined ("Sarah LazareTwitter Today": the author link, a profile link's label, the date line). */
function unglued(byline: string | null, names: readonly (string | null)[]): string | null {
  return (byline && names.find((n) => n && n !== byline && byline.startsWith(n) && /^\p{L}/u.test(byline.slice(n.length)))) || byline;
}

/** The byline with a comma after the JSON-LD's people where the page set the agency in an element of its own and its
 * text ran on ("Samya Kullab and Vasilisa Stepanenko The Associated Press"). */
function apartFromPeople(byline: string, people: readonly string[]): string {
  const named = people.join(', ');
  const rest = byline.startsWith(named) ? byline.slice(named.length) : '';
  // Two words at least: one more ("Jane Doe Smith" of "Jane Doe") may be the rest of a name.
  return /^\s+\p{Lu}\S*\s+\S/u.test(rest) ? `${named}, ${rest.trim()}` : byline;
}

/** The author a meta tag names, unless it gives an address or a user handle instead of a name. */
function metaAuthor(tags: Map<string, string>): string | null {
  for (const k of AUTHOR_META) { const a = tags.get(k)?.trim(); if (a) return personLike(a) ? a : null; }
  return null;
}

// A person's name as a preview value: two to four words, each starting with a capital in a cased script (a label
// "Est. reading time" has "3 minutes", a category one word); in a script without case, any value without digits.
const NAME_SHAPE = /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’.-]*$|^[^\p{Lu}\p{Ll}\p{Nd}]{2,12}$/u;

/** The first link-preview value shaped like a name (twitter:dataN, twitter:misc:*). */
function previewAuthor(tags: Map<string, string>): string | null {
  for (const [key, value] of tags) {
    if (/^twitter:(data\d|misc:)/.test(key) && NAME_SHAPE.test(value.trim())) return value.trim();
  }
  return null;
}

// Links to an author's page: rel=author, or the paths sites give them (/author/, /autor/, /auteur/, /staff/…); URL
// words, shared across languages more than the page's own.
const AUTHOR_WORDS = ['author', 'authors', 'autor', 'autoren', 'auteur', 'autore', 'byline', 'journalist', 'staff'];
const AUTHOR_PATHS = AUTHOR_WORDS.map((w) => `/${w}/`);
/** a[rel~="author"], or a[href*="/author/"] for each word, as linkedom's selectors read them (the token in any case;
 * the address as written): one look at each link, not ten selectors run over every element of the page. */
function authorLink(a: Element): boolean {
  const rel = a.getAttribute('rel'), href = a.getAttribute('href');
  return (rel !== null && /(?:^|\s)author(?:$|\s)/i.test(rel)) || (href !== null && AUTHOR_PATHS.some((p) => href.includes(p)));
}
// A person's page under such a path ("/staff/louis-jacobson/"); the path alone is the index ("Our Staff").
const AUTHOR_PAGE = new RegExp(`/(?:${AUTHOR_WORDS.join('|')})/[^/?#\\s]+`, 'i');
// An element the page marks as its byline, as Readability's own test reads class and id ("authors__list-item");
// looked for among the first elements after the headline only, where a story's byline stands (a teaser's author in
// a sidebar, a commenter, an author's box at the end stand elsewhere).
const BYLINE_MARK = /byline|author|writtenby/i;
const BYLINE_TAGS = new Set(['P', 'DIV', 'SPAN', 'LI', 'ADDRESS', 'A']);
// (60: a page whose first <h1> stands in its navigation sets the byline some 50 elements further on)
const AFTER_HEADLINE = 60;
// A byline line longer than this is a box (an author's bio, a teaser), not the line under the headline.
const LINE_CHARS = 160;

// Paths of a site's section pages, in the words sites use (as lib/rules/link-paths.json's listings), and
// rel="category": a tag or topic page may be a person's (sites tag stories with their authors), a section's is not.
const SECTION_PATH = /\/(?:categor(?:y|ies)|sections?|rubri(?:k|que)|ressorts?|seccion|secao|seksjon)\//i;
const SECTION_REL = /(?:^|\s)category(?:$|\s)/i;
const SECTION_WORDS = 3;

/** The labels of the page's links to its sections, lower case ("in <a rel="category tag">Nachrichten</a>"). */
export function sectionLabels(doc: Document): string[] {
  const out = new Set<string>();
  for (const a of tagged(doc, 'a')) {
    if (!SECTION_REL.test(attr(a, 'rel')) && !SECTION_PATH.test(attr(a, 'href'))) continue;
    const text = oneLine(a.textContent ?? '');
    if (text && wordCount(text) <= SECTION_WORDS) out.add(text.toLowerCase());
  }
  return [...out];
}

export interface PrintedByline {
  /** The people the page prints as its authors, by each kind of evidence in turn (its author links, an element marked
   * as a byline, a bold first line): the byline takes the first that names someone other than the site. */
  names: string[];
  /** The whole line that names them ("By Louis Jacobson on Monday, November 18th, 2019 at 11:04 a.m."): its date. */
  line: string | null;
  /** The page's text in lower case, read where it prints a byline under its headline (else empty): what a name from
   * its data must be found in to be one the reader sees (`unshown`). */
  shown?: string;
}

/**
 * The byline the page prints, read before Readability takes it out: the author links shaped like names, the first
 * element marked as a byline under the headline whose text, without its introducing word ("von"), is a name, a
 * story's bold first line of names. Where the metadata names only the site ("STERN.de") or no one, this is the
 * reader's author.
 */
export function printedByline(doc: Document, lang: string | null): PrintedByline {
  const linked = linkedAuthors(doc), marked = markedByline(doc, lang), bold = boldLead(doc, lang), labelled = labelledAuthor(doc, lang);
  const names = [linked?.name, marked?.name, bold, labelled?.name].filter((n): n is string => !!n);
  return { names, line: linked?.line ?? marked?.line ?? labelled?.line ?? null, shown: marked ? oneLine(doc.body?.textContent ?? '').toLowerCase() : '' };
}

/** The first author link shaped like a name, with the other authors the same line links to. */
function linkedAuthors(doc: Document): { name: string; line: string | null } | null {
  const links = tagged(doc, 'a').filter((a) => authorLink(a) && (/\bauthor\b/i.test(attr(a, 'rel')) || AUTHOR_PAGE.test(attr(a, 'href'))));
  const named = links.slice(0, 5).find((a) => NAME_SHAPE.test(oneLine(a.textContent ?? '')));
  if (!named) return null;
  // The other authors the same line links to ("By Matthew Digby, Minh Do"), each page once ("View More Articles"
  // goes to the first author's page again).
  const block = named.closest('p, li, div, address');
  const line = block ? oneLine(block.textContent ?? '') : '';
  const pages = new Map<string, string>();
  if (block && line.length <= LINE_CHARS) {
    for (const a of links) if (block.contains(a) && !pages.has(attr(a, 'href'))) pages.set(attr(a, 'href'), oneLine(a.textContent ?? ''));
  }
  const names = [...new Set([...pages.values()].filter((t) => NAME_SHAPE.test(t)))];
  return { name: names.join(', ') || oneLine(named.textContent ?? ''), line: names.length ? line : null };
}

/** The first element under the headline marked as a byline, or opening on the word that introduces one ("Von:
 * Bill McCarthy, Marisha Goldhamer"), whose text is a line of names. */
function markedByline(doc: Document, lang: string | null): { name: string; line: string } | null {
  for (const el of elementsAfterHeadline(doc, BYLINE_TAGS, AFTER_HEADLINE)) {
    const marked = BYLINE_MARK.test(classAndId(el)) || /\bauthor\b/.test(attr(el, 'itemprop'));
    const text = oneLine(el.textContent ?? '');
    const name = text.length <= LINE_CHARS ? cleanByline(text, lang) : null;
    // cleanByline takes off the introducing word at the start and a date at the end only.
    if (name && (marked || !text.startsWith(name)) && namesLine(name)) return { name, line: text };
    // An agency's acronym right after the introducing word ("von APA", "By TPN, in News, Portugal · 31 Jan 2025") is
    // the story's byline, as a person's name is; what follows its comma is the line's other parts.
    const agency = name && !text.startsWith(name) ? name.split(/\s*,\s*/)[0]! : '';
    if (AGENCY.test(agency)) return { name: agency, line: text };
    const part = text.length <= LINE_CHARS ? introducedInPart(text, lang) : null;
    if (part) return { name: part, line: text };
  }
  return null;
}

/** Separators between the parts of a line of labels and values ("05/10/2018 - Publicado por: Jane Roe - Categoria: …"). */
const PARTS = /\s+[-–—|·•]\s+/;

/** The names one part of such a line gives after the word that introduces a byline (not the line's first part, which
 * the whole line's reading has seen). */
function introducedInPart(line: string, lang: string | null): string | null {
  for (const part of line.split(PARTS).slice(1)) {
    const name = cleanByline(part, lang);
    if (name && !part.startsWith(name) && namesLine(name)) return name;
  }
  return null;
}

/** Short lines read at the start of the extracted story, at most, for a byline line the page left in it. */
const LEAD_LINES = 3;
const LEAD_TAGS = new Set(['P', 'DIV', 'SMALL', 'SPAN', 'ADDRESS']);

/**
 * The names a short line at the very start of the extracted story gives after the word that introduces a byline,
 * the line whole or one of its parts ("05/10/2018 - Publicado por: Jane Roe - Categoria: Saúde"): a page without an
 * <h1> (its title in a styled paragraph) has no "under the headline" to read; the story's own first lines are. The
 * line is given too, with the language whose words introduced the name: the date it prints ("05/10/2018", day first
 * in Portuguese) is the story's when the metadata gives none.
 */
export function leadByline(body: Element, lang: string | null): PrintedByline & { lang: string | null } {
  let seen = 0, found: string | null = null, read: Element | null = null, line: string | null = null, said: string | null = null;
  eachElement(body, (el) => {
    // A line once (not again as the spans inside it); a caption's credit ("— By Jane Roe/AP") names a photographer.
    if (!LEAD_TAGS.has(el.tagName.toUpperCase()) || read?.contains(el) || el.querySelector('p, div') || el.closest('figure, blockquote')) return;
    const text = oneLine(el.textContent ?? '');
    if (!text) return;
    read = el;
    if (text.length > LINE_CHARS || ++seen > LEAD_LINES) return false;
    // A page that names no language (a small site's): its line is read in each language whose words are known.
    for (const l of lang ? [lang] : BYLINE_LANGUAGES) {
      const name = cleanByline(text, l);
      found = name && !text.startsWith(name) && namesLine(name) ? name : introducedInPart(text, l);
      if (found) { line = text; said = l; return false; }
    }
  });
  return found ? { names: [found], line, lang: said } : { names: [], line: null, lang: null };
}

// A story that opens on its authors' names set in bold, a paragraph of their own ("<p><strong>Jane Roe/John Doe
// </strong></p>"), among its first paragraphs: a byline without a mark.
const P = new Set(['P']);
const LEAD_PARAGRAPHS = 3;
function boldLead(doc: Document, lang: string | null): string | null {
  for (const p of elementsAfterHeadline(doc, P, LEAD_PARAGRAPHS)) {
    const bold = p.children.length === 1 && /^(STRONG|B)$/.test(p.children[0]!.tagName.toUpperCase()) ? p.children[0]! : null;
    const text = oneLine(p.textContent ?? '');
    if (!bold || oneLine(bold.textContent ?? '') !== text) continue;
    const name = cleanByline(text, lang);
    if (name && namesLine(name)) return name;
  }
  return null;
}

// A label set apart in bold or as a term ("<li><strong>Autorin/Autor</strong> Roman Goncharenko</li>", "<dt>Author
// </dt><dd>…"), anywhere on the page: the label says what the value is, in the words author pages' addresses use.
const AUTHOR_LABEL = new RegExp(`^(?:${AUTHOR_WORDS.join('|')})`, 'i');
const LABEL_WORDS = 3;

/** The value of the first label that names an author, when it is a line of names, with the date another item of its
 * list gives ("Datum 28.04.2023" beside "Autorin/Autor Roman Goncharenko"). */
function labelledAuthor(doc: Document, lang: string | null): { name: string; line: string | null } | null {
  for (const label of doc.querySelectorAll(LABEL)) {
    const text = oneLine(label.textContent ?? '').replace(/[:：]$/, '');
    const words = text.split(/[\s/]+/).filter(Boolean);
    if (!words.length || words.length > LABEL_WORDS || !words.some((w) => AUTHOR_LABEL.test(w))) continue;
    const name = cleanByline(labelValue(label), lang);
    if (name && name.length <= LINE_CHARS && namesLine(name)) return { name, line: siblingDate(label, lang) };
  }
  return null;
}

/** A printed byline: a name, then perhaps more names or one word each, as pages add a desk or a place ("Seb
 * Dumitru, Lille", "David Straub, MDR THÜRINGEN"). */
function namesLine(line: string): boolean {
  const parts = line.split(/\s*[,/]\s*/);
  return parts.length <= 4 && NAME_SHAPE.test(parts[0]!) && parts.slice(1).every((p) => NAME_SHAPE.test(p) || /^\p{Lu}[\p{L}'’.-]+$/u.test(p));
}

/**
 * Whether the JSON-LD's people hold every word of the byline: the same people written otherwise ("Brazil, Rachel"
 * for Rachel Brazil) or the first of several ("Tollefson, Jeff" of five authors), which the JSON-LD then gives whole.
 */
function sameWords(byline: string, people: readonly string[]): boolean {
  const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{M}]{2,}/gu) ?? [];
  const known = new Set(people.flatMap(words));
  const own = words(byline);
  return own.length > 0 && own.every((w) => known.has(w));
}
