// Addresses as the clean stage compares them: a site by its registrable part, a page by its bare address.

/** The registrable part of a host ("www.nrk.no" → "nrk.no", "news.bbc.co.uk" → "bbc.co.uk"). */
export function siteOf(host: string): string {
  const parts = host.toLowerCase().split('.').filter(Boolean);
  const n = parts.length >= 3 && parts[parts.length - 2]!.length <= 3 && parts[parts.length - 1]!.length <= 2 ? 3 : 2;
  return parts.slice(-n).join('.');
}

/** The host of an address without its "www." (null when it is no address). */
export function hostOf(url: string | null | undefined): string | null {
  try { return url ? new URL(url).hostname.replace(/^www\./, '') : null; } catch { return null; }
}

/** An address without what does not tell pages apart: scheme, www, query, fragment, trailing slash. */
export function bareAddress(url: string): string {
  return url.trim().toLowerCase().replace(/^[a-z]+:\/\/(www\.)?/, '').replace(/[?#].*$/, '').replace(/\/+$/, '');
}
