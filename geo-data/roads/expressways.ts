/**
 * Korea's main expressways, authored as a schematic from public facts: route number, names, official
 * length, and the ordered sigungu each route passes, with the junctions (JC) where routes meet.
 *
 * Waypoints are sigungu (province + name, never a bare name); the build places them at the sigungu's
 * label point from the region index, so the geometry is schematic (straight lines between seats of
 * sigungu), not surveyed. A junction key shared by several routes becomes one graph node, which is
 * what connects the network. Where two routes share a carriageway in reality (e.g. 35 on 1 between
 * 비룡JC and 남이JC, 55 on 1 through Daegu), the overlap is left to the route that owns it and the other
 * route is authored as separate segments, so no link is duplicated.
 *
 * Sources of the official lengths (every one `checked`: the value was read on the cited page):
 * - MOLIT (국토교통부) "2018 도로현황" press release, reported 2019-06 (e.g. encarmagazine.com,
 *   etoday.co.kr): 경부선 415.3 km, 중앙선 370.8 km, 서해안선 336.7 km.
 * - The other 14 were first written from memory; on 2026-11-27 each was looked up in stored copies of
 *   public pages (Wikipedia articles, some read through mirrors, which the source names; MOLIT and Korea
 *   Expressway Corporation figures reported in the press at each opening). Where no single page gives
 *   the whole route, the length is the sum of the cited section lengths. Where sources disagree, the
 *   source string says so.
 * Lanes, free-flow speeds, the sigungu sequences and junction names are still the author's summary of
 * those public facts (not re-read per waypoint).
 * Lanes are the predominant total lane count (both directions); free-flow speed is the posted limit
 * on most of the route (100 or 110 km/h).
 */

/** Province as the region index accepts it (서울특별시, 경기도, 강원특별자치도 ...). */
export type Province = string;

/** One waypoint: a sigungu, and optionally the junction key shared with other routes there. */
export interface Waypoint {
  province: Province;
  name: string;
  /** Junction key (same key on several routes = one node); `nameKo` is the JC name shown. */
  junction?: { key: string; nameKo: string };
}

/** An authored expressway route. */
export interface ExpresswayRoute {
  /** Route number (노선번호). */
  no: number;
  nameKo: string;
  nameEn: string;
  /** Official length in km, and where it comes from. */
  officialKm: number;
  source: string;
  /** `checked`: the value was read on the cited page(s); `recalled`: written from memory, not yet verified. */
  lengthCheck: 'checked' | 'recalled';
  /** Total lanes, both directions. */
  lanes: 4 | 6 | 8;
  freeFlowKmh: 100 | 110;
  /** One or more runs of waypoints (a route interrupted by an overlap or an unbuilt section). */
  segments: Waypoint[][];
}

const wp = (province: Province, name: string, junction?: [string, string]): Waypoint =>
  junction ? { province, name, junction: { key: junction[0], nameKo: junction[1] } } : { province, name };

const EN_WIKI = (title: string) => `https://en.wikipedia.org/wiki/${encodeURIComponent(title)}`;
const MOLIT_2018 = 'MOLIT 2018 도로현황 (road status as of 2018-12-31), reported https://www.encarmagazine.com/news/news1/view/115633';

// Junctions used by more than one route.
const J = {
  sinnam: ['ulju', '언양JC'],
  dodong: ['dodong', '도동JC'],
  geumho: ['geumho', '금호JC'],
  gimcheon: ['gimcheon', '김천JC'],
  biryong: ['biryong', '비룡JC'],
  nami: ['nami', '남이JC·청원JC'],
  cheonan: ['cheonan', '천안JC'],
  anseong: ['anseong', '안성JC'],
  singal: ['singal', '신갈JC'],
  pangyo: ['pangyo', '판교JC'],
  hanam: ['hanam', '하남JC'],
  suncheon: ['suncheon', '순천JC'],
  jinju: ['jinju', '진주JC'],
  naeseo: ['naeseo', '내서JC'],
  daejeo: ['daejeo', '대저JC'],
  goseo: ['goseo', '고서JC'],
  hamyang: ['hamyang', '함양JC'],
  dalseong: ['dalseong', '옥포JC'],
  jungnim: ['jungnim', '죽림JC'],
  dangjin: ['dangjin', '당진JC'],
  seopyeongtaek: ['seopyeongtaek', '서평택JC'],
  ansan: ['ansan', '안산JC'],
  jonam: ['jonam', '조남JC'],
  gongju: ['gongju', '공주JC'],
  sangju: ['sangju', '상주JC'],
  andong: ['andong', '서안동JC'],
  yeongdeok: ['yeongdeok', '영덕JC'],
  daeso: ['daeso', '대소JC'],
  chungju: ['chungju', '충주JC'],
  jecheon: ['jecheon', '제천JC'],
  hobeop: ['hobeop', '호법JC'],
  yeoju: ['yeoju', '여주JC'],
  manjong: ['manjong', '만종JC'],
  gangneung: ['gangneung', '강릉JC'],
  seochang: ['seochang', '서창JC'],
  chuncheon: ['chuncheon', '춘천JC'],
  yangyang: ['yangyang', '양양JC'],
  hoedeok: ['hoedeok', '회덕JC'],
  nonsan: ['nonsan', '논산JC'],
  namwon: ['namwon', '남원JC'],
} as const satisfies Record<string, readonly [string, string]>;
const j = (k: keyof typeof J): [string, string] => [J[k][0], J[k][1]];

export const EXPRESSWAYS: readonly ExpresswayRoute[] = [
  {
    no: 1, nameKo: '경부고속도로', nameEn: 'Gyeongbu Expressway', officialKm: 415.3, source: MOLIT_2018, lengthCheck: 'checked', lanes: 8, freeFlowKmh: 100,
    segments: [[
      wp('부산광역시', '금정구'), wp('경상남도', '양산시'), wp('울산광역시', '울주군', j('sinnam')), wp('경상북도', '경주시'),
      wp('경상북도', '영천시'), wp('경상북도', '경산시'), wp('대구광역시', '동구', j('dodong')), wp('대구광역시', '북구', j('geumho')),
      wp('경상북도', '칠곡군'), wp('경상북도', '구미시'), wp('경상북도', '김천시', j('gimcheon')), wp('충청북도', '영동군'),
      wp('충청북도', '옥천군'), wp('대전광역시', '동구', j('biryong')), wp('대전광역시', '대덕구', j('hoedeok')), wp('충청북도', '청주시 서원구', j('nami')),
      wp('충청남도', '천안시 동남구', j('cheonan')), wp('경기도', '안성시', j('anseong')), wp('경기도', '오산시'),
      wp('경기도', '용인시 기흥구', j('singal')), wp('경기도', '성남시 분당구', j('pangyo')), wp('서울특별시', '서초구'),
    ]],
  },
  {
    no: 10, nameKo: '남해고속도로', nameEn: 'Namhae Expressway', officialKm: 273.17, source: `${EN_WIKI('Namhae_Expressway')} (infobox: 273.17 km)`, lengthCheck: 'checked', lanes: 4, freeFlowKmh: 100,
    segments: [[
      wp('전라남도', '영암군', j('jungnim')), wp('전라남도', '강진군'), wp('전라남도', '장흥군'), wp('전라남도', '보성군'),
      wp('전라남도', '순천시', j('suncheon')), wp('전라남도', '광양시'), wp('경상남도', '하동군'), wp('경상남도', '사천시'),
      wp('경상남도', '진주시', j('jinju')), wp('경상남도', '함안군'), wp('경상남도', '창원시 마산회원구', j('naeseo')),
      wp('경상남도', '김해시'), wp('부산광역시', '강서구', j('daejeo')), wp('부산광역시', '사상구'),
    ]],
  },
  {
    no: 12, nameKo: '광주대구고속도로', nameEn: 'Gwangju–Daegu Expressway', officialKm: 175.3, source: `${EN_WIKI('Gwangju–Daegu_Expressway')} ("connecting Gwangju to Daegu (175.3 km)"; the same article also gives 181.6 km and 183 km)`, lengthCheck: 'checked', lanes: 4, freeFlowKmh: 100,
    segments: [[
      wp('전라남도', '담양군', j('goseo')), wp('전북특별자치도', '순창군'), wp('전북특별자치도', '남원시', j('namwon')), wp('경상남도', '함양군', j('hamyang')),
      wp('경상남도', '거창군'), wp('경상남도', '합천군'), wp('경상북도', '고령군'), wp('대구광역시', '달성군', j('dalseong')),
    ]],
  },
  {
    no: 15, nameKo: '서해안고속도로', nameEn: 'Seohaean Expressway', officialKm: 336.7, source: MOLIT_2018, lengthCheck: 'checked', lanes: 6, freeFlowKmh: 110,
    segments: [[
      wp('전라남도', '목포시'), wp('전라남도', '영암군', j('jungnim')), wp('전라남도', '무안군'), wp('전라남도', '함평군'), wp('전라남도', '영광군'),
      wp('전북특별자치도', '고창군'), wp('전북특별자치도', '부안군'), wp('전북특별자치도', '김제시'), wp('전북특별자치도', '군산시'),
      wp('충청남도', '서천군'), wp('충청남도', '보령시'), wp('충청남도', '홍성군'), wp('충청남도', '서산시'), wp('충청남도', '당진시', j('dangjin')),
      wp('경기도', '평택시', j('seopyeongtaek')), wp('경기도', '화성시'), wp('경기도', '안산시 상록구', j('ansan')), wp('경기도', '시흥시', j('jonam')),
      wp('경기도', '광명시'), wp('서울특별시', '금천구'),
    ]],
  },
  {
    no: 16, nameKo: '울산고속도로', nameEn: 'Ulsan Expressway', officialKm: 14, source: 'https://de.wikipedia.org/wiki/Expressway_16_(S%C3%BCdkorea) (Gesamtlänge 14 km, 언양–울산)', lengthCheck: 'checked', lanes: 6, freeFlowKmh: 100,
    // The terminus (신복로터리) is on the 남구/중구 line; 중구's label point keeps the leg near its real length.
    segments: [[wp('울산광역시', '울주군', j('sinnam')), wp('울산광역시', '중구')]],
  },
  {
    no: 25, nameKo: '호남고속도로', nameEn: 'Honam Expressway (incl. Nonsan–Cheonan)', officialKm: 275.2, source: 'https://kidshyundai.tistory.com/865 (호남고속도로 순천–논산 194.2 km) + https://www.joongang.co.kr/article/4363214 (MOCT: 천안–논산 81 km)', lengthCheck: 'checked', lanes: 4, freeFlowKmh: 110,
    segments: [[
      wp('전라남도', '순천시', j('suncheon')), wp('전라남도', '곡성군'), wp('전라남도', '담양군', j('goseo')), wp('광주광역시', '북구'),
      wp('광주광역시', '광산구'), wp('전라남도', '장성군'), wp('전북특별자치도', '정읍시'), wp('전북특별자치도', '김제시'),
      wp('전북특별자치도', '전주시 덕진구'), wp('전북특별자치도', '익산시'), wp('충청남도', '논산시', j('nonsan')), wp('충청남도', '공주시', j('gongju')),
      wp('충청남도', '천안시 동남구', j('cheonan')),
    ]],
  },
  {
    no: 27, nameKo: '순천완주고속도로', nameEn: 'Suncheon–Wanju Expressway', officialKm: 117.8, source: 'https://www.wikiwand.com/ja/articles/%E9%A0%86%E5%A4%A9%E5%AE%8C%E5%B7%9E%E9%AB%98%E9%80%9F%E9%81%93%E8%B7%AF (ja.wikipedia: 全長117.8km); https://www.donga.com/news/Society/article/all/20110125/34354090/1 gives 117 km', lengthCheck: 'checked', lanes: 4, freeFlowKmh: 100,
    segments: [[
      wp('전라남도', '순천시', j('suncheon')), wp('전라남도', '구례군'), wp('전북특별자치도', '남원시', j('namwon')), wp('전북특별자치도', '임실군'),
      wp('전북특별자치도', '완주군'),
    ]],
  },
  {
    no: 30, nameKo: '당진영덕고속도로', nameEn: 'Dangjin–Yeongdeok Expressway', officialKm: 299.8, source: 'http://www.hankyung.com/news/app/newsview.php?aid=2016111466701 (Gyeongbuk: 당진–공주–청원–상주–영덕 동서 4축 총 299.8 km); en.wikipedia (Seosan–Yeongdeok Expressway) gives 305.5 km', lengthCheck: 'checked', lanes: 4, freeFlowKmh: 100,
    segments: [[
      wp('충청남도', '당진시', j('dangjin')), wp('충청남도', '예산군'), wp('충청남도', '공주시', j('gongju')), wp('세종특별자치시', '세종특별자치시'),
      wp('충청북도', '청주시 서원구', j('nami')), wp('충청북도', '보은군'), wp('경상북도', '상주시', j('sangju')), wp('경상북도', '의성군'),
      wp('경상북도', '안동시', j('andong')), wp('경상북도', '청송군'), wp('경상북도', '영덕군', j('yeongdeok')),
    ]],
  },
  {
    no: 35, nameKo: '중부고속도로·통영대전고속도로', nameEn: 'Jungbu and Tongyeong–Daejeon Expressway', officialKm: 326.1, source: `https://donga.com/news/Society/article/all/20051213/8256323/1 (대전–통영 총연장 208.9 km) + ${EN_WIKI('Jungbu_Expressway')} (117.23 km, read through an IPFS mirror); shares 경부 between 비룡JC and 남이JC`, lengthCheck: 'checked', lanes: 4, freeFlowKmh: 110,
    segments: [
      [
        wp('경상남도', '통영시'), wp('경상남도', '고성군'), wp('경상남도', '진주시', j('jinju')), wp('경상남도', '산청군'),
        wp('경상남도', '함양군', j('hamyang')), wp('전북특별자치도', '장수군'), wp('전북특별자치도', '무주군'), wp('충청남도', '금산군'),
        wp('대전광역시', '중구'), wp('대전광역시', '동구', j('biryong')),
      ],
      [
        wp('충청북도', '청주시 서원구', j('nami')), wp('충청북도', '청주시 청원구'), wp('충청북도', '증평군'), wp('충청북도', '진천군'),
        wp('충청북도', '음성군', j('daeso')), wp('경기도', '이천시', j('hobeop')), wp('경기도', '광주시'), wp('경기도', '하남시', j('hanam')),
      ],
    ],
  },
  {
    no: 40, nameKo: '평택제천고속도로', nameEn: 'Pyeongtaek–Jecheon Expressway', officialKm: 127.5, source: `${EN_WIKI('Pyeongtaek–Chungju_Expressway')} (Length 127.5 km)`, lengthCheck: 'checked', lanes: 4, freeFlowKmh: 100,
    segments: [[
      wp('경기도', '평택시', j('seopyeongtaek')), wp('경기도', '안성시', j('anseong')), wp('충청북도', '음성군', j('daeso')),
      wp('충청북도', '충주시', j('chungju')), wp('충청북도', '제천시', j('jecheon')),
    ]],
  },
  {
    no: 45, nameKo: '중부내륙고속도로', nameEn: 'Jungbu Naeryuk Expressway', officialKm: 306.6, source: `sum of sections: 내서–현풍 56.4 km (${EN_WIKI('Jungbu_Naeryuk_Expressway_Branch')}: the Daegu–Masan road of 86.4 km less the 30.0 km branch) + 현풍–김천 62 km (https://donga.com/news/Economy/article/all/20071203/8518535/1) + 김천–여주 151.6 km (https://hankyung.com/amp/2004121512271) + 여주–북여주 17.6 km and 북여주–양평 19 km (https://www.joongang.co.kr/article/10282936)`, lengthCheck: 'checked', lanes: 4, freeFlowKmh: 110,
    segments: [[
      wp('경상남도', '창원시 마산회원구', j('naeseo')), wp('경상남도', '창녕군'), wp('대구광역시', '달성군', j('dalseong')), wp('경상북도', '고령군'),
      wp('경상북도', '성주군'), wp('경상북도', '김천시', j('gimcheon')), wp('경상북도', '상주시', j('sangju')), wp('경상북도', '문경시'),
      wp('충청북도', '괴산군'), wp('충청북도', '충주시', j('chungju')), wp('경기도', '여주시', j('yeoju')), wp('경기도', '양평군'),
    ]],
  },
  {
    no: 50, nameKo: '영동고속도로', nameEn: 'Yeongdong Expressway', officialKm: 234.39, source: `${EN_WIKI('Yeongdong_Expressway')} ("covers 234.39 kilometers", read through the mirror http://w.owiki.org/wiki/Yeongdong_Expressway)`, lengthCheck: 'checked', lanes: 6, freeFlowKmh: 100,
    segments: [[
      wp('인천광역시', '남동구', j('seochang')), wp('경기도', '안산시 상록구', j('ansan')), wp('경기도', '군포시'), wp('경기도', '수원시 권선구'),
      wp('경기도', '용인시 기흥구', j('singal')), wp('경기도', '용인시 처인구'), wp('경기도', '이천시', j('hobeop')), wp('경기도', '여주시', j('yeoju')),
      wp('강원특별자치도', '원주시', j('manjong')), wp('강원특별자치도', '횡성군'), wp('강원특별자치도', '평창군'), wp('강원특별자치도', '강릉시', j('gangneung')),
    ]],
  },
  {
    no: 55, nameKo: '중앙고속도로', nameEn: 'Jungang Expressway', officialKm: 370.8, source: `${MOLIT_2018}; shares 경부 between 도동JC and 금호JC`, lengthCheck: 'checked', lanes: 4, freeFlowKmh: 100,
    segments: [
      [
        wp('부산광역시', '강서구', j('daejeo')), wp('경상남도', '김해시'), wp('경상남도', '밀양시'), wp('경상북도', '청도군'),
        wp('대구광역시', '수성구'), wp('대구광역시', '동구', j('dodong')),
      ],
      [
        wp('대구광역시', '북구', j('geumho')), wp('경상북도', '칠곡군'), wp('대구광역시', '군위군'), wp('경상북도', '의성군'),
        wp('경상북도', '안동시', j('andong')), wp('경상북도', '영주시'), wp('충청북도', '단양군'), wp('충청북도', '제천시', j('jecheon')),
        wp('강원특별자치도', '원주시', j('manjong')), wp('강원특별자치도', '홍천군'), wp('강원특별자치도', '춘천시', j('chuncheon')),
      ],
    ],
  },
  {
    no: 60, nameKo: '서울양양고속도로', nameEn: 'Seoul–Yangyang Expressway', officialKm: 150.2, source: 'https://www.koreapost.com/news/articleView.html?idxno=4229 (MOLIT 2017: Seoul–Yangyang 150.2 km)', lengthCheck: 'checked', lanes: 4, freeFlowKmh: 100,
    segments: [[
      wp('경기도', '하남시', j('hanam')), wp('경기도', '남양주시'), wp('경기도', '가평군'), wp('강원특별자치도', '춘천시', j('chuncheon')),
      wp('강원특별자치도', '홍천군'), wp('강원특별자치도', '인제군'), wp('강원특별자치도', '양양군', j('yangyang')),
    ]],
  },
  {
    no: 65, nameKo: '동해고속도로', nameEn: 'Donghae Expressway', officialKm: 253.8, source: 'sum of the opened sections (영덕–삼척 not built): 부산–울산 47.2 km (http://english.busan.go.kr/07community/02_01.jsp?nSelected=2&command=view&sn=990&page=0&nowBlock=0&board_code=8&d_code=news_01&select=title&key=) + 울산–포항 53.7 km (https://www.dt.co.kr/article/11026582) + 포항–영덕 30.9 km (https://zdnet.co.kr/view/?no=20251106113017) + 삼척–속초 122 km (http://www.hankyung.com/news/app/newsview.php?aid=201611228692i)', lengthCheck: 'checked', lanes: 4, freeFlowKmh: 100,
    segments: [
      [
        wp('부산광역시', '해운대구'), wp('부산광역시', '기장군'), wp('울산광역시', '울주군', j('sinnam')), wp('울산광역시', '북구'),
        wp('경상북도', '경주시'), wp('경상북도', '포항시 남구'), wp('경상북도', '포항시 북구'), wp('경상북도', '영덕군', j('yeongdeok')),
      ],
      [
        wp('강원특별자치도', '삼척시'), wp('강원특별자치도', '동해시'), wp('강원특별자치도', '강릉시', j('gangneung')),
        wp('강원특별자치도', '양양군', j('yangyang')), wp('강원특별자치도', '속초시'),
      ],
    ],
  },
  {
    no: 100, nameKo: '수도권제1순환고속도로', nameEn: 'Seoul Ring Expressway', officialKm: 128.02, source: `${EN_WIKI('Capital_Region_First_Ring_Expressway')} (infobox 128.02 km; the text says 127.6 km)`, lengthCheck: 'checked', lanes: 8, freeFlowKmh: 100,
    segments: [[
      // The ring only grazes 남양주, 양주, 김포 and 의왕; their label points lie far off it, so they are left out.
      wp('경기도', '성남시 분당구', j('pangyo')), wp('경기도', '하남시', j('hanam')), wp('경기도', '구리시'), wp('경기도', '의정부시'),
      wp('경기도', '고양시 덕양구'), wp('인천광역시', '계양구'), wp('인천광역시', '남동구', j('seochang')), wp('경기도', '시흥시', j('jonam')),
      wp('경기도', '안양시 동안구'), wp('경기도', '성남시 분당구', j('pangyo')),
    ]],
  },
  {
    no: 251, nameKo: '호남고속도로지선', nameEn: 'Honam Expressway Branch (Nonsan–Daejeon)', officialKm: 53.97, source: 'https://wikiwand.com/en/articles/Honam_Expressway_Branch (en.wikipedia: length 53.97 km; its infobox says 58.5 km)', lengthCheck: 'checked', lanes: 4, freeFlowKmh: 100,
    segments: [[
      wp('충청남도', '논산시', j('nonsan')), wp('충청남도', '계룡시'), wp('대전광역시', '서구'), wp('대전광역시', '유성구'),
      wp('대전광역시', '대덕구', j('hoedeok')),
    ]],
  },
];
