// A host's first article paid V8's first use (functions compiled, patterns, tables, the tagger's model and its
// WebAssembly): in Chromium, click → summary on a session's first article took about twice the second's
// (benchmarks/extension-first.mjs). Once the host is open and idle, this invented article goes through the pipeline
// and the analysis, once, so that the reader's first article runs warm. It runs after any request under way, never
// before one: a request that comes meanwhile runs between the pipeline's steps.
import type { HostRequest } from '../../utils/messages';

/** Invented: a short story with a byline, a quotation and its speaker, an organisation and a place, and the lines
 * a cleaning removes (a share line, a newsletter box, a related link). */
export const WARM_UP_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Night ferry returns to the timetable | Harbour Gazette</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="Harbour Gazette">
<meta property="article:published_time" content="2024-03-12T09:00:00Z"></head><body>
<header><nav><a href="/">Home</a> <a href="/harbour/">Harbour</a> <a href="/islands/">Islands</a></nav></header>
<main><article><h1>Night ferry returns to the winter timetable</h1><p class="byline">By Anna Berg</p>
<p>Share this article</p>
<p>The night ferry between Northport and the islands will run again from Monday, the Harbour Board said on Tuesday, after a month in which the crossing was cut to a single sailing a day.</p>
<p>“We have the crew and the boat back, and the islanders have waited long enough,” said Maria Lindqvist, the board’s harbour master. She said the repairs to the berth had cost less than feared.</p>
<p>The union representing the crews welcomed the decision but said it would watch the overtime rules closely over the coming weeks, as the winter storms are not yet over.</p>
<p>Read more: <a href="/harbour/berth-repairs/">Berth repairs finished ahead of schedule</a></p>
<p>The International Maritime Organization (IMO) said in a statement that Norway and Denmark had made similar changes last year. “Crossings at night are safer with two crews,” its spokesman, Jonas Eklund, told reporters in Oslo.</p>
<p>According to Peter Holm of the Northport Chamber of Commerce, the gap had cost local firms about 40,000 euros a week. Holm said: “We lost trade to the mainland every night the boat stayed in port.”</p>
<p>Residents of the outer islands had complained that the gap left children and workers stranded on the mainland overnight, and the council had asked the board twice to restore the service.</p>
<div class="newsletter"><p>Sign up for our newsletter</p><form><input type="email"><button>Subscribe</button></form></div>
</article></main><footer><p>© 2024 Harbour Gazette</p></footer></body></html>`;

const DELAY_MS = 300, RETRY_MS = 300;

/**
 * Runs `request` once on the invented article when the host is idle: after DELAY_MS (the request that opened the
 * host comes first), and later again while `busy()` says a request is under way. Timers, not requestIdleCallback:
 * the host is a hidden document, where an idle callback may wait for its timeout, past the reader's first click.
 */
export function warmUpWhenIdle(request: (req: HostRequest) => Promise<unknown>, busy: () => boolean): void {
  const attempt = () => {
    if (busy()) { setTimeout(attempt, RETRY_MS); return; }
    void request({
      type: 'clearpage:pipeline',
      job: { html: WARM_UP_PAGE, url: 'https://harbourgazette.example/harbour/night-ferry-returns', force: true, analyze: true, known: [], keep: [] },
    }).catch(() => undefined);
  };
  setTimeout(attempt, DELAY_MS);
}
