// Chinese word lists for the analysis (see languages.ts for what each list is for). Speech verbs come before the
// quotation and its colon (他说：「…」, 他表示：“…”) or comma (马素湘表示，“…”) or after it (“…”，他说。); a noun of view
// ending the clause before the comma introduces one as a verb does (卢宇有着自己的看法，“…”).
import type { WordLists } from './word-lists';

const zh: WordLists = {
  say: `说, 說, 表示, 指出, 称, 稱, 强调, 強調, 认为, 認為, 透露, 回应, 回應, 坦言, 直言, 表明, 宣布, 写道, 寫道,
    补充, 補充, 解释, 解釋, 提到, 说道, 說道, 问, 問, 回答, 告诉, 告訴, 提出,
    看法, 观点, 觀點`,
  according: '据, 據, 根据, 根據',
  accordingAfter: '表示, 称',
  pronouns: { 他: 'm', 她: 'f', 他们: 'n', 她们: 'n', 他們: 'n', 她們: 'n', 我: 'n', 我们: 'n' },
  roles: `主席 总统 總統 总理 總理 部长 部長 市长 市長 发言人 發言人 议员 議員 董事长 董事長 总裁 總裁 教授 律师 律師
    局长 局長 主任 院长 院長 代表 教练 教練 球员 球員 专家 專家 官员 官員 外长 外長`,
  spokes: '发言人 發言人',
  orgHeads: '部 局 院 会 會 党 黨 公司 集团 集團 大学 大學 银行 銀行 政府 委员会 委員會 协会 協會 联盟 聯盟 法院 医院 醫院 警方',
  credits: '图, 圖, 摄影, 攝影, 来源, 來源',
  // the story's opening credit line ends its date with these: "TNW中文站 10月14日报道", "新华社北京10月14日电"
  reportWords: '报道, 報道, 电, 電, 讯, 訊, 消息',
};

export default zh;
