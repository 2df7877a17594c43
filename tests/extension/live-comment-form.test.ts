// @vitest-environment jsdom
// Clean on the live page: a comment form after the story, in the story's own box (its markup names it, a button beside
// it), goes whole with the commenter's default avatar, which is no photo of the story (lib/page/plan.ts). Evidence of
// markup only; the story stays.
import { describe, expect, it } from 'vitest';
import { cleanLive, hidden } from './live-clean';

const JA = [
  '東京女子医大の新校舎建設工事を巡って、業務報酬名目で不正に約1億2000万円を支払わせて大学に損害を与えたとして、警視庁は13日、元理事長を逮捕した。',
  '捜査関係者によると、大学から男性の口座に振り込まれた金は、元職員の女性を通じて容疑者に全て現金で手渡され、還流されていたという。捜査当局は資金の流れの全容解明を進める。',
  '逮捕を受けて大学は13日に記者会見を開き、理事長が「厳粛に受け止めている」と謝罪し、組織の体制を見直す考えを示した。会見には大学の幹部らが出席した。',
  '大学を巡っては、2023年3月に「不透明な資金の流れがある」として卒業生らが警視庁に告発状を提出し、捜査が続いていた。大学本部などへの家宅捜索も行われていた。',
  '第三者委員会は2024年8月、大学の資金が元理事長に還流していたとする調査報告書を公表し、金銭への強い執着を指摘した。元理事長は同月、全ての役職から解任された。',
  '報道で知って大学まで様子を見に来たという女子学生は「これからも学び続けられるのか不安は残る。学生にもしっかり説明してほしい」と心配そうに話した。',
  '大学病院の看護師は「逮捕されても、不正に流出した金が戻ってくるわけではない。職員や現場が圧迫された」と憤り、大学に対して謝罪を求めた。',
];
const EN = [
  'The county board approved the new bus timetable on Monday night, adding an hourly service to the three villages north of the river that lost their last bus route two years ago.',
  'Board members said the service would be paid for from the transport levy for its first two years, after which they would decide on its future from the number of riders it carries.',
  'Residents of the villages had collected signatures for more than a year, and some of them travelled to the board meeting to hear the vote, which passed with two members against.',
  'The operator said it would hire four more drivers for the route and that the first buses would run in April, once the timetable had been printed and the stops repaired.',
];

interface Words { write: string; join: string; ask: string; login: string; rules: string; more: string }

/** A story in blocks of a container, the comment box after them in the same container. */
const commentPage = (title: string, paras: readonly string[], w: Words) => `
  <header class="site"><a href="/">Daily</a><nav><a href="/news/">News</a> <a href="/local/">Local</a></nav></header>
  <main><div class="l-container">
    <h1>${title}</h1>
    ${paras.map((p, i) => `<div class="block"><p id="p${i}">${p}</p></div>`).join('')}
    <div class="cmp-misc mt-20" id="comment"><div class="container">
      <div class="comment-form"><p class="hdg icon-comment" id="write">${w.write}</p>
        <div class="item js-profile"><figure class="comment-icon"><img src="/images/user_icon/icon_default.png" alt="user"></figure>
          <div class="comment-field"><p class="comment-msg-login" id="prompt"><a href="/guide">${w.join}</a>${w.ask} <a href="/login/">${w.login}</a></p></div></div>
        <a href="/policy/comment" class="comment-policy" id="rules">${w.rules}</a></div>
      <div class="comment-area"><ul class="list"></ul><button type="button" class="js-more">${w.more} 23</button></div>
    </div></div>
  </div></main>
  <footer><p>© 2025 Daily</p></footer>`;

describe('a comment form after the story, with its default avatar', () => {
  it('goes whole; the story stays (ja)', () => {
    const w = { write: 'コメントを書く', join: '有料デジタル会員に登録', ask: 'してコメントを書く。(既に会員の方)', login: 'ログイン', rules: 'コメント機能利用規約', more: 'もっとみる' };
    cleanLive('<title>東京女子医大元理事長を逮捕</title>', commentPage('東京女子医大元理事長を逮捕', JA, w), 'https://shimbun.example/article/379018');
    for (const id of ['write', 'prompt', 'rules']) expect(hidden(id), id).toBe(true);
    for (const id of ['p0', 'p3', 'p6']) expect(hidden(id), id).toBe(false);
  });
  it('goes whole; the story stays (en)', () => {
    const w = { write: 'Write a comment', join: 'Become a digital member', ask: ' to write a comment. (Already a member?)', login: 'Log in', rules: 'Comment rules', more: 'More' };
    cleanLive('<title>Villages north of the river get their bus back</title>', commentPage('Villages north of the river get their bus back', EN, w), 'https://riverside-post.example/news/villages-bus/');
    for (const id of ['write', 'prompt', 'rules']) expect(hidden(id), id).toBe(true);
    for (const id of ['p0', 'p1', 'p3']) expect(hidden(id), id).toBe(false);
  });
});
