// Small pure helpers for the UI: reading time, dates, grouping, what is hidden in words, export formats.
import type { Party, PartyType, Removal, RemovalReason, Report } from '../lib/types';
import { splitTitle } from '../lib/title';
import type { ExportFormat } from '../utils/settings';
import type { PageCleanResult } from '../lib/page';

export const FORMAT_INFO: Record<ExportFormat, { label: string; ext: string; mime: string }> = {
  markdown: { label: 'Markdown', ext: 'md', mime: 'text/markdown' },
  text: { label: 'Text', ext: 'txt', mime: 'text/plain' },
  html: { label: 'HTML', ext: 'html', mime: 'text/html' },
};

/** What the popup and the reader say of a story the page gave only part of (a paywall cut it). */
export const PARTIAL_NOTICE = 'Only part of this article is on the page: the rest is for subscribers.';

export function wordCount(text: string | null | undefined): number {
  return text ? (text.replace(CJK_CHARS, ' ').match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).length : 0;
}

/** Chinese and Japanese are written without spaces: they are read by the character, not the word. */
const CJK_CHARS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const WORDS_A_MINUTE = 230;
const CJK_CHARS_A_MINUTE = 500;

/** Minutes at 230 words (or 500 Chinese or Japanese characters) a minute, at least 1 for any text. */
export function readingMinutes(text: string | null | undefined): number {
  if (!text) return 0;
  const minutes = wordCount(text) / WORDS_A_MINUTE + (text.match(CJK_CHARS)?.length ?? 0) / CJK_CHARS_A_MINUTE;
  return minutes > 0 ? Math.max(1, Math.round(minutes)) : 0;
}

export { formatDate } from '../lib/display-date';

export const PARTY_TYPE_LABELS: Record<PartyType, string> = {
  person: 'People',
  organization: 'Organisations',
  group: 'Groups',
  country: 'Countries',
  place: 'Places',
};
const TYPE_ORDER: PartyType[] = ['person', 'organization', 'group', 'country', 'place'];

/** Roles the analysis names by a code word (lib/analysis/parties), as a reader is told them; the others are the text's
 * own words ("spokesman", "mediator") and stay as written. The exports keep the code words. */
const ROLE_LABELS: Readonly<Record<string, string>> = { dateline: 'where the story is filed from', speaker: 'quoted' };
export const roleLabel = (role: string): string => ROLE_LABELS[role] ?? role;

export function groupParties(parties: readonly Party[]): { type: PartyType; label: string; parties: Party[] }[] {
  return TYPE_ORDER.map((type) => ({
    type,
    label: PARTY_TYPE_LABELS[type],
    parties: parties.filter((p) => p.type === type).sort((a, b) => b.salience - a.salience || b.mentions - a.mentions),
  })).filter((g) => g.parties.length > 0);
}

export const REASON_LABELS: Record<RemovalReason, string> = {
  duplicate: 'Duplicate',
  donation: 'Donation appeal',
  payment: 'Payment details',
  newsletter: 'Newsletter sign-up',
  paywall: 'Paywall',
  share: 'Share buttons',
  comments: 'Comments notice',
  poll: 'Poll',
  related: 'Related links',
  counter: 'View counter',
  cookie: 'Cookie notice',
  navigation: 'Navigation',
  'author-bio': 'Author bio',
  republish: 'Republishing notice',
  advert: 'Advert',
  'site-memory': 'Seen on other articles of this site',
  byline: 'Byline',
  caption: 'Caption',
  legal: 'Legal notice',
  other: 'Other',
};

/** Removals grouped by fingerprint (a donation box twice is one entry with count 2), in page order. */
export function uniqueRemovals(removed: readonly Removal[]): { removal: Removal; count: number }[] {
  const m = new Map<string, { removal: Removal; count: number }>();
  for (const r of removed) {
    const e = m.get(r.fingerprint);
    if (e) e.count++;
    else m.set(r.fingerprint, { removal: r, count: 1 });
  }
  return [...m.values()];
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max - 1).trimEnd() + '…';
}

/** Kinds of removal in a sentence ("6 navigation, 3 share bars"): [singular, plural]. */
const REASON_COUNT_WORDS: Record<RemovalReason, [string, string]> = {
  duplicate: ['duplicate', 'duplicates'],
  donation: ['donation appeal', 'donation appeals'],
  payment: ['payment line', 'payment lines'],
  newsletter: ['newsletter sign-up', 'newsletter sign-ups'],
  paywall: ['paywall notice', 'paywall notices'],
  share: ['share bar', 'share bars'],
  comments: ['comments notice', 'comments notices'],
  poll: ['poll', 'polls'],
  related: ['related link', 'related links'],
  counter: ['view counter', 'view counters'],
  cookie: ['cookie notice', 'cookie notices'],
  navigation: ['navigation', 'navigation'],
  'author-bio': ['author bio', 'author bios'],
  republish: ['republishing notice', 'republishing notices'],
  advert: ['advert', 'adverts'],
  'site-memory': ['seen on other articles', 'seen on other articles'],
  byline: ['byline', 'bylines'],
  caption: ['caption', 'captions'],
  legal: ['legal notice', 'legal notices'],
  other: ['other block', 'other blocks'],
};

export const blocksWord = (n: number) => `${n} ${n === 1 ? 'block' : 'blocks'}`;

/**
 * What is hidden on the page, by kind, most frequent first: each hidden fingerprint counts as many blocks as the
 * removals that carry it (a donation box printed twice is two blocks); a fingerprint no removal explains was hidden
 * by site memory.
 */
export function hiddenByReason(hidden: readonly string[], removals: readonly Removal[]): { total: number; kinds: [RemovalReason, number][] } {
  const byFp = new Map<string, Removal[]>();
  for (const r of removals) byFp.set(r.fingerprint, [...(byFp.get(r.fingerprint) ?? []), r]);
  const counts = new Map<RemovalReason, number>();
  let total = 0;
  for (const fp of new Set(hidden)) {
    const rs = byFp.get(fp) ?? [];
    // A repeated donation appeal is counted as a donation appeal: what it is says more than that it repeats.
    const reason = rs[0]?.kind ?? rs[0]?.reason ?? 'site-memory';
    const n = Math.max(1, rs.length);
    counts.set(reason, (counts.get(reason) ?? 0) + n);
    total += n;
  }
  return { total, kinds: [...counts].sort((a, b) => b[1] - a[1]) };
}

/** "14 blocks: 6 navigation, 3 share bars, 2 donation appeals and 3 more" (at most `max` kinds named). */
export function describeHidden(hidden: readonly string[], removals: readonly Removal[], max = 4): string {
  const { total, kinds } = hiddenByReason(hidden, removals);
  if (!total) return '';
  const named = kinds.slice(0, max).map(([r, n]) => `${n} ${REASON_COUNT_WORDS[r]?.[n === 1 ? 0 : 1] ?? r}`);
  const rest = kinds.slice(max).reduce((s, [, n]) => s + n, 0);
  return `${blocksWord(total)}: ${named.join(', ')}${rest ? ` and ${rest} more` : ''}`;
}

/** The headline without the site's name, and the site's name to show once, apart from it (lib/title.ts). */
export function headline(report: Report): { title: string; site: string | null } {
  const a = report.article;
  if (!a) return { title: '', site: null };
  const { title, site } = splitTitle(a.title, a.siteName, report.url);
  let host: string | null = null;
  try { host = report.url ? new URL(report.url).hostname.replace(/^www\./, '') : null; } catch { /* no address */ }
  return { title, site: site || host };
}

/** The report with its headline as the title (no site suffix): what exports and file names use. */
export function withHeadline(report: Report): Report {
  return report.article ? { ...report, article: { ...report.article, title: headline(report).title } } : report;
}

/** The live page's own reasons (lib/page/furniture.ts) in a sentence: [singular, plural]. */
const PAGE_REASON_COUNT_WORDS: Record<string, [string, string]> = {
  menu: ['menu', 'menus'], sidebar: ['sidebar', 'sidebars'], footer: ['footer', 'footers'], related: ['related link', 'related links'],
  form: ['form', 'forms'], overlay: ['pop-up', 'pop-ups'], advert: ['advert', 'adverts'], comments: ['comments section', 'comments sections'],
  share: ['share bar', 'share bars'], newsletter: ['newsletter sign-up', 'newsletter sign-ups'], appeal: ['appeal', 'appeals'],
  counter: ['counter', 'counters'], other: ['other block', 'other blocks'],
};

/** "14 blocks: 6 menus, 3 share bars and 5 more", from what the page says its last Clean hid (by reason). */
export function describeClean(result: PageCleanResult, max = 4): string {
  const kinds = Object.entries(result.byReason).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
  const total = result.hidden || kinds.reduce((t, [, n]) => t + n, 0);
  if (!total) return '';
  const word = (r: string, n: number) => (PAGE_REASON_COUNT_WORDS[r] ?? REASON_COUNT_WORDS[r as RemovalReason] ?? [r, r])[n === 1 ? 0 : 1];
  const named = kinds.slice(0, max).map(([r, n]) => `${n} ${word(r, n)}`);
  const rest = kinds.slice(max).reduce((t, [, n]) => t + n, 0);
  return `${blocksWord(total)}: ${named.join(', ')}${rest ? ` and ${rest} more` : ''}`;
}
