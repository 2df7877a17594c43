// @vitest-environment jsdom
// Clean on the live page: boilerplate the story's own box holds, told by structure in any language (lib/page/plan.ts,
// photos.ts, left-out.ts): a share bar whose links carry network logos, a row of video teaser cards whose thumbnails
// link nowhere, and a promotion that ends in a link set as a button. The story, its photo and caption stay.
import { describe, expect, it } from 'vitest';
import { cleanLive, hidden } from './live-clean';

const FR = [
  "Le conseil départemental a voté lundi soir le nouveau plan de transport, qui ajoute une ligne de bus toutes les heures vers les trois villages au nord de la rivière, privés de bus depuis deux ans.",
  "Les élus ont indiqué que la ligne serait financée par la taxe de transport pendant ses deux premières années, avant de décider de son avenir selon le nombre de voyageurs qu'elle transportera.",
  "Les habitants des villages avaient recueilli des signatures pendant plus d'un an, et certains se sont rendus à la séance pour assister au vote, adopté malgré l'opposition de deux élus.",
  "L'exploitant a annoncé qu'il embaucherait quatre chauffeurs de plus pour la ligne et que les premiers bus circuleraient en avril, une fois les horaires imprimés et les arrêts réparés.",
];
const EN = [
  'The county board approved the new bus timetable on Monday night, adding an hourly service to the three villages north of the river that lost their last bus route two years ago.',
  'Board members said the service would be paid for from the transport levy for its first two years, after which they would decide on its future from the number of riders it carries.',
  'Residents of the villages had collected signatures for more than a year, and some of them travelled to the board meeting to hear the vote, which passed with two members against.',
  'The operator said it would hire four more drivers for the route and that the first buses would run in April, once the timetable had been printed and the stops repaired.',
];

interface Words { title: string; caption: string; share: string; videos: string; cards: string[]; pitchHead: string; pitch: string; action: string }

const NETWORKS = ['facebook', 'twitter', 'linkedin'];
const shareLink = (n: string, me: string) =>
  `<a class="js-social" href="https://${n}.example/share?u=${encodeURIComponent(me)}"><span class="flex small-only"><img src="/icons/${n}.svg" width="24" height="24" alt="${n}"><span id="net-${n}">${n.charAt(0).toUpperCase()}${n.slice(1)}</span></span><img src="/icons/${n}.svg" width="48" height="48" alt="${n}" class="medium-up" id="logo-${n}"></a>`;

/** A story in its box: photo and caption, a share bar beside the date, then after the story a promotion and a row of
 * video cards (the first linked, the others made clickable by scripts). */
const page = (me: string, paras: readonly string[], w: Words) => `
  <header class="site"><a href="/">Daily</a><nav><a href="/news/">News</a> <a href="/local/">Local</a></nav></header>
  <main><article>
    <h1>${w.title}</h1>
    <time datetime="2024-07-18">18.07.2024</time>
    <div class="body">
      <div class="c-share"><div class="c-share__head"><span id="share-label">${w.share}</span></div><div class="c-share__links">${NETWORKS.map((n) => shareLink(n, me)).join('')}</div></div>
      <figure id="photo"><img src="/media/bus-stop-1280.jpg" width="1280" height="720" alt=""><figcaption id="caption">${w.caption}</figcaption></figure>
      <div class="text">${paras.map((p, i) => `<p id="p${i}">${p}</p>`).join('')}</div>
      <div class="offer" id="offer"><div class="offer__pic"><picture><img src="/media/offer.png" width="300" height="300" alt=""></picture></div>
        <h3 id="offer-head">${w.pitchHead}</h3><div id="pitch">${w.pitch}</div>
        <a href="https://subscribe.daily.example/offers" id="action">${w.action}</a></div>
    <div class="videos"><h2 id="videos">${w.videos}</h2>
      <div class="videos__row">
        <div class="card card--lead"><a href="https://video.daily.example/v/8841"><h3 id="card0">${w.cards[0]}</h3></a></div>
        ${w.cards.slice(1).map((c, i) => `<div class="card"><div class="card__pic"><picture><img id="thumb${i + 1}" src="/media/v${i}-1280.jpg" width="1280" height="720" alt=""></picture></div><div class="card__text"><h3 id="card${i + 1}">${c}</h3></div></div>`).join('')}
      </div></div>
    </div>
  </article></main>
  <footer><p>© 2024 Daily</p></footer>`;

const check = () => {
  // The network logos and the cards' thumbnails go with their words: no picture of the story.
  const gone = ['net-facebook', 'logo-facebook', 'net-twitter', 'logo-linkedin', 'offer-head', 'pitch', 'action', 'videos', 'card1', 'thumb1', 'card3', 'thumb3'];
  for (const id of gone) expect(hidden(id), id).toBe(true);
  for (const id of ['p0', 'p1', 'p3', 'photo', 'caption']) expect(hidden(id), id).toBe(false);
};

describe('boilerplate in the story\'s box, told by structure', () => {
  it('hides share links with logos, a promotion after the story and a row of video cards (fr)', () => {
    const me = 'https://daily.example/region/2024/07/18/bus-villages-nord-4417';
    cleanLive(`<title>Les villages du nord retrouvent leur bus</title><link rel="canonical" href="${me}">`, page(me, FR, {
      title: 'Les villages du nord retrouvent leur bus', caption: "L'arrêt de bus de la place du village, fermé depuis deux ans.", share: 'Partager cet article',
      videos: 'Nos vidéos', cards: ['Paris sportifs : qui gagne vraiment ?', 'La revanche des pays du Sud', 'Les jeunes et le travail', 'Le prix des billets de train'],
      pitchHead: 'Nouveau : nos offres Premium !', pitch: "Des analyses exclusives et des outils de veille pour prendre des décisions éclairées. N'attendez plus, tout se décide maintenant !", action: 'Je découvre les offres',
    }), me);
    check();
  });
  it('hides share links with logos, a promotion after the story and a row of video cards (en)', () => {
    const me = 'https://daily.example/local/2024/07/18/villages-bus-back-4417';
    cleanLive(`<title>Villages north of the river get their bus back</title><link rel="canonical" href="${me}">`, page(me, EN, {
      title: 'Villages north of the river get their bus back', caption: 'The bus stop on the village square, closed for two years.', share: 'Share this article',
      videos: 'Our videos', cards: ['Sports betting: who really wins?', 'The comeback of the southern economies', 'Young people and work', 'The price of train tickets'],
      pitchHead: 'New: our Premium plans!', pitch: 'Exclusive analysis and monitoring tools to make informed decisions. Do not wait: the decisions that matter are made now!', action: 'See the plans',
    }), me);
    check();
  });
});
