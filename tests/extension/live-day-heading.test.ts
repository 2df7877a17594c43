// @vitest-environment jsdom
// Clean on the live page never hides a date: a live ticker's day set as a heading at the foot of that day's entries
// (headed by times of day) stays, on the page and in the reader, where it gives the entries' times their day
// (lib/clean/day-heading.ts). The link to the older ticker goes.
import { describe, expect, it } from 'vitest';
import { cleanLive, hidden } from './live-clean';

const ENTRIES = [
  ['14.05: Harbour reopens to ferries', 'The harbour master reopened the port to ferries in the early afternoon, after divers had checked the quay walls damaged by the storm overnight and found them safe.'],
  ['11.20: Power back in most of the old town', 'The grid operator said power had been restored to nine in ten homes of the old town by late morning, while crews were still working on the lines along the river road.'],
  ['08.45: Schools stay closed', 'The education office closed all schools of the district for the day, saying that several roads to the villages on the coast were still blocked by fallen trees and debris.'],
];
const PAGE = `
  <header class="site"><a href="/">Coastal Courier</a><nav><a href="/news/">News</a> <a href="/weather/">Weather</a></nav></header>
  <main><article>
    <h1>Storm on the coast: the latest</h1>
    <p class="byline">By Ilse Marquart</p>
    <section class="body">
      <p>The storm that swept the coast overnight has left thousands without power and closed the harbour; this ticker follows the day.</p>
      ${ENTRIES.map(([h, p], i) => `<h2 id="h${i}">${h}</h2><p id="p${i}">${p}</p>`).join('')}
      <div class="module"><h2 id="day">Tuesday, 27 August 2024</h2></div>
      <div class="module"><ul><h2 id="older"><a href="https://coastal-courier.example/news/storm-ticker-week-34/">ALL EARLIER DEVELOPMENTS OF THE STORM ON THE COAST</a></h2></ul></div>
    </section>
  </article></main>
  <footer><p>© 2024 Coastal Courier</p></footer>`;

const clean = () => cleanLive('<title>Storm on the coast: the latest</title><meta name="author" content="Ilse Marquart">', PAGE,
  'https://coastal-courier.example/news/storm-ticker/').report;

describe("a ticker's day heading", () => {
  it('stays on the live page and in the reader', () => {
    const report = clean();
    expect(report.removed.some((r) => r.text.startsWith('Tuesday, 27 August'))).toBe(false);
    expect(report.article!.text).toContain('Tuesday, 27 August 2024');
    expect(hidden('day')).toBe(false);
    for (const id of ['h0', 'p0', 'p2']) expect(hidden(id), id).toBe(false);
    expect(hidden('older')).toBe(true);
  });
});
