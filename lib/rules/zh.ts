// Chinese word lists for the analysis (see languages.ts for what each list is for). Speech verbs come before the
// quotation and its colon (他说：「…」, 他表示：“…”) or after it (“…”，他说。).
import type { WordLists } from './word-lists';

const zh: WordLists = {
  say: `说, 說, 表示, 指出, 称, 稱, 强调, 強調, 认为, 認為, 透露, 回应, 回應, 坦言, 直言, 表明, 宣布, 写道, 寫道,
    补充, 補充, 解释, 解釋, 提到, 说道, 說道, 问, 問, 回答, 告诉, 告訴`,
  according: '据, 據, 根据, 根據',
  accordingAfter: '表示, 称',
  pronouns: { 他: 'm', 她: 'f', 他们: 'n', 她们: 'n', 他們: 'n', 她們: 'n', 我: 'n', 我们: 'n' },
  roles: `主席 总统 總統 总理 總理 部长 部長 市长 市長 发言人 發言人 议员 議員 董事长 董事長 总裁 總裁 教授 律师 律師
    局长 局長 主任 院长 院長 代表 教练 教練 球员 球員 专家 專家 官员 官員 外长 外長`,
  spokes: '发言人 發言人',
  orgHeads: '部 局 院 会 會 党 黨 公司 集团 集團 大学 大學 银行 銀行 政府 委员会 委員會 协会 協會 联盟 聯盟 法院 医院 醫院 警方',
  credits: '图, 圖, 摄影, 攝影, 来源, 來源',
  // the family names most Chinese people bear, simplified and traditional (a name of Han characters the tagger is unsure
  // of is a person's only when it opens with one: han-names.ts); characters that are mostly common words (文 明 和 平
  // 国 方 安 成 时 …) are left out: before them the tagger alone decides
  surnames: `王 李 张 張 刘 劉 陈 陳 杨 楊 黄 黃 赵 趙 吴 吳 周 徐 孙 孫 马 馬 朱 胡 郭 何 高 林 罗 羅 郑 鄭 梁 谢 謝
    宋 唐 许 許 韩 韓 冯 馮 邓 鄧 曹 彭 曾 肖 萧 蕭 田 董 袁 潘 蒋 蔣 蔡 余 杜 叶 葉 程 苏 蘇 魏 吕 呂 丁 任 沈 姚 卢
    盧 姜 崔 钟 鍾 谭 譚 陆 陸 汪 范 金 石 廖 贾 賈 夏 韦 韋 邹 鄒 孟 熊 秦 邱 江 尹 薛 闫 閻 段 雷 侯 龙 龍 史 陶 黎 贺
    賀 顾 顧 毛 郝 龚 龔 邵 钱 錢 严 嚴 覃 武 戴 莫 孔 汤 湯 温 溫 康 施 牛 樊 葛 邢 乔 喬 伍 庞 龐 颜 顏 倪 庄 莊 聂 聶
    章 鲁 魯 岳 翟 殷 詹 申 耿 焦 俞 柳 祝 舒 阮 柯 纪 紀 梅 童 凌 毕 畢 裴 霍 涂 苗 翁 骆 駱 蓝 藍 辛 靳 柴 鲍 鮑 喻 祁
    滕 饶 饒 穆 卓 缪 繆 褚 娄 婁 窦 竇 戚 岑 晏 卫 衛 瞿 佟 臧 闵 閔 邬 鄔 卞 栾 欒 甄 虞 敖 巩 鞏 邝 鄺 鞠 郁 冼 蔺 藺
    欧阳 歐陽 司马 司馬 上官 诸葛 諸葛 皇甫 尉迟 尉遲 公孙 公孫 慕容 令狐 司徒 夏侯`,
};

export default zh;
