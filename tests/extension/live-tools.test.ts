// @vitest-environment jsdom
// Clean on the live page hides the page's tools and what follows the story but is not of it, by structure: a row of
// short controls beside the headline, a comments box after the story's end inside the story's own column, a sign-up
// box's graphic beside its form. An emptied wrapper is marked with the reason of what it wraps, and counted once.
import { describe, expect, it } from 'vitest';
import { CONTAINER, HIDDEN_ATTR, REASON_ATTR } from '../../lib/page/hide';
import { cleanLive, hidden } from './live-clean';

const P = [
  'Ferry services to the outer islands were cut to four crossings a day on Friday as an overtime ban by the ferry workers’ union began, leaving hundreds of commuters queuing at the harbour before dawn.',
  'The union said the ban would last until the port authority returned to talks about pay, which collapsed on Tuesday after eleven hours of negotiation at the authority’s offices on the quay.',
  'Island councillors said the cut would hit patients travelling to the mainland hospital hardest, and asked both sides to agree at least an emergency timetable for medical appointments.',
  'The port authority said it regretted the disruption and remained open to talks, but that the union’s demands would add more than four million to the ferry budget over the next three years.',
];
const TOOLS = `<div class="bar" id="tools"><div class="item"><div role="button" aria-label="Listen"><svg></svg></div><span>Listen</span><div>5 min</div></div>
  <div class="item"><button aria-label="Share"><svg></svg></button><span>Share</span></div>
  <div class="item"><button aria-label="Comment"><svg></svg></button><span>Comment</span></div>
  <div class="item"><button aria-label="Save"><svg></svg><span>Add to your saved stories</span></button><span>Save</span></div></div>`;
const COMMENTS = `<div class="sep" id="after"><aside class="talk" id="talk"><div class="talk-head"><h2 id="join">Join the conversation</h2>
  <button>Show comments</button><div class="policy">We value your comments but kindly ask that all posts are on topic, constructive and respectful.</div></div>
  <div class="policy">We value your comments but kindly ask that all posts are on topic, constructive and respectful.</div>
  <div class="prompt" id="prompt">You need to be a subscriber to join the conversation. Find out more here.</div><div><button>Log In</button> <button>Subscribe</button></div></aside></div>`;
const SIGNUP = `<div class="box" id="signup"><img id="signup-img" src="/img/letters.png" width="166" height="110" alt="">
  <div><form action="/subscribe"><input name="email"><button type="submit">Sign up</button></form></div></div>`;
const PAGE = `
  <header><a href="/">Northgate Courier</a><nav><a href="/news/">News</a> <a href="/sport/">Sport</a></nav></header>
  <main><div class="column" id="column">
    <h1>Island crossings cut to four a day as overtime ban begins</h1>
    <p class="byline" id="byline">By Mara Lindqvist</p><time id="date" datetime="2025-10-14">14 October 2025</time>
    ${TOOLS}
    <div class="text"><p id="p0">${P[0]}</p><p id="p1">${P[1]}</p></div>
    <figure id="photo"><img src="/img/quay.jpg" width="640" height="400" alt=""><figcaption>The quay on Friday morning.</figcaption></figure>
    <div class="text"><div class="support-box" id="appeal"><h3>Support us</h3><p>Our reporting on the islands depends on readers like you. Please give what you can today to keep it free for everyone.</p></div><p id="p2">${P[2]}</p><p id="p3">${P[3]}</p></div>
    ${SIGNUP}
    ${COMMENTS}
  </div></main>
  <footer><p>© 2025 Northgate Courier</p></footer>`;

const clean = (body = PAGE) => cleanLive('<title>Island crossings cut to four a day as overtime ban begins</title><meta name="author" content="Mara Lindqvist">', body,
  'https://northgate.example/harbour/crossings/').hid;

describe('tools and what follows the story', () => {
  it('hides a row of short controls beside the headline; the byline and the date stay', () => {
    clean();
    expect(hidden('tools')).toBe(true);
    expect(document.getElementById('tools')!.closest(`[${REASON_ATTR}]`)!.getAttribute(REASON_ATTR)).toBe('share');
    for (const id of ['byline', 'date', 'p0', 'p3']) expect(hidden(id), id).toBe(false);
  });

  it('hides a comments box after the story\'s end inside the story\'s own column: its heading, notice and login prompt', () => {
    clean();
    for (const id of ['talk', 'join', 'prompt']) expect(hidden(id), id).toBe(true);
    for (const id of ['p0', 'p1', 'p2', 'p3', 'photo']) expect(hidden(id), id).toBe(false);
  });

  it('hides a sign-up box\'s graphic with its form: a picture beside a form alone is no photo of the story', () => {
    clean();
    expect(hidden('signup-img')).toBe(true);
  });

  it('marks an emptied wrapper with the reason of what it wraps and counts it once', () => {
    const { steps, result } = clean();
    const containers = steps.filter((s) => s.id === CONTAINER);
    expect(containers.length).toBeGreaterThan(0); // the appeal's box, emptied of its heading and its plea
    for (const c of containers) expect(c.el.getAttribute(REASON_ATTR), c.el.outerHTML.slice(0, 60)).toBeTruthy();
    const marked = Array.from(document.querySelectorAll(`[${HIDDEN_ATTR}]`)).filter((e) => e.getAttribute(HIDDEN_ATTR) !== CONTAINER);
    expect(result.hidden).toBe(marked.length);
    expect(Array.from(document.querySelectorAll(`[${HIDDEN_ATTR}]`)).every((e) => e.hasAttribute(REASON_ATTR))).toBe(true);
  });

  it('hides a tool row whose buttons show SVG icons, with the notice in its popup; a photo in a button stays', () => {
    const icon = (n: string) => `<button title="${n}"><span><img src="/static/icon/${n.toLowerCase()}.rev-3f2a.svg" alt="${n}"></span></button>`;
    const bar = `<k-bar id="icons"><div>${icon('Print')}${icon('Mail')}${icon('Share')}</div><k-pop role="dialog"><ul><li>${icon('Copy')}</li></ul>
      <div><p id="reuse">Sharing this story in your company or reprinting it needs a licence.</p><a href="/licence/">Read more</a></div></k-pop></k-bar>`;
    const lightbox = `<figure id="zoom"><button class="open"><img id="zoom-img" src="/img/ferry.jpg" alt="The ferry at the quay"></button><figcaption>The ferry at dawn.</figcaption></figure>`;
    clean(PAGE.replace(TOOLS, `${bar}${lightbox}`));
    for (const id of ['icons', 'reuse']) expect(hidden(id), id).toBe(true);
    for (const id of ['byline', 'date', 'zoom', 'zoom-img', 'p0']) expect(hidden(id), id).toBe(false);
  });

  it('hides a link set in the same markup as the comments and share buttons beside it: a button of their bar', () => {
    const bar = `<div class="bar bar--top" id="bar"><a class="btn btn--tertiary comment-button" href="#comments" id="to-comments"><svg></svg><span class="vh">Comments</span></a>
      <span class="bar__separator"></span><a class="btn btn--tertiary" href="https://follow.example/courier" id="follow"><svg></svg><span>Follow us <span class="vh">(opens in a new window)</span></span></a>
      <div class="overflowmenu header__share" id="share-menu"><button class="btn overflowmenu__trigger"><svg></svg><span>Share</span></button></div></div>`;
    clean(PAGE.replace(TOOLS, bar));
    for (const id of ['to-comments', 'follow', 'share-menu']) expect(hidden(id), id).toBe(true);
    for (const id of ['byline', 'date', 'p0']) expect(hidden(id), id).toBe(false);
  });

  it('after the story\'s end, hides the notice in a box whose part the markup names comments, with no control or region', () => {
    const foot = `<div class="footer-container" id="foot"><div class="widget-group article-comment" id="cmt"><div class="h3">Comments</div>
      <details class="panel"><summary>Open</summary><div class="panel-body"><p id="cmt-note">Northgate Media is committed to maintaining a lively but civil forum for discussion, and asks all readers to share their views in a respectful way.</p></div></details></div>
      <div class="widget-group"><div class="slot"></div></div></div>`;
    clean(PAGE.replace(COMMENTS, foot));
    expect(hidden('cmt-note')).toBe(true);
    for (const id of ['p0', 'p1', 'p2', 'p3', 'photo', 'byline', 'date']) expect(hidden(id), id).toBe(false);
  });
});
