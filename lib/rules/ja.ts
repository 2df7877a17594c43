// Japanese word lists for the analysis (see languages.ts for what each list is for). Japanese writes no spaces:
// speech verbs follow the quotation and its particle (「…」と述べた), and titles follow the name (清水治理事長).
import type { WordLists } from './word-lists';

const ja: WordLists = {
  say: `述べた, 話した, 語った, 言った, 強調した, 説明した, 明らかにした, 指摘した, 訴えた, 答えた, 述べている,
    話している, 語っている, 説明している, 強調している, 批判した, 発表した, 謝罪した, コメントした, 主張した,
    明かした, 振り返った, 力を込めた, 報告した, 回答した, 表明した, 呼びかけた, 記した, 書いた, 投稿した, 述べ,
    話し, 語り, 説明し, 強調し, 指摘し, 明かし, 答え, 語る, 話す, 述べる, 言う, 説明する, 強調する, としている,
    とした, と話す, と語る, と述べる, と明かす, と強調, と説明, と述べ, と話し, と語り, という`,
  quoteParticles: 'と, とし, とも, などと',
  modifierParticles: 'の',
  according: 'によると, によれば',
  documentNouns: '声明 談話 会見 発表 コメント 書簡 投稿',
  pronouns: { 彼: 'm', 彼女: 'f' },
  firstPerson: `私 僕 俺 わたし`,
  roles: `氏 さん 議員 大臣 首相 知事 市長 社長 会長 理事長 代表 委員長 監督 選手 教授 弁護士 容疑者 被告 幹部
    広報 担当者 関係者 報道官 長官 総裁 大統領 委員 部長 課長 局長 院長 校長 取締役 首長 署長 警部補 警部 巡査部長 巡査`,
  spokes: '広報 報道官 担当者',
  orgHeads: `協会 連盟 委員会 会社 株式会社 省 庁 党 大学 医大 学園 学校 病院 銀行 財団 法人 組合 機構 連合 政府 警察 裁判所
    地裁 高裁 テレビ 新聞 放送 リーグ 議会
    サービス`,
  // nouns for a body that stand before its name (イスラム組織ハマス: unspaced.ts)
  orgNouns: '組織 武装組織 団体',
  unspaced: true,
  // after a person's name only: honorifics (a name met once with one shows), and titles (a common noun takes them
  // too, 野球選手: such a name needs repeating); a place's office (市長, 知事) follows the place's name, so is none
  nameSuffixes: '氏 さん 様 容疑者 被告 被告人 受刑者',
  titleSuffixes: `首相 元首相 前首相 大統領 理事長 社長 会長 選手 監督 議員 弁護士 教授 総裁 外相 長官 委員長 取締役 首長 署長
    警部補 警部 巡査部長 巡査 財務相 防衛相 国防相 法相 内相 経済相 治安相`,
  // the titles of a state's offices: no common noun takes them, so a katakana name before one is a person at once
  officeSuffixes: '首相 元首相 前首相 大統領 外相 財務相 防衛相 国防相 法相 内相 経済相 治安相',
  anaphorPrefixes: '同 各 本 当 両 他 某',
  // "now", "formerly" glued before a body's name in brackets (イオンクレジットサービス（現イオン…）): no part of it
  renamings: '現 旧',
  groups: '関係者 住民 ファン 専門家',
  // a speaker named by these alone is described (同大の女子学生（21）), not named
  personNouns: `女子 男子 女性 男性 学生 大学生 高校生 中学生 生徒 児童 看護師 医師 患者 会社員 主婦 住民 市民 職員 社員 店員
    店主 運転手 高齢者 母親 父親 少年 少女 男児 女児 男 女`,
  credits: '写真, 提供, 撮影',
  // the particles that close a quoted speaker's name: the sentence's topic first, then its subject (cjk.ts)
  topicParticles: 'は',
  subjectParticles: 'が',
  // the particles that close the name a sentence opens on, before the document its words come from (cjk.ts)
  documentTopicParticles: 'は が も',
  // a quotation's particle alone between two quotations: the same speaker goes on (read in every language's text)
  tailParticles: 'と って',
  // a quotation reported as someone's voice: 「…」。前田豊さん（56）からも安堵の声が漏れる (cjk-voice.ts)
  voiceNouns: '声',
  sourceParticles: 'から',
};

export default ja;
