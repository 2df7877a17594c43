// Pieces of the summary shared by the popup and the reader view.
import { useState } from 'preact/hooks';
import { isWordsInMarks, quoteForDisplay, quoteMarks, speakerLabel } from '../lib/quote-text';
import { shownKeyQuotes } from '../lib/analysis/keyquotes';
import type { Party, Quote, Removal, Report } from '../lib/types';
import { letters } from '../lib/page/text';
import { CONTINUES_NOTE } from '../lib/next-page';
import { safeUrl } from '../lib/sanitize';
import { blocksWord, formatDate, PARTIAL_NOTICE, groupParties, headline, hiddenByReason, readingMinutes, REASON_LABELS, roleLabel, truncate, uniqueRemovals } from './format';

/** A byline that only names the site ("BBC News") is not shown twice. */
const sameName = (a: string, b: string | null) => !!b && letters(a) === letters(b);

/** `standfirst`: the dek under the headline (the reader view shows it; the popup has no room). */
export function ArticleHeader({ report, level = 1, standfirst = false }: { report: Report; level?: 1 | 2; standfirst?: boolean }) {
  const a = report.article;
  if (!a) return null;
  const { title, site } = headline(report);
  const date = formatDate(a.publishedTime, a.lang ?? undefined);
  const updated = date && formatDate(a.updatedTime ?? null, a.lang ?? undefined);
  const minutes = readingMinutes(a.text);
  const Title = level === 1 ? 'h1' : 'h2';
  return (
    <header class="cp-header">
      {standfirst && a.kicker && <p class="cp-kicker" data-testid="kicker">{a.kicker}</p>}
      <Title class="cp-title" data-testid="title">{title}</Title>
      <p class="cp-meta">
        {site && <span data-testid="site">{site}</span>}
        {date && <time dateTime={a.publishedTime ?? undefined} data-testid="date">{date}</time>}
        {updated && <span data-testid="updated">Updated <time dateTime={a.updatedTime ?? undefined}>{updated}</time></span>}
        {minutes > 0 && <span data-testid="reading-time">{minutes} min read{a.partial && ' (the part shown)'}</span>}
        {a.byline && !sameName(a.byline, site) && <span data-testid="byline">{a.byline}</span>}
        {a.sponsor && <span data-testid="sponsor">{a.sponsor}</span>}
      </p>
      {standfirst && a.standfirst && <p class="cp-standfirst" data-testid="standfirst">{a.standfirst}</p>}
    </header>
  );
}

/**
 * Said where the reader looks when the page gave only part of the story (lib/paywall.ts): the popup under the
 * header, the reader view after the text, with the way to the whole story on the original page.
 */
export function PartialNotice({ report, link = false }: { report: Report; link?: boolean }) {
  if (!report.article?.partial) return null;
  return (
    <p class="cp-partial" role="note" data-testid="partial">
      {PARTIAL_NOTICE}
      {link && report.url && <> <a href={report.url} rel="noopener noreferrer">Read it on the original page</a>.</>}
    </p>
  );
}

/**
 * Said where the reader looks when the story goes on on the page's own next page (lib/next-page.ts): the popup under
 * the header, the reader view after the text, with the link (never fetched).
 */
export function ContinuesNotice({ report }: { report: Report }) {
  const url = report.article?.continues ? safeUrl(report.article.continues) : null;
  if (!url) return null;
  return (
    <p class="cp-partial" role="note" data-testid="continues">
      {CONTINUES_NOTE} <a href={url} rel="noopener noreferrer">{url}</a>
    </p>
  );
}

/** The speaker line under a quotation: the name, a description of an unnamed speaker, or "Unattributed". */
function shownSpeaker(q: Quote): string {
  const s = speakerLabel(q);
  return !s ? 'Unattributed' : s.described ? `${s.name} (unidentified)` : s.name;
}

function QuoteItem({ q, lang }: { q: Quote; lang?: string | null }) {
  const [open, close] = quoteMarks(lang);
  return (
    <li class="cp-quote" data-testid="quote">
      <blockquote>{open}{quoteForDisplay(q.text)}{close}</blockquote>
      <p class="cp-speaker" data-testid="speaker">— {shownSpeaker(q)}</p>
    </li>
  );
}

export function QuoteList({ quotes, max = 5, lang, text = '' }: { quotes: readonly Quote[]; max?: number; lang?: string | null; text?: string }) {
  const key = shownKeyQuotes(quotes, text);
  const shown = key.slice(0, max);
  const listed = quotes.filter((q) => !isWordsInMarks(q));
  const rest = listed.filter((q) => !shown.some((s) => s.start <= q.start && q.end <= s.end));
  return (
    <section class="cp-section" aria-labelledby="cp-quotes-h" data-testid="quotes">
      <h2 id="cp-quotes-h">Key quotes</h2>
      {shown.length === 0 ? (
        <p class="cp-muted">No key quotes found.</p>
      ) : (
        <ul class="cp-list">{shown.map((q) => <QuoteItem key={q.start} q={q} lang={lang} />)}</ul>
      )}
      {rest.length > 0 && (
        <details class="cp-more">
          <summary>All quotes ({listed.length})</summary>
          <ul class="cp-list">{rest.map((q) => <QuoteItem key={q.start} q={q} lang={lang} />)}</ul>
        </details>
      )}
    </section>
  );
}

function PartyItem({ p }: { p: Party }) {
  return (
    <li class="cp-party" data-testid="party">
      <span class="cp-party-name">{p.name}</span>
      <span class="cp-muted"> · {p.mentions} {p.mentions === 1 ? 'mention' : 'mentions'}</span>
      {p.description && <div class="cp-party-desc">{p.description}</div>}
      {p.roles.length > 0 && <div class="cp-party-roles">{p.roles.map(roleLabel).join('; ')}</div>}
    </li>
  );
}

export function PartyList({ parties }: { parties: readonly Party[] }) {
  const groups = groupParties(parties);
  return (
    <section class="cp-section" aria-labelledby="cp-parties-h" data-testid="parties">
      <h2 id="cp-parties-h">Who is involved</h2>
      {groups.length === 0 && <p class="cp-muted">No parties found.</p>}
      {groups.map((g) => (
        <div key={g.type} class="cp-party-group" data-type={g.type}>
          <h3>{g.label}</h3>
          <ul class="cp-list">{g.parties.map((p) => <PartyItem key={p.name} p={p} />)}</ul>
        </div>
      ))}
    </section>
  );
}

export function RemovedList(props: {
  removed: readonly Removal[];
  hidden: readonly string[];
  cleaned: boolean;
  onRestore?: (fp: string) => void;
  onHide?: (fp: string) => void;
  busy?: boolean;
}) {
  const items = uniqueRemovals(props.removed);
  const hiddenNow = hiddenByReason(props.hidden, props.removed).total;
  const [open, setOpen] = useState(false);
  return (
    <section class="cp-section" data-testid="removed">
      <details open={open} onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
        <summary data-testid="removed-summary">
          {/* The article's own removals: Clean hides these and, around the article, the page's menus and sidebars. */}
          {`Left out of the article: ${blocksWord(props.removed.length)}${hiddenNow ? `, ${hiddenNow} hidden on the page` : ''}`}
        </summary>
        <ul class="cp-list cp-removed">
          {items.map(({ removal: r, count }) => {
            const hidden = props.hidden.includes(r.fingerprint);
            return (
              <li key={r.fingerprint} data-testid="removed-item" data-fingerprint={r.fingerprint}>
                <span class={`cp-reason cp-reason-${r.reason}`}>{REASON_LABELS[r.reason] ?? r.reason}{count > 1 ? ` ×${count}` : ''}</span>
                <span class="cp-removed-text">{truncate(r.text, 240)}</span>
                {props.onRestore && props.onHide && (
                  // One button that changes its word, never disabled: the focus stays on it.
                  <button type="button" class="cp-small" aria-disabled={props.busy} data-testid={hidden ? 'restore-one' : 'hide-one'}
                    aria-label={`${hidden ? 'Restore' : 'Hide'}: ${truncate(r.text, 60)}`}
                    onClick={() => (hidden ? props.onRestore!(r.fingerprint) : props.onHide!(r.fingerprint))}>
                    {hidden ? 'Restore' : 'Hide'}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      </details>
    </section>
  );
}
