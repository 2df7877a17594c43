// Detection's weights and thresholds, as data. A page is an article when the weights of its evidence add up to
// THRESHOLD (the score is then clamped to 0..1). Set by hand, reading the evidence on the tuning pages (AEB dev,
// Readability's test pages, the shared fixtures, tests/pipeline/pages); fundus-dev is a check they were never tuned
// on. `node eval/detect-pages.mjs` prints the verdicts on all of them.
export const THRESHOLD = 0.35;

/**
 * Sizes in Latin-equivalent characters (structure.ts weighs CJK): a long body (about 250 words), a body (115),
 * a short text (50); a teaser's excerpt is under `excerpt` on average (a story's paragraphs are longer); a block
 * with less than `prose` of its own is a label, a date, a caption, a link: not running text.
 */
export const BODY = { long: 1500, medium: 700, little: 300, excerpt: 250, prose: 40, teaser: 400, headline: 20 };

export const WEIGHTS = {
  // What the site says (schema.org types, Open Graph, dates, authors)
  newsType: 0.4,
  articleType: 0.2,
  pageType: -0.4, // Product, forum post, docs (TechArticle)…: counts unless the page is also marked as news
  partType: -0.3, // a video, a list, a collection: counts only without an article type and a long body
  ogArticle: 0.15,
  ogOther: -0.3, // video, product, profile, book, music
  ogWebsite: -0.1, // only without a long body
  dated: 0.1,
  byline: 0.05,
  // The text
  longBody: 0.45,
  mediumBody: 0.35, // several paragraphs with nothing against them read as an article (as in Readability's test)
  shortText: 0.1,
  littleText: -0.25,
  oneBlock: 0.1, // the page's running text is nearly all in one place
  // Furniture of pages that are not stories. Teasers, prices and sign-in boxes beside a long body are the site's
  // frame around a story and do not count; edit links, a table of contents and code samples always do.
  teasers: -0.35,
  signIn: -0.4,
  shop: -0.2,
  editLinks: -0.45, // an editable page (a wiki) or one that links to its own source (documentation)
  pageLinks: -0.15, // a table of contents, section anchors, footnotes
  code: -0.15,
  linkyBody: -0.25,
  // The address
  homeUrl: -0.35,
  listingUrl: -0.3, // halved beside a long body
  storyUrl: 0.1,
};

/** How many of a kind make it count. */
export const COUNTS = { teasers: 6, linkedHeadings: 8, headlinesInBody: 4, editLinks: 1, pageLinks: 8, code: 3 };
/** A body whose text is more than this share links reads like a list of links (menus, link farms, references). */
export const LINKY_BODY = 0.3;
/** Share of the page's running text in its body for it to read as all in one place. */
export const ONE_BLOCK = 0.8;
