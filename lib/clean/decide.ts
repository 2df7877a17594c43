// Decisions: one verdict per block from its classifier score and its evidence. A removal needs two kinds of
// evidence (the classifier's feature groups that spoke for it), or one strong one: a payment identifier on a short
// line, a copy of a block that is boilerplate by its own evidence. A paragraph of prose needs more. Bylines, dates
// and captions are never removed: at most they stay out of the article's text. Thresholds are named in
// lib/rules/clean-thresholds.json.
import { childCountUpTo, closestTag } from '../dom';
const CELL = new Set(['TD', 'TH']);
import type { RemovalReason } from '../types';
import type { BlockInfo } from './context';
import type { Score } from './classifier';
import { GROUPS, type Group } from './features';
import { isProse, isSentence, inPageLinks, tocEntry, unitStop, type BlockSignals, type LinkKind } from './signals';
export { isSentence } from './signals';
import { inConsentPlaceholder } from './consent';
import { inFormBox, inPaywallBox } from './form-box';
import { inPollBox } from './poll-box';
import { phraseHit } from './phrases';
import T from '../rules/clean-thresholds.json';

/** One verdict a block: null keeps it. */
export type Verdicts = (Verdict | null)[];
/** The rule of a credit line at the foot of the story (read by the analysis, lib/clean/index.ts credits). */
export const CREDIT_RULE = 'phrase:credit';

/** Whether block `k` was removed (a byline or caption kept as metadata is not removed). */
export const gone = (v: Verdicts, k: number): boolean => !!v[k] && !v[k]!.meta;
/** The reason a block takes from the removed neighbour it goes with: a copy's kind, not "duplicate". */
export const inheritedReason = (r: Verdict): Verdict['reason'] => (r.reason === 'duplicate' ? r.kind ?? 'duplicate' : r.reason);

export interface Verdict {
  reason: RemovalReason;
  rule: string;
  kind?: RemovalReason;
  /** The classifier's probability that the block is boilerplate. */
  score: number;
  /** The evidence, in words: what spoke for the decision. */
  evidence: string[];
  /** Strong evidence (an identifier, a copy of an appeal): kept when cleaning falls back to strong removals only. */
  strong: boolean;
  /** A byline, a date or a credit: stays in the article's HTML, out of its text. */
  meta?: boolean;
}

/** Builds a block's verdict from its own evidence, with the lines that speak for it (`strong`: see Verdict). */
type VerdictOf = (strong: boolean, extra?: string[]) => Verdict;

/** Independent kinds of evidence: a payment detail, a form and the site's own name are one (an appeal's details);
 * where a block stands and what its box holds add to the score but are never a kind by themselves. */
export type Kind = 'words' | 'shape' | 'links' | 'markup' | 'appeal' | 'repetition';
const KIND: Record<Group, Kind | null> = {
  words: 'words', shape: 'shape', links: 'links', markup: 'markup', box: null, payment: 'appeal', form: 'appeal',
  self: 'appeal', repetition: 'repetition', position: null,
};
const STRUCTURAL = new Set<Kind>(['links', 'markup', 'appeal', 'repetition']);

/** Kinds of evidence that spoke for a removal: those whose groups added at least EVIDENCE_MIN to the logit. */
export function evidenceKinds(sc: Pick<Score, 'by'>): Kind[] {
  const sum = new Map<Kind, number>();
  for (const g of GROUPS) { const k = KIND[g]; if (k) sum.set(k, (sum.get(k) ?? 0) + sc.by[g]); }
  return [...sum].filter(([, v]) => v >= T.evidenceMin).map(([k]) => k);
}

const KIND_WORDS: Record<Kind, string> = {
  words: 'its words', shape: 'its shape', links: 'its links', markup: 'the class names of its box',
  appeal: 'payment, form or site-name details', repetition: 'it repeats',
};

const LINK_REASONS: Partial<Record<LinkKind, RemovalReason>> = {
  share: 'share', pay: 'donation', donation: 'donation', membership: 'donation', newsletter: 'newsletter',
  checkout: 'paywall', login: 'navigation', comments: 'comments',
};
const SHAPE_REASONS: Record<string, RemovalReason> = {
  counter: 'counter', networks: 'share', url: 'navigation', breadcrumb: 'navigation', date: 'byline', 'read-time': 'byline',
  copyright: 'legal', credit: 'caption', byline: 'byline', label: 'advert', kicker: 'related', gallery: 'navigation',
};
const META_SHAPES = new Set(['date', 'read-time', 'credit', 'byline']);
/** Reasons whose blocks stay in the article's HTML (the reader view) and only leave its text. */
export const META_REASONS = new Set<RemovalReason>(['byline', 'caption']);

/** Why a block is boilerplate, from its most specific evidence. */
export function reasonOf(s: BlockSignals): { reason: RemovalReason; rule: string } {
  if (s.payment.identifier) return { reason: 'payment', rule: `payment:${s.payment.identifier}` };
  if (s.shape && SHAPE_REASONS[s.shape]) return { reason: s.caption && s.shape === 'copyright' ? 'caption' : SHAPE_REASONS[s.shape]!, rule: `shape:${s.shape}` };
  // A whole line of the caption lists ("Close", "Enlarge", "Image 1 of 23") is a gallery's control, not a caption:
  // it goes, where a caption stays with its picture.
  if (s.phrase?.mode === 'line' && s.phrase.reason === 'caption') return { reason: 'navigation', rule: 'phrase:line:gallery' };
  if (s.phrase) return { reason: s.phrase.reason, rule: s.phrase.rule };
  for (const k of s.linkKinds) { const r = LINK_REASONS[k]; if (r && s.linkDensity >= 0.3) return { reason: r, rule: `link:${k}` }; }
  // The site naming itself beside a price by the period ("Stay informed with The Namibian… for only N$85 a month")
  // asks for money (an amount alone may be a misread: "© 123RF.com … Tageszeitung").
  if (s.payment.service || s.payment.periodic || s.payment.inProse || (s.self && (s.weakAppeal || (s.payment.amounts > 0 && s.period)))) return { reason: 'donation', rule: 'appeal:evidence' };
  if (s.hint) return { reason: s.hint, rule: `markup:${s.hint}` };
  if (s.controls) return { reason: 'newsletter', rule: 'form' };
  if (s.linkDensity >= 0.5) return s.len <= 30 ? { reason: 'navigation', rule: 'links:short' } : { reason: 'related', rule: 'links:teaser' };
  // No evidence names a kind: the label says so rather than guess "advert" (Krautreporter's note that the story is
  // a translation from Haaretz was listed as an ad).
  return { reason: 'other', rule: 'classifier' };
}

/** Blocks no classifier decision removes: someone's quoted words, a caption (it stays with its picture), a cell of
 * a data table (it stays with its row), code. Only strong evidence (a payment identifier) can. */
export const protectedBlock = (s: BlockSignals) => s.quoted || s.caption || s.tag === 'pre' || (s.tableCell && inDataRow(s.el));

const linky = (s: BlockSignals | null) => !!s && s.linkDensity >= 0.5;
/** A neighbour that reads as text: a line without links, of some words. */
const isText = (s: BlockSignals | null) => !!s && s.linkDensity < 0.3 && s.words.length >= 3;
const isCounter = (s: BlockSignals | null) => !!s && s.shape === 'counter';

/** A cell in a table row of several cells: data, whatever its words ("Comment", a lone number). */
export function inDataRow(el: Element): boolean {
  const row = closestTag(el, CELL)?.parentElement;
  return !!row && childCountUpTo(row, 2) >= 2;
}

const words = (kinds: Kind[]) => kinds.map((k) => KIND_WORDS[k]);

/** Sentences an author's note in emphasis has at least (who they are, what they do). */
const NOTE_SENTENCES = 2;
/** Where an author's note in emphasis may stand: the story's second half (a note leads no story). */
const NOTE_FROM = 0.5;

/**
 * A note about the article's author (lib/clean/author-bio.ts). Repeating the page metadata's description of its
 * author is strong by itself (the site says whom it describes); naming the author in its first words, set wholly in
 * emphasis, needs to stand in the story's second half too. Never a caption or a cell of a data table.
 */
function authorNote(b: BlockInfo, p: number): Verdict | null {
  const s = b.s;
  if (!s.authorNote || s.caption || (s.tableCell && inDataRow(s.el))) return null;
  if (s.authorNote === 'about') return { reason: 'author-bio', rule: 'meta:author-about', score: p, strong: true, evidence: ["it repeats the page's own description of its author"] };
  // A contact line ("Got a story? Email jane.doe@…") names the author in an address: an appeal, not a note.
  if (b.position < NOTE_FROM || /@|https?:\/\/|www\./.test(s.text)) return null;
  // A line that is no sentence ("MDR (Jane Doe, John Roe)") credits the authors: a byline, kept in the HTML.
  if (!s.terminal && !isSentence(s)) return { reason: 'byline', rule: 'emphasis:author-credit', score: p, strong: false, meta: true, evidence: ["it names the article's author", 'it is set apart in emphasis, in the second half of the story'] };
  // One sentence may be the story's last word on its making ("Jane Doe reported from Seoul."): a note says more.
  if (s.sentences < NOTE_SENTENCES) return null;
  return { reason: 'author-bio', rule: 'emphasis:author-note', score: p, strong: false, evidence: ["it names the article's author in its first words", 'it is set apart in emphasis, in the second half of the story'] };
}

/** Letters a phrase opening a line is found within. */
const OPENING = 40;
/** The block's phrase stands in its opening words. */
const opensWithPhrase = (s: BlockSignals) => phraseHit(s.norm.slice(0, OPENING))?.reason === s.phrase?.reason;

/** The verdict on one block by itself (before repetition, boxes and layout), or null to keep it. */
export function decideBlock(b: BlockInfo, sc: Score): Verdict | null {
  const s = b.s;
  // The author's portrait (lib/clean/author-photo.ts): a picture, often with no text at all.
  if (s.authorPhoto && !s.quoted) return authorPhotoVerdict(sc.p);
  // A pull quote (lib/clean/pull-quote.ts): its words stay in their paragraph, so even a quotation goes.
  if (b.pulledFrom >= 0) return pullQuoteVerdict(sc.p);
  if (s.quoted || !s.text) return null;
  const note = s.authorNote ? authorNote(b, sc.p) : null;
  if (note) return note;
  const verdict = verdictMaker(s, sc);
  // A payment identifier on a line of its own is enough by itself; inside a paragraph of prose it is talked about.
  if (s.payment.identifier && (!isProse(s) || s.text.includes('\n')) && s.len <= T.identifierBlockMax) return verdict(true, [`a payment identifier (${s.payment.identifier})`]);
  if (protectedBlock(s)) return null;
  // Rules in the order they are tried: the first that speaks decides (each null when it has nothing to say). Each
  // reads the score (`sc.p`, which scores the block when first read) only for its verdict.
  const ruled = markedBoxVerdict(b, sc) ?? pageFurnitureVerdict(b, sc, verdict) ?? metaLineVerdict(b, verdict) ?? storyEdgeVerdict(b, verdict);
  if (ruled) return ruled;
  // A paragraph of prose goes only on evidence of a structural kind (the last rule below): without any, no rule below
  // removes it, and its whole score (its n-grams, most of a page's features) is not read.
  if (isProse(s) && !s.shape && !evidenceKinds({ by: sc.structural ?? sc.by }).some((k) => STRUCTURAL.has(k))) return null;
  return scoredVerdict(b, sc, verdict);
}

/** The block's verdict as the classifier's evidence gives it. The score and the reason are read only for a verdict:
 * a plain paragraph of story is kept without them. */
function verdictMaker(s: BlockSignals, sc: Score): VerdictOf {
  return (strong: boolean, extra: string[] = []): Verdict => {
    const r = reasonOf(s);
    return { ...r, score: sc.p, strong, evidence: [...extra, ...words(evidenceKinds(sc))], ...(META_REASONS.has(r.reason) ? { meta: true } : {}) };
  };
}

/** A block in a box the pass before Readability marked, or a copy of a caption: each a rule of its own. */
function markedBoxVerdict(b: BlockInfo, sc: Score): Verdict | null {
  const el = b.s.el;
  // A copy of a caption of the article's pictures, set apart from it (a gallery prints each caption twice): the
  // caption stays with its picture.
  if (b.copiesCaption) return captionCopyVerdict(sc.p);
  // The placeholder of an embed that waits for the reader's consent (lib/clean/consent.ts): a toggle, no media,
  // the other site's address in its markup. Without the embed it says nothing of the story.
  if (inConsentPlaceholder(el)) return consentVerdict(sc.p);
  // A sign-in or sign-up box (lib/clean/form-box.ts): the box of a form asking for an email address or a password.
  if (inFormBox(el)) return formBoxVerdict(sc.p);
  // A box that sells the story (lib/clean/form-box.ts): a form's button in a box the markup names a paywall.
  if (inPaywallBox(el)) return paywallBoxVerdict(sc.p);
  // A poll or a quiz (lib/clean/poll-box.ts): the box of a group of radio buttons, which Readability dropped. The
  // readers' say, filed with comments (a reason of its own would grow the content script's list of reasons).
  if (inPollBox(el)) return pollVerdict(sc.p);
  return null;
}

/** The page's own furniture around the story: its address, its navigation, a link to its section. */
function pageFurnitureVerdict(b: BlockInfo, sc: Score, verdict: VerdictOf): Verdict | null {
  const s = b.s;
  // The page's own address printed as a block: a print header or a "copy link" field, in any language.
  if (s.ownAddress) return verdict(true, ['it is the page\'s own address']);
  // A block in a <nav> box, but a table of contents' in-page links (they stay, as the writer's outline).
  if (s.inNav && !inPageLinks(s) && !tocEntry(s)) return { reason: 'navigation', rule: 'markup:nav', score: sc.p, strong: false, evidence: ['it stands in the page\'s navigation (<nav>)'] };
  return s.sectionLink ? sectionLinkVerdict(sc.p) : null;
}

/** A date, a byline, a credit or a reading time: out of the text, kept in the HTML; no other evidence needed. */
function metaLineVerdict(b: BlockInfo, verdict: VerdictOf): Verdict | null {
  const s = b.s;
  if (!s.shape || !META_SHAPES.has(s.shape)) return null;
  // A name after a short word is a byline at the top or the foot of the text, or when it links to its author.
  const byline = s.shape !== 'byline' || b.beforeProse || b.afterProse || s.linkDensity > 0.3;
  // A dateline's last dot may be a unit's ("Aktualisiert am 07.01.2026 - 18:50 Uhr Lesedauer: 4 Min."): no sentence.
  const sentence = isSentence(s) && !((s.shape === 'date' || s.shape === 'read-time') && unitStop(s.norm));
  return !sentence && byline ? verdict(false, ['a date, byline or credit line']) : null;
}

/** A paywall's notice or a credit line where the story ends, or a credit line above it. */
function storyEdgeVerdict(b: BlockInfo, verdict: VerdictOf): Verdict | null {
  const s = b.s;
  if (s.heading || s.len > T.footMax || s.linkDensity >= 0.5 || !s.phrase) return null;
  // Where a paywall cuts the story ("Il vous reste 57 % de cet article à lire. La suite est réservée aux abonnés."):
  // a paywall phrase of some language, at the foot of what the page gave.
  const foot = b.afterProse || b.position >= T.footFrom;
  if (foot && s.phrase.reason === 'paywall') return paywallFootVerdict(verdict);
  if (s.phrase.reason !== 'byline' || s.phrase.mode !== 'contains') return null;
  // A credit line at the foot ("With files from The Associated Press", "— AP writer Jane Doe contributed to this
  // report.", "Mit Informationen der ARD-Korrespondenten"): out of the text, kept in the HTML as small print, and read
  // by the analysis (Cleaned.credits: the press it names is no party of the story).
  if (foot) return creditVerdict(verdict, 'a credit line at the foot of the story');
  // The same credit line at the head, in the first quarter, opening with its phrase (a live blog credits its sources
  // above its first entry: BR's "Mit Informationen der ARD-Korrespondentinnen …"); a story's sentence names its
  // sources further in ("…, sagte sie mit Informationen der Polizei").
  return b.position <= T.headTo && opensWithPhrase(s) ? creditVerdict(verdict, 'a credit line above the story') : null;
}

/** The rest of decideBlock's cascade, for a block with structural evidence or not prose: shapes with no news in any
 * language, furniture lines, the site's memory, then the classifier's score with two kinds of evidence. */
function scoredVerdict(b: BlockInfo, sc: Score, verdict: VerdictOf): Verdict | null {
  const s = b.s;
  const kinds = evidenceKinds(sc);
  // A lone number (a view or share count), a label between dashes ("- Publicidad -"), a row of network names: no
  // news in any language. A number in a list or in a run of numbers stays.
  const shaped = s.shape && NEWSLESS_SHAPES.has(s.shape) ? newslessShape(b, verdict) : null;
  if (shaped) return shaped;
  // A block that is only a known furniture line ("Comments are closed.") in some language: its words and the fact
  // that it holds nothing else.
  // ("Support us" counts as a heading only: "Thank you." may end an interview.)
  if (s.phrase?.mode === 'line' && (s.phrase.reason !== 'donation' || s.heading) && sc.p >= T.neighbour && !isProse(s)) return verdict(false, ['it is only a furniture line']);
  const remembered = b.siteKnown || b.siteRemoved ? siteMemoryVerdict(b, sc, kinds) : null;
  if (remembered) return remembered;
  if (sc.p < T.remove || ((inPageLinks(s) || tocEntry(s)) && !s.phrase)) return null;
  // A heading between the story's paragraphs, over one, heads a section of it: like prose, it goes only on evidence
  // of a structural kind (its words and its shape alone took a subhead that quoted a speaker). Above the first
  // paragraph a short heading may be the header's (an author's initials and place).
  if (s.heading && !b.beforeProse && b.next && isProse(b.next) && !kinds.some((k) => STRUCTURAL.has(k))) return null;
  // A link alone inside the text, between lines that are not links, is the writer's pointer ("read the full
  // transcript"), unless its words, a label or the class names of its box say otherwise.
  if (s.linkDensity >= 0.8 && !s.phrase && !s.shape && !b.beforeProse && !b.afterProse && !linky(b.prev) && !linky(b.next) &&
    !kinds.includes('markup') && !kinds.includes('words')) return null;
  // A line of the text with a link in it and words of its own beside the link (a point of a bulleted list, a
  // sentence), between lines that are not links, is the writer's, unless its words or its box's class names say not.
  if (s.linkDensity < 0.8 && s.len * (1 - s.linkDensity) >= T.ownWordsMin && !s.phrase && !s.shape && !b.beforeProse &&
    !b.afterProse && isText(b.prev) && isText(b.next) && !kinds.includes('markup') && !kinds.includes('words')) return null;
  if (isProse(s) || isSentence(s)) {
    // Prose goes only on a high score, and never on its words and shape alone.
    if (sc.p < T.removeProse || kinds.length < 2 || !kinds.some((k) => STRUCTURAL.has(k))) return null;
  } else if (kinds.length < 2) return null;
  return verdict(false);
}

// The verdicts below are built by functions of their own, apart from decideBlock's and scoredVerdict's common path: V8
// compiles a function at its first call, so a page that meets none of these rules (most pages) compiles their
// literals never (docs/performance.md, cold37). Each is the verdict its rule gave inline before.
const authorPhotoVerdict = (p: number): Verdict => ({ reason: 'author-bio', rule: 'media:author-photo', score: p, strong: true, evidence: ["its picture is named for the article's author"] });
const pullQuoteVerdict = (p: number): Verdict => ({ reason: 'duplicate', rule: 'copy:pull-quote', score: p, strong: true, evidence: ['its words stand in full in a paragraph of the story nearby'] });
const captionCopyVerdict = (p: number): Verdict => ({ reason: 'duplicate', kind: 'caption', rule: 'copy:caption', score: p, strong: false, evidence: ['it repeats the caption of a picture of the article'] });
const consentVerdict = (p: number): Verdict => ({ reason: 'cookie', rule: 'embed:consent', score: p, strong: false, evidence: ['it stands in for an embed of another site until the reader consents'] });
const formBoxVerdict = (p: number): Verdict => ({ reason: 'newsletter', rule: 'form:box', score: p, strong: false, evidence: ['it stands in a box around a form asking for the reader\'s email address or password'] });
const paywallBoxVerdict = (p: number): Verdict => ({ reason: 'paywall', rule: 'form:paywall', score: p, strong: false, evidence: ['it stands in a box around a form with a button, which the class names of its box call a paywall'] });
const pollVerdict = (p: number): Verdict => ({ reason: 'poll', rule: 'form:poll', score: p, strong: false, evidence: ['it stands in a box around a group of radio buttons (a poll or a quiz)'] });
const sectionLinkVerdict = (p: number): Verdict => ({ reason: 'navigation', rule: 'link:section', score: p, strong: true, evidence: ['it links to the section this page is filed under'] });
const paywallFootVerdict = (verdict: VerdictOf): Verdict => ({ ...verdict(false, ['a paywall notice where the story is cut']), rule: 'phrase:paywall-foot' });
const creditVerdict = (verdict: VerdictOf, where: string): Verdict => ({ ...verdict(false, [where]), rule: CREDIT_RULE, meta: true });

/** Shapes with no news in any language: a lone number, a label between marks, a row of network names, a gallery's
 * counter. */
const NEWSLESS_SHAPES = new Set(['counter', 'label', 'networks', 'gallery']);
/** A lone number (a view or share count), a label between dashes ("- Publicidad -"), a row of network names: no
 * news in any language. A number in a list or in a run of numbers stays, and so does a heading. */
function newslessShape(b: BlockInfo, verdict: VerdictOf): Verdict | null {
  const s = b.s;
  if (s.shape === 'counter') return !s.listItem && !s.heading && !isCounter(b.prev) && !isCounter(b.next) ? verdict(false, ['a lone number']) : null;
  // A line right after a quotation signs it ("– Jane D.", a reader's review), whatever marks it wears.
  if (s.heading || (s.shape === 'label' && b.prev?.quoted && !s.quoted)) return null;
  return verdict(false, [s.shape === 'label' ? 'a label between marks' : s.shape === 'gallery' ? 'a gallery\'s picture counter' : 'a row of network names']);
}

/** A block seen on other articles of the site, with evidence of its own; or one the site's own rules removed on
 * another of its articles, here once: the site's furniture, with a classifier score near the neighbours' bar and
 * evidence of a kind other than repetition. */
function siteMemoryVerdict(b: BlockInfo, sc: Score, kinds: Kind[]): Verdict | null {
  const s = b.s;
  if (b.siteKnown && sc.p >= T.duplicateSeed && kinds.some((k) => k !== 'repetition' && k !== 'shape') && !isProse(s))
    return { reason: 'site-memory', rule: 'site-memory', score: sc.p, strong: false, evidence: ['it recurs on other articles of the site', ...words(kinds)] };
  if (b.siteRemoved && sc.p >= T.neighbour && kinds.some((k) => k !== 'repetition' && k !== 'shape') && !isProse(s))
    return { reason: 'site-memory', rule: 'site-memory:removed', score: sc.p, strong: false, evidence: ['the site\'s own rules removed it on another of its articles', ...words(kinds)] };
  return null;
}
