// @vitest-environment jsdom
// Clean on the live page: boxes that hold furniture among what the reader keeps, judged by their parts (lib/page/
// plan.ts, left-out.ts, article.ts): a box of job ads after the story (cards whose summaries read as prose), a row of
// "listen" and font-size buttons in the box of the story's date, a tag list in the lead photo's side box, a label over
// a video's still, and a site's logo heading in a top bar when the title is the story's headline and then the blog's
// and the site's names. The story, its date, photo, caption and credit stay.
import { describe, expect, it } from 'vitest';
import { cleanLive, hidden } from './live-clean';

const EN = [
  'The county board approved the new bus timetable on Monday night, adding an hourly service to the three villages north of the river that lost their last bus route two years ago.',
  'Board members said the service would be paid for from the transport levy for its first two years, after which they would decide on its future from the number of riders it carries.',
  'Residents of the villages had collected signatures for more than a year, and some of them travelled to the board meeting to hear the vote, which passed with two members against.',
  'The operator said it would hire four more drivers for the route and that the first buses would run in April, once the timetable had been printed and the stops repaired.',
];
const ME = 'https://daily.example/local/2024/07/18/villages-bus-back-4417';
const TITLE = 'Villages north of the river get their bus back';
const HEAD = `<title>${TITLE}</title><link rel="canonical" href="${ME}"><meta property="og:image" content="https://daily.example/media/bus-stop-1280.jpg">`;
const story = EN.map((p, i) => `<p id="p${i}">${p}</p>`).join('');

const jobs = ['Postdoctoral fellow in river ecology', 'Research technician, transport planning lab', 'Lecturer in rural geography'];
const job = (t: string, i: number) => `<li class="job"><div class="job__text"><h4><a id="job${i}" href="https://careers.example/job/${8800 + i}/">${t}</a></h4>
  <div class="job__meta"><p id="job-sum${i}">The lab at the newly founded department of environmental sciences invites applications for a position of two years, with a view to renewal.</p><p>Northtown, Westshire</p></div></div></li>`;

describe('boxes judged by their parts on the live page', () => {
  it('hides a box of job ads after the story, whose summaries read as prose', () => {
    cleanLive(HEAD, `<main><article><h1 id="title">${TITLE}</h1><time datetime="2024-07-18">18 July 2024</time>
      <div class="column"><div class="lead"><p id="p0">${EN[0]}</p></div><div class="body">${EN.slice(1).map((p, i) => `<p id="p${i + 1}">${p}</p>`).join('')}</div>
      <div class="careers"><div class="careers__logo"><h2><img src="/logos/careers.svg" width="195" height="23" alt="Careers"></h2></div>
        <h3><a id="jobs-head" href="https://careers.example/">Jobs</a></h3><ul class="jobs">${jobs.map(job).join('')}</ul></div></div>
    </article></main>`, ME);
    for (const id of ['jobs-head', 'job0', 'job-sum0', 'job2', 'job-sum2']) expect(hidden(id), id).toBe(true);
    for (const id of ['title', 'p0', 'p3']) expect(hidden(id), id).toBe(false);
  });

  it('hides a row of "listen" and font-size buttons in the box of the story\'s date, the date kept', () => {
    cleanLive(HEAD, `<main><article><h1 id="title">${TITLE}</h1>
      <figure id="photo"><img src="https://daily.example/media/bus-stop-1280.jpg" width="1280" height="720" alt=""><figcaption id="caption">The bus stop on the village square, closed for two years.</figcaption></figure>
      <div class="row"><div class="col-side"><div class="options"><div class="options__head"><time id="date" datetime="2024-07-18T12:55">18 July 2024, 12:55</time></div>
        <div class="options__foot"><ul class="options__list"><li><div data-readspeaker=""><span id="listen">Listen to this article</span></div></li>
          <li><button id="smaller"><span>Smaller text</span></button></li><li><button id="larger"><span>Larger text</span></button></li></ul></div></div></div>
      <div class="col-main"><div class="body">${story}</div></div></div>
    </article></main>`, ME);
    for (const id of ['listen', 'smaller', 'larger']) expect(hidden(id), id).toBe(true);
    for (const id of ['date', 'title', 'photo', 'caption', 'p0', 'p3']) expect(hidden(id), id).toBe(false);
  });

  it('hides a tag list in the lead photo\'s side box, the photo, its caption and credit kept', () => {
    const tags = ['Public transport', 'Buses', 'Villages', 'County board', 'Westshire'];
    // The side box's picture is a second copy of the lead photo, which the layout shows on wide screens.
    cleanLive(`<title>${TITLE}</title><link rel="canonical" href="${ME}">`, `<main><article><header><h1 id="title">${TITLE}</h1>
      <div class="hero"><div class="hero__player"><figure><img id="lead" src="https://daily.example/media/bus-stop-1280.jpg" width="1280" height="720" alt="The bus stop"></figure></div>
        <div class="hero__side"><figure class="hero__image"><img id="photo" src="https://daily.example/media/bus-stop-640.jpg" width="640" height="360" alt="The bus stop"></figure>
        <div class="hero__meta"><section><div class="side__title">Picture</div><div id="caption">The bus stop on the village square, closed for two years.</div><div id="credit">Picture: Jane Doe / Daily</div></section>
        <section><div class="side__title" id="tags-label">Keywords</div><ul class="tag-list">${tags.map((t, i) => `<li><a id="tag${i}" href="/search?q=${encodeURIComponent(t)}">${t}</a></li>`).join('')}</ul></section></div></div></div>
      <time datetime="2024-07-18">18 July 2024</time></header>
      <div class="body">${story}</div>
    </article></main>`, ME);
    for (const id of ['tag0', 'tag4', 'tags-label']) expect(hidden(id), id).toBe(true);
    for (const id of ['lead', 'photo', 'caption', 'credit', 'title', 'p0', 'p3']) expect(hidden(id), id).toBe(false);
  });

  it('hides the label over a video\'s still whose caption stands apart, the caption kept', () => {
    cleanLive(HEAD, `<main><article><header><h1 id="title">${TITLE}</h1>
      <div class="media"><div class="player"><div class="still"><figure><img id="still" src="https://daily.example/media/bus-stop-1280.jpg" width="948" height="465" alt=""></figure>
        <div class="icon" id="label"><i class="icon-play"></i> Video</div></div>
        <figcaption><p id="caption">The new timetable explained by the county's transport officer</p></figcaption></div></div></header>
      <time datetime="2024-07-18">18 July 2024</time>
      <div class="body">${story}</div>
    </article></main>`, ME);
    expect(hidden('label')).toBe(true);
    for (const id of ['still', 'caption', 'title', 'p0', 'p3']) expect(hidden(id), id).toBe(false);
  });

  it('takes the heading the title opens with for the headline, not the site\'s logo heading in its top bar', () => {
    // The headline is less than half the title: the title's letters alone do not make it the headline.
    const headline = 'Autumn leaves at the camp (2)';
    const title = `${headline} @ Steven's home under the blue sky :: Blogs Daily Network ::`;
    const menu = ['Home', 'Blogs', 'Sport', 'Beauty', 'Films', 'Travel', 'Food'];
    cleanLive(`<title>${title}</title><meta property="og:title" content="${title}">`, `<div class="page">
      <div class="topbar"><div class="topbar__logo"><h1 id="logo">Blogs Daily</h1><ul>${menu.map((m, i) => `<li><a id="menu${i}" href="https://daily.example/${m.toLowerCase()}">${m}</a></li>`).join('')}</ul></div></div>
      <div class="main"><div class="post"><h2 id="title"><a href="${ME}">${headline}</a></h2><span class="date">18 July 2024</span>
      <div class="post__body">${story}</div></div></div></div>`, ME);
    for (const id of ['logo', 'menu0', 'menu6']) expect(hidden(id), id).toBe(true);
    for (const id of ['title', 'p0', 'p3']) expect(hidden(id), id).toBe(false);
  });
});
