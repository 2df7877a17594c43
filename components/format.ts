// Small pure helpers for the UI: reading time, dates, grouping.
import type { Party, PartyType, Removal, RemovalReason } from '../lib/types';

export function wordCount(text: string | null | undefined): number {
  return text ? (text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).length : 0;
}

/** Minutes at 230 words a minute, at least 1 for any text. */
export function readingMinutes(text: string | null | undefined): number {
  const w = wordCount(text);
  return w ? Math.max(1, Math.round(w / 230)) : 0;
}

export function formatDate(iso: string | null | undefined, locale?: string): string | null {
  if (!iso) return null;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString(locale, { year: 'numeric', month: 'long', day: 'numeric' });
}

export const PARTY_TYPE_LABELS: Record<PartyType, string> = {
  person: 'People',
  organization: 'Organisations',
  group: 'Groups',
  country: 'Countries',
  place: 'Places',
};
const TYPE_ORDER: PartyType[] = ['person', 'organization', 'group', 'country', 'place'];

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
