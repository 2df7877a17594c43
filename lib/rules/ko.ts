// Korean word lists for the analysis (see languages.ts for what each list is for). Speech verbs follow the
// quotation and its particle ("…"라고 말했다, "…"고 밝혔다); the speaker comes before, marked by 은/는/이/가.
import type { WordLists } from './word-lists';

const ko: WordLists = {
  say: `말했다, 밝혔다, 전했다, 강조했다, 설명했다, 지적했다, 덧붙였다, 주장했다, 말한다, 밝힌다, 했다, 답했다,
    말했습니다, 밝혔습니다, 전했습니다, 강조했습니다, 설명했습니다, 언급했다, 비판했다, 토로했다, 호소했다, 적었다,
    말하며, 밝히며, 강조하며, 설명하며, 말하고, 밝히고, 했다고, 말했다고, 밝혔다고`,
  quoteParticles: '라고, 이라고, 고, 며, 라며, 이라며',
  according: '따르면',
  pronouns: { 그는: 'm', 그녀는: 'f', 그가: 'm', 그녀가: 'f' },
  roles: `대통령 총리 장관 의원 대표 위원장 시장 도지사 사장 회장 감독 선수 교수 변호사 대변인 관계자 검사 판사
    씨 대사 의장 국장 청장 원장 총장`,
  spokes: '대변인 관계자',
  orgHeads: '부 청 처 위원회 협회 연맹 회사 그룹 은행 대학교 대학 병원 정부 당 법원 검찰 경찰',
  credits: '사진, 제공, 출처',
};

export default ko;
