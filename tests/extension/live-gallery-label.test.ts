// @vitest-environment jsdom
// Clean on the live page, in what Readability left out of the body: a label inside a photo's link to its gallery
// ("see this article's photos (2)"), beside the caption, goes while the photo and its caption stay
// (lib/page/photos.ts overlayParts). Evidence of markup only.
import { describe, expect, it } from 'vitest';
import { cleanLive, hidden } from './live-clean';

const JA = [
  '東京女子医大の新校舎建設工事を巡って、業務報酬名目で不正に約1億2000万円を支払わせて大学に損害を与えたとして、警視庁は13日、元理事長を逮捕した。',
  '捜査関係者によると、大学から男性の口座に振り込まれた金は、元職員の女性を通じて容疑者に全て現金で手渡され、還流されていたという。',
  '逮捕を受けて大学は13日に記者会見を開き、理事長が「厳粛に受け止めている」と謝罪し、組織の体制を見直す考えを示した。',
  '大学を巡っては、2023年3月に「不透明な資金の流れがある」として卒業生らが警視庁に告発状を提出し、捜査が続いていた。',
  '第三者委員会は2024年8月、大学の資金が元理事長に還流していたとする調査報告書を公表し、金銭への強い執着を指摘した。',
  '報道で知って大学まで様子を見に来たという女子学生は「これからも学び続けられるのか不安は残る」と心配そうに話した。',
];
const EN = [
  'The county board approved the new bus timetable on Monday night, adding an hourly service to the three villages north of the river that lost their last bus route two years ago.',
  'Board members said the service would be paid for from the transport levy for its first two years, after which they would decide on its future from the number of riders it carries.',
  'Residents of the villages had collected signatures for more than a year, and some of them travelled to the board meeting to hear the vote, which passed with two members against.',
];

/** A story whose photo links to its gallery, the caption and a label inside the link. */
function galleryPage(title: string, paras: readonly string[], caption: string, label: string): string {
  return `<header class="site"><a href="/">Daily</a><nav><a href="/news/">News</a> <a href="/sport/">Sport</a></nav></header>
  <main><div class="article-wrap"><h1>${title}</h1>
    <div class="article-detail-box"><div class="photo-box"><figure><a href="/articles/image/sports/367061/1">
        <picture><img src="/img/article/367061/photo.jpg" width="600" height="400" alt=""></picture>
        <figcaption id="caption">${caption}</figcaption><span class="expansion"><span id="label">${label}</span></span></a></figure></div>
      <p class="full-text" id="text">${paras.join('<br><br>')}</p>
    </div></div></main>
  <footer><p>© 2025 Daily</p></footer>`;
}

describe("a label inside a photo's link to its gallery", () => {
  it('goes; the photo, its caption and the story stay (ja)', () => {
    cleanLive('<title>各競技団体は対応に追われる</title>', galleryPage('各競技団体は対応に追われる', JA, '会見する大学の理事長ら（共同）', 'この記事の画像を見る(2枚)'), 'https://gendai.example/articles/view/sports/367061');
    expect(hidden('label')).toBe(true);
    for (const id of ['caption', 'text']) expect(hidden(id), id).toBe(false);
    expect(document.querySelector('img')!.closest('[data-clearpage-hidden]')).toBeNull();
  });
  it('goes; the photo, its caption and the story stay (en)', () => {
    cleanLive('<title>Villages north of the river get their bus back</title>', galleryPage('Villages north of the river get their bus back', EN, 'The first bus arrives in the village on Monday (AP)', 'View gallery (12)'), 'https://riverside-post.example/news/367061/villages-bus/');
    expect(hidden('label')).toBe(true);
    for (const id of ['caption', 'text']) expect(hidden(id), id).toBe(false);
    expect(document.querySelector('img')!.closest('[data-clearpage-hidden]')).toBeNull();
  });
});
