/**
 * Articles the KLIC panel offers as legal bases. Every entry's number and title were read from the
 * cited page or file (found with the project's search tool on 2026-11-27); nothing is from memory. Where a
 * source gave the title in one language only, the other is null. Articles for which only the number
 * (with a description, not the article's title) was found are listed in `KLIC_TITLES_NOT_FOUND` and
 * not offered.
 */

/** One cited article. */
export interface KlicArticle {
  /** Stable id, e.g. `framework-act:19`. */
  id: string;
  law: { ko: string; en: string };
  /** Article number as written (`19`, `10-2`). */
  article: string;
  titleKo: string | null;
  titleEn: string | null;
  /** Where the number and title were read. */
  sourceUrl: string;
}

const FRAMEWORK = { ko: '재난 및 안전관리 기본법', en: 'Framework Act on the Management of Disasters and Safety' };
const FOREST = { ko: '산림보호법', en: 'Forest Protection Act' };
const ROAD = { ko: '도로법', en: 'Road Act' };

/** KLRI bilingual table of contents of the Framework Act (promulgation 17698, 2020-12-22). */
const FW_BILINGUAL = 'https://elaw.klri.re.kr/kor_service/lawViewTitle.do?hseq=55537';
/** KLRI English table of contents of the Framework Act. */
const FW_ENGLISH = 'https://elaw.klri.re.kr/kor_service/lawViewTitle.do?hseq=46614';
/** KLRI bilingual table of contents of the Forest Protection Act (promulgation 19115, 2022-12-27). */
const FOREST_BILINGUAL = 'https://elaw.klri.re.kr/kor_service/lawViewTitle.do?hseq=61819';
/**
 * The Framework Act's full text as published by the National Law Information Center (its front matter
 * names https://www.law.go.kr/법령/재난및안전관리기본법, promulgation 22055 of 2026-10-08), kept in the
 * legalize-kr repository; read at this commit.
 */
const FW_FULL_TEXT = 'https://github.com/legalize-kr/legalize-kr/blob/52b5ad07226bdabff4fa7c9789186b62e9f7c2ad/kr/재난및안전관리기본법/법률.md';
/** The Road Act's full text, same origin (https://www.law.go.kr/법령/도로법, promulgation 21965 of 2026-09-22). */
const ROAD_FULL_TEXT = 'https://github.com/legalize-kr/legalize-kr/blob/7d54d6c2502eb7b14937be59d2e4d0504d43bfb8/kr/도로법/법률.md';

export const KLIC_ARTICLES: readonly KlicArticle[] = [
  { id: 'framework-act:1', law: FRAMEWORK, article: '1', titleKo: '목적', titleEn: 'Purpose', sourceUrl: FW_BILINGUAL },
  { id: 'framework-act:3', law: FRAMEWORK, article: '3', titleKo: '정의', titleEn: 'Definitions', sourceUrl: FW_BILINGUAL },
  { id: 'framework-act:4', law: FRAMEWORK, article: '4', titleKo: '국가 등의 책무', titleEn: 'Responsibilities of the State and Other Entities', sourceUrl: FW_BILINGUAL },
  { id: 'framework-act:5', law: FRAMEWORK, article: '5', titleKo: '국민의 책무', titleEn: 'Responsibilities of Citizens', sourceUrl: FW_BILINGUAL },
  { id: 'framework-act:6', law: FRAMEWORK, article: '6', titleKo: '재난 및 안전관리 업무의 총괄ㆍ조정', titleEn: 'General Control and Coordination of Affairs Related to Disaster and Safety Management', sourceUrl: FW_BILINGUAL },
  { id: 'framework-act:14', law: FRAMEWORK, article: '14', titleKo: null, titleEn: 'Central Disaster and Safety Countermeasure Headquarters, etc.', sourceUrl: FW_ENGLISH },
  { id: 'framework-act:14-2', law: FRAMEWORK, article: '14-2', titleKo: null, titleEn: 'Dispatch of Management Support Groups', sourceUrl: FW_ENGLISH },
  { id: 'framework-act:15', law: FRAMEWORK, article: '15', titleKo: null, titleEn: 'Authority, etc. of Head of Central Countermeasure Headquarters', sourceUrl: FW_ENGLISH },
  { id: 'framework-act:16', law: FRAMEWORK, article: '16', titleKo: null, titleEn: 'Local Disaster and Safety Countermeasure Headquarters', sourceUrl: FW_ENGLISH },
  { id: 'framework-act:17', law: FRAMEWORK, article: '17', titleKo: null, titleEn: 'Authority, etc. of Head of Local Countermeasure Headquarters', sourceUrl: FW_ENGLISH },
  { id: 'framework-act:18', law: FRAMEWORK, article: '18', titleKo: null, titleEn: 'Disaster and Safety Management Center', sourceUrl: FW_ENGLISH },
  { id: 'framework-act:19', law: FRAMEWORK, article: '19', titleKo: null, titleEn: 'Reporting, etc. on Disasters', sourceUrl: FW_ENGLISH },
  { id: 'framework-act:20', law: FRAMEWORK, article: '20', titleKo: null, titleEn: 'Reporting on Disaster Situation', sourceUrl: FW_ENGLISH },
  { id: 'framework-act:36', law: FRAMEWORK, article: '36', titleKo: '재난사태 선포', titleEn: null, sourceUrl: FW_FULL_TEXT },
  { id: 'framework-act:37', law: FRAMEWORK, article: '37', titleKo: '응급조치', titleEn: null, sourceUrl: FW_FULL_TEXT },
  { id: 'framework-act:38', law: FRAMEWORK, article: '38', titleKo: '위기경보의 발령 등', titleEn: null, sourceUrl: FW_FULL_TEXT },
  { id: 'framework-act:39', law: FRAMEWORK, article: '39', titleKo: '동원명령 등', titleEn: null, sourceUrl: FW_FULL_TEXT },
  { id: 'framework-act:40', law: FRAMEWORK, article: '40', titleKo: '대피명령', titleEn: null, sourceUrl: FW_FULL_TEXT },
  { id: 'framework-act:41', law: FRAMEWORK, article: '41', titleKo: '위험구역의 설정', titleEn: null, sourceUrl: FW_FULL_TEXT },
  { id: 'framework-act:42', law: FRAMEWORK, article: '42', titleKo: '강제대피조치', titleEn: null, sourceUrl: FW_FULL_TEXT },
  { id: 'framework-act:43', law: FRAMEWORK, article: '43', titleKo: '통행제한 등', titleEn: null, sourceUrl: FW_FULL_TEXT },
  { id: 'framework-act:45', law: FRAMEWORK, article: '45', titleKo: '응급부담', titleEn: null, sourceUrl: FW_FULL_TEXT },
  { id: 'framework-act:60', law: FRAMEWORK, article: '60', titleKo: '특별재난지역의 선포', titleEn: null, sourceUrl: FW_FULL_TEXT },
  { id: 'framework-act:66', law: FRAMEWORK, article: '66', titleKo: '재난지역에 대한 국고보조 등의 지원', titleEn: null, sourceUrl: FW_FULL_TEXT },
  { id: 'forest-protection-act:1', law: FOREST, article: '1', titleKo: '목적', titleEn: 'Purpose', sourceUrl: FOREST_BILINGUAL },
  { id: 'forest-protection-act:7', law: FOREST, article: '7', titleKo: '산림보호구역의 지정', titleEn: 'Designation of Forest Conservation Zones', sourceUrl: FOREST_BILINGUAL },
  { id: 'forest-protection-act:9', law: FOREST, article: '9', titleKo: '산림보호구역에서의 행위 제한', titleEn: 'Restrictions on Activities within Forest Conservation Zones', sourceUrl: FOREST_BILINGUAL },
  { id: 'forest-protection-act:15', law: FOREST, article: '15', titleKo: '입산통제구역의 지정 등', titleEn: null, sourceUrl: 'https://www.lawnb.com/Info/ContentView?sid=L0003F28488F525C_15' },
  { id: 'road-act:1', law: ROAD, article: '1', titleKo: '목적', titleEn: 'Purpose', sourceUrl: 'https://elaw.klri.re.kr/eng_mobile/viewer.do?hseq=49884&type=part&key=34' },
  { id: 'road-act:2', law: ROAD, article: '2', titleKo: '정의', titleEn: 'Definitions', sourceUrl: 'https://elaw.klri.re.kr/eng_mobile/viewer.do?hseq=49884&type=part&key=34' },
  { id: 'road-act:76', law: ROAD, article: '76', titleKo: '통행의 금지ㆍ제한 등', titleEn: null, sourceUrl: ROAD_FULL_TEXT },
  { id: 'road-act:77', law: ROAD, article: '77', titleKo: '차량의 운행 제한 및 운행 허가', titleEn: null, sourceUrl: 'https://www.lawnb.com/Info/ContentView?sid=L000001821_77_20240319' },
  { id: 'road-act:83', law: ROAD, article: '83', titleKo: '재해 발생 시 토지 등의 일시 사용 등', titleEn: null, sourceUrl: ROAD_FULL_TEXT },
];

/**
 * Articles a source cites by number for a relevant power, without giving the article's title: left
 * out of the list until a source with the title is found.
 */
export const KLIC_TITLES_NOT_FOUND: readonly { law: string; article: string; seenAt: string; about: string }[] = [
  { law: FOREST.ko, article: '31', seenAt: 'https://forest.gg.go.kr/noti/16?c_pid=7683', about: 'forest fire caution period (cited by number only; a third-party note says the forest-fire provisions moved to a separate forest disaster act on 2026-02-01, unverified here)' },
];

/** The article's display name, e.g. `재난 및 안전관리 기본법 제19조` (제14조의2 for 14-2). */
export function klicArticleName(a: KlicArticle): string {
  const [main, sub] = a.article.split('-');
  return `${a.law.ko} 제${main}조${sub ? `의${sub}` : ''}`;
}
