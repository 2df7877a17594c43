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
  // words of address written after a person's name ("이하늘 형님", "김민수 선배님"): they mark a person, as a title does
  // (titled-after.ts), and describe no one
  honorifics: { 형님: 'm', 오빠: 'm', 누나: 'f', 언니: 'f', 선배: '', 선배님: '', 선생님: '' },
  // (the stage's too: an actor's name before 주연, "starring", is how a review names its lead: "윤서하 주연의 <새벽>")
  roles: `대통령 총리 장관 의원 대표 위원장 시장 도지사 사장 회장 감독 선수 교수 변호사 대변인 관계자 검사 판사
    씨 대사 의장 국장 청장 원장 총장 부총리 차관 과장 부장 차장 팀장 실장 본부장 부회장 부사장 이사 전무 상무 이사장
    구청장 군수 교육감 총재 원내대표 비서실장 수석 소장 센터장 연구원 기자 작가 코치 주장
    배우 여배우 주연 가수`,
  // the family names nearly every Korean has (a name before a title opens with one: titled-after.ts)
  surnames: `김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 유 전 홍 고 문 양 손 배 백 허 남 심 노 하 곽 성 차
    주 우 구 민 진 나 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 왕 금 옥 육 인 맹
    제 모 탁 국 어 은 편 용 예 경 봉 사 부 황보 남궁 제갈 선우 독고`,
  caseParticles: '은 는 이 가 을 를 의 에게 께서 도 와 과 에 로 으로 에서 만 님은 님이 님의',
  // a city's, a province's, a district's head (서울시, 경기도): such a word names a place, never a person
  placeHeads: '시 도 군 구',
  spokes: '대변인 관계자',
  orgHeads: '부 청 처 회 위원회 협회 연맹 회사 그룹 은행 대학교 대학 병원 정부 당 법원 검찰 경찰',
  credits: '사진, 제공, 출처',
  // the writer's role in a signature ("정덕현 칼럼니스트 jdh@…", "홍길동 기자"): the press around a name
  pressWords: '기자 칼럼니스트 특파원 논설위원 편집위원 객원기자 선임기자 수습기자 평론가',
  // the particles that close a quoted speaker's name: the sentence's topic first, then its subject (cjk.ts)
  topicParticles: '은 는',
  subjectParticles: '이 가',
  // a quotation's particle alone between two quotations: the same speaker goes on (read in every language's text)
  tailParticles: '라고 이라고 고',
};

export default ko;
