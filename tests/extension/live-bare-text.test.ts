// @vitest-environment jsdom
// Clean on the live page never hides what the reader shows. A story told in bare text (text straight in a <div>, no
// <p> and no element inside to carry a number) before a paywall box: Readability rewrites each such <div> as a new
// <p> and drops the page's <div>; the live page must still find those boxes as the story's, not hide them as "other".
import { describe, expect, it } from 'vitest';
import { snapshotPage } from '../../lib/page/snapshot';
import { locateArticle, planHiding } from '../../lib/page';
import { fingerprint } from '../../lib/fingerprint';
import { cleanLive, hidden } from './live-clean';

const S = [
  'A magnitude 6.1 earthquake shook the coast of the northern province shortly after nine on Monday evening,',
  'and small tsunami waves were recorded at two harbours within the hour, the weather agency said.',
  'At a press conference after midnight the agency asked residents to check their emergency supplies,',
  'saying a large earthquake could strike at any time and that the warning level would stay unchanged.',
];
const PAGE = `
  <header class="site"><a href="/">Coastal Daily</a><nav id="menu"><a href="/news/">News</a> <a href="/quake/">Quake</a></nav></header>
  <main>
    <div class="heading"><h1>Magnitude 6.1 earthquake shakes northern coast, small tsunami recorded</h1><span class="date">14 January 2025 01:28</span></div>
    <div class="content" id="content">
      <div class="photos"><img src="/img/quake-office.jpg" width="800" height="450" alt=""><p class="photo-caption">The weather agency's panel meets after the earthquake on Monday night in the capital.</p></div>
      <div class="block" id="s0">
        ${S[0]} ${S[1]}
      </div>
      <div class="block" id="s1">
        ${S[2]} ${S[3]}
      </div>
      <div class="paywall" id="members"><p><b>This article is for subscribers.</b><br>Start your free trial to read on.</p>
        <p>Already a subscriber? <a href="/service/login" class="btn">Log in</a></p></div>
    </div>
  </main>
  <footer id="foot"><p>© 2025 Coastal Daily</p><a href="/privacy/">Privacy</a></footer>`;

const clean = () => cleanLive('<title>Magnitude 6.1 earthquake shakes northern coast, small tsunami recorded</title>', PAGE, 'https://coastal.example/article/1011/').report;

describe('a story in bare text on the live page', () => {
  it('shows both boxes of bare text the reader shows, and hides the paywall box after them, the menu and the footer', () => {
    const report = clean();
    expect(report.article?.text).toContain(S[0]!.slice(0, 40));
    expect(report.article?.text).toContain(S[2]!.slice(0, 40));
    expect(hidden('s0')).toBe(false);
    expect(hidden('s1')).toBe(false);
    expect(hidden('members')).toBe(true);
    expect(hidden('menu')).toBe(true);
    expect(hidden('foot')).toBe(true);
  });

  it('never hides a block of the cleaned article, whatever the plan read its box as (the rest of the box goes)', () => {
    document.body.innerHTML = '<main><h1 id="h">Magnitude 6.1 earthquake shakes northern coast</h1><div id="body"><p id="p0">' + S[0] + '</p></div></main>' +
      '<div class="promo" id="box"><p id="lost">' + S[2] + '</p><p id="junk">Subscribe today and read every story on the quake.</p></div>';
    const snap = snapshotPage(document);
    const n = (id: string) => snap.elements.indexOf(document.getElementById(id)!);
    const map = { extracted: [n('body'), n('p0')], kept: [n('body'), n('p0')], story: [fingerprint(S[0]!), fingerprint(S[2]!)] };
    const a = locateArticle(snap.elements, map, { title: 'Magnitude 6.1 earthquake shakes northern coast' })!;
    const steps = planHiding(document, a, new Map());
    const covers = (id: string) => steps.some((s) => s.el.contains(document.getElementById(id)));
    expect(covers('lost')).toBe(false);
    expect(covers('junk')).toBe(true);
    expect(covers('p0')).toBe(false);
  });
});
