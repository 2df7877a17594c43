// The pipeline's data: what each stage hands to the next, and what hosts (content script, popup, CLI) exchange.
// Plain JSON-serialisable objects only, so a Report can cross a message channel or be printed by the CLI.

/** Why a block was removed. A small closed set, so that the UI can group and users can switch kinds off. */
export type RemovalReason =
  | 'duplicate'
  | 'donation'
  | 'payment'
  | 'newsletter'
  | 'paywall'
  | 'share'
  | 'comments'
  | 'poll'
  | 'related'
  | 'counter'
  | 'cookie'
  | 'navigation'
  | 'author-bio'
  | 'republish'
  | 'advert'
  | 'byline'
  | 'caption'
  | 'legal'
  /** Boilerplate by the classifier's evidence, of no kind that evidence names (not an advert by default). */
  | 'other'
  | 'site-memory';

export const REMOVAL_REASONS: readonly RemovalReason[] = [
  'duplicate', 'donation', 'payment', 'newsletter', 'paywall', 'share', 'comments', 'poll', 'related', 'counter',
  'cookie', 'navigation', 'author-bio', 'republish', 'advert', 'byline', 'caption', 'legal', 'other', 'site-memory',
];

export interface Removal {
  /** The block's text as the reader saw it (white space collapsed). */
  text: string;
  reason: RemovalReason;
  /** The rule that fired, e.g. `appeal:support-us`, `payment:iban`, `duplicate:near`. */
  rule: string;
  /** Stable hash of the block's normalised text: finds the block on the live page again, and feeds site memory. */
  fingerprint: string;
  /** Position of the block among the article's blocks (0-based), so that it can be restored in place. */
  index: number;
  /** Tag name of the removed element (p, h3, div, ul, …). */
  tag: string;
  /** The removed element's HTML, for restoring it in the exported or reader view. */
  html: string;
  /** For a duplicate: what the repeated block is (donation, share…), when that is known. */
  kind?: RemovalReason;
  /** The block classifier's probability that the block is boilerplate (0..1). */
  score?: number;
  /** What spoke for the removal, in words ("a payment identifier (iban)", "its links", "it repeats"). */
  evidence?: string[];
}

export interface Article {
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  /** When the page says the story was last changed, at least a day after `publishedTime` (lib/updated-date.ts). */
  updatedTime?: string | null;
  lang: string | null;
  excerpt: string | null;
  /** The standfirst (dek) under the headline when the page sets it apart from the body; shown by the reader and the
   * exports above the body, not in `html`. Not part of `text` either, unless the page's body held it: then it is
   * `text`'s first block, where the analysis has always read it. */
  standfirst?: string | null;
  /** The page's short label just above its headline ("Meinung", "Analysis"): shown by the reader above the title, so
   * that an opinion piece reads as one (lib/kicker.ts). Not part of `text` or `html`. */
  kicker?: string | null;
  /** The line beside the headline that says who paid for or partnered on the story ("In partnership with Acme"), as
   * the page wrote it (lib/sponsor.ts): shown with the byline by the reader and the exports. Not part of `text`. */
  sponsor?: string | null;
  /** Clean article HTML (boilerplate removed). Not sanitised: hosts sanitise before display or export. */
  html: string;
  /** Clean article text: blocks separated by a blank line, headline excluded. */
  text: string;
  /** `text` with the captions of its pictures in their places, where it has any: what the plain-text export and the
   * CLI's clean print, so that a caption the reader view shows is in them too. */
  withCaptions?: string;
  /** Credit lines at the story's foot, out of `text` ("With files from …"): the analysis reads them after it. */
  credits?: string[];
  /** The page gave only part of the story (a paywall cut it), and what says so (lib/paywall.ts). */
  partial?: PartialText;
  /** The story goes on on the page's own next page, at this address (lib/next-page.ts; never fetched). */
  continues?: string;
}

export interface PartialText {
  /** The evidence, in words a reader understands. */
  evidence: string[];
}

/** What Readability and the page's metadata say about the article, before its body is cleaned. */
export type ArticleMeta = Omit<Article, 'html' | 'text' | 'withCaptions'>;

export type QuoteKind = 'full' | 'partial' | 'continuation' | 'multi-paragraph';

export interface Quote {
  /** Inner text exactly as in `article.text`, without its enclosing marks. */
  text: string;
  /** Canonical full name of the speaker (a party's name), or null when nobody can be identified. */
  speaker: string | null;
  /** The words the text uses for the speaker ("he", "the spokesman", "Mujahid"), or null. */
  speakerMention: string | null;
  key: boolean;
  kind: QuoteKind;
  /** Offsets of `text` in `article.text` (end exclusive). */
  start: number;
  end: number;
  /** Optional ranking score of key quotes (higher first). */
  score?: number;
}

export type PartyType = 'person' | 'organization' | 'country' | 'group' | 'place';

export interface Party {
  name: string;
  type: PartyType;
  aliases: string[];
  description: string | null;
  roles: string[];
  mentions: number;
  salience: number;
}

export interface Detection {
  isArticle: boolean;
  /** 0..1; isArticle when score ≥ threshold. */
  score: number;
  /**
   * The evidence, in words a reader understands, each led by its signed weight with two decimals and a space:
   * `+0.40 Marked as a news article by the site (NewsArticle)`, `-0.35 Many links to other stories (25 teasers)`.
   * The weights add up to the score (clamped to 0..1). A reason without a leading weight is a note (`page too
   * large (over 60000 elements)`). `reasonParts` (lib/detect) splits one into `{ weight, text }` for a UI that
   * shows the words alone.
   */
  reasons: string[];
  /** The page's address: the one given, else its canonical link or og:url. */
  url?: string | null;
}

export interface Timings {
  parseMs: number;
  detectMs: number;
  extractMs: number;
  cleanMs: number;
  analyzeMs: number;
}

export interface Report {
  url: string | null;
  isArticle: boolean;
  articleScore: number;
  reasons: string[];
  /** Null when the page is not an article (and extraction was not forced) or extraction failed. */
  article: Article | null;
  removed: Removal[];
  quotes: Quote[];
  parties: Party[];
  timings: Timings;
  /** Why the pipeline stopped early or what went wrong, for the user (e.g. "page too large: 24 MB > 8 MB"). */
  error?: string;
}

/** Limits that keep the pipeline from freezing a tab or a batch. */
export interface Budget {
  /** Largest input, in characters of HTML or text. */
  maxChars: number;
  /** Most elements a page may have before extraction is refused. */
  maxElements: number;
  /** Deepest element nesting accepted. */
  maxDepth: number;
}

export const DEFAULT_BUDGET: Budget = {
  maxChars: 8_000_000,
  maxElements: 60_000,
  maxDepth: 400,
};
