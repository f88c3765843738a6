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
 * Sources (public facts; this workstation is offline, so values were taken from the cited pages as
 * known to the author and only the ones marked `checked` were re-read here):
 * - MOLIT (국토교통부) "2018 도로현황" press release, reported 2019-06 (e.g. encarmagazine.com,
 *   etoday.co.kr): 경부선 415.3 km, 중앙선 370.8 km, 서해안선 336.7 km — `checked`.
 * - Korean Wikipedia articles per route (ko.wikipedia.org/wiki/<name>) and the Korea Expressway
 *   Corporation route list (ex.co.kr 노선현황) for the other lengths, lanes and junction names — `recalled`.
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
  /** `checked`: re-read from the cited source while authoring; `recalled`: from the cited source, not re-read offline. */
  lengthCheck: 'checked' | 'recalled';
  /** Total lanes, both directions. */
  lanes: 4 | 6 | 8;
  freeFlowKmh: 100 | 110;
  /** One or more runs of waypoints (a route interrupted by an overlap or an unbuilt section). */
  segments: Waypoint[][];
}

const wp = (province: Province, name: string, junction?: [string, string]): Waypoint =>
  junction ? { province, name, junction: { key: junction[0], nameKo: junction[1] } } : { province, name };

const WIKI = (title: string) => `https://ko.wikipedia.org/wiki/${encodeURIComponent(title)}`;
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
    no: 10, nameKo: '남해고속도로', nameEn: 'Namhae Expressway', officialKm: 273.1, source: WIKI('남해고속도로'), lengthCheck: 'recalled', lanes: 4, freeFlowKmh: 100,
    segments: [[
      wp('전라남도', '영암군', j('jungnim')), wp('전라남도', '강진군'), wp('전라남도', '장흥군'), wp('전라남도', '보성군'),
      wp('전라남도', '순천시', j('suncheon')), wp('전라남도', '광양시'), wp('경상남도', '하동군'), wp('경상남도', '사천시'),
      wp('경상남도', '진주시', j('jinju')), wp('경상남도', '함안군'), wp('경상남도', '창원시 마산회원구', j('naeseo')),
      wp('경상남도', '김해시'), wp('부산광역시', '강서구', j('daejeo')), wp('부산광역시', '사상구'),
    ]],
  },
  {
    no: 12, nameKo: '광주대구고속도로', nameEn: 'Gwangju–Daegu Expressway', officialKm: 172.3, source: WIKI('광주대구고속도로'), lengthCheck: 'recalled', lanes: 4, freeFlowKmh: 100,
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
    no: 16, nameKo: '울산고속도로', nameEn: 'Ulsan Expressway', officialKm: 14.3, source: WIKI('울산고속도로'), lengthCheck: 'recalled', lanes: 6, freeFlowKmh: 100,
    // The terminus (신복로터리) is on the 남구/중구 line; 중구's label point keeps the leg near its real length.
    segments: [[wp('울산광역시', '울주군', j('sinnam')), wp('울산광역시', '중구')]],
  },
  {
    no: 25, nameKo: '호남고속도로', nameEn: 'Honam Expressway (incl. Nonsan–Cheonan)', officialKm: 275.2, source: `${WIKI('호남고속도로')} (순천–논산 194.2 km) + ${WIKI('논산천안고속도로')} (81.0 km)`, lengthCheck: 'recalled', lanes: 4, freeFlowKmh: 110,
    segments: [[
      wp('전라남도', '순천시', j('suncheon')), wp('전라남도', '곡성군'), wp('전라남도', '담양군', j('goseo')), wp('광주광역시', '북구'),
      wp('광주광역시', '광산구'), wp('전라남도', '장성군'), wp('전북특별자치도', '정읍시'), wp('전북특별자치도', '김제시'),
      wp('전북특별자치도', '전주시 덕진구'), wp('전북특별자치도', '익산시'), wp('충청남도', '논산시', j('nonsan')), wp('충청남도', '공주시', j('gongju')),
      wp('충청남도', '천안시 동남구', j('cheonan')),
    ]],
  },
  {
    no: 27, nameKo: '순천완주고속도로', nameEn: 'Suncheon–Wanju Expressway', officialKm: 117.8, source: WIKI('순천완주고속도로'), lengthCheck: 'recalled', lanes: 4, freeFlowKmh: 100,
    segments: [[
      wp('전라남도', '순천시', j('suncheon')), wp('전라남도', '구례군'), wp('전북특별자치도', '남원시', j('namwon')), wp('전북특별자치도', '임실군'),
      wp('전북특별자치도', '완주군'),
    ]],
  },
  {
    no: 30, nameKo: '당진영덕고속도로', nameEn: 'Dangjin–Yeongdeok Expressway', officialKm: 281.0, source: WIKI('당진영덕고속도로'), lengthCheck: 'recalled', lanes: 4, freeFlowKmh: 100,
    segments: [[
      wp('충청남도', '당진시', j('dangjin')), wp('충청남도', '예산군'), wp('충청남도', '공주시', j('gongju')), wp('세종특별자치시', '세종특별자치시'),
      wp('충청북도', '청주시 서원구', j('nami')), wp('충청북도', '보은군'), wp('경상북도', '상주시', j('sangju')), wp('경상북도', '의성군'),
      wp('경상북도', '안동시', j('andong')), wp('경상북도', '청송군'), wp('경상북도', '영덕군', j('yeongdeok')),
    ]],
  },
  {
    no: 35, nameKo: '중부고속도로·통영대전고속도로', nameEn: 'Jungbu and Tongyeong–Daejeon Expressway', officialKm: 332.0, source: `${WIKI('통영대전고속도로')} (214.7 km) + ${WIKI('중부고속도로')} (117.3 km); shares 경부 between 비룡JC and 남이JC`, lengthCheck: 'recalled', lanes: 4, freeFlowKmh: 110,
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
    no: 40, nameKo: '평택제천고속도로', nameEn: 'Pyeongtaek–Jecheon Expressway', officialKm: 127.4, source: WIKI('평택제천고속도로'), lengthCheck: 'recalled', lanes: 4, freeFlowKmh: 100,
    segments: [[
      wp('경기도', '평택시', j('seopyeongtaek')), wp('경기도', '안성시', j('anseong')), wp('충청북도', '음성군', j('daeso')),
      wp('충청북도', '충주시', j('chungju')), wp('충청북도', '제천시', j('jecheon')),
    ]],
  },
  {
    no: 45, nameKo: '중부내륙고속도로', nameEn: 'Jungbu Naeryuk Expressway', officialKm: 301.2, source: WIKI('중부내륙고속도로'), lengthCheck: 'recalled', lanes: 4, freeFlowKmh: 110,
    segments: [[
      wp('경상남도', '창원시 마산회원구', j('naeseo')), wp('경상남도', '창녕군'), wp('대구광역시', '달성군', j('dalseong')), wp('경상북도', '고령군'),
      wp('경상북도', '성주군'), wp('경상북도', '김천시', j('gimcheon')), wp('경상북도', '상주시', j('sangju')), wp('경상북도', '문경시'),
      wp('충청북도', '괴산군'), wp('충청북도', '충주시', j('chungju')), wp('경기도', '여주시', j('yeoju')), wp('경기도', '양평군'),
    ]],
  },
  {
    no: 50, nameKo: '영동고속도로', nameEn: 'Yeongdong Expressway', officialKm: 234.4, source: WIKI('영동고속도로'), lengthCheck: 'recalled', lanes: 6, freeFlowKmh: 100,
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
    no: 60, nameKo: '서울양양고속도로', nameEn: 'Seoul–Yangyang Expressway', officialKm: 150.2, source: WIKI('서울양양고속도로'), lengthCheck: 'recalled', lanes: 4, freeFlowKmh: 100,
    segments: [[
      wp('경기도', '하남시', j('hanam')), wp('경기도', '남양주시'), wp('경기도', '가평군'), wp('강원특별자치도', '춘천시', j('chuncheon')),
      wp('강원특별자치도', '홍천군'), wp('강원특별자치도', '인제군'), wp('강원특별자치도', '양양군', j('yangyang')),
    ]],
  },
  {
    no: 65, nameKo: '동해고속도로', nameEn: 'Donghae Expressway', officialKm: 254.1, source: `${WIKI('동해고속도로')} (부산–울산 47.2, 울산–포항 53.7, 포항–영덕 30.9, 삼척–속초 122.3 km; 영덕–삼척 not built)`, lengthCheck: 'recalled', lanes: 4, freeFlowKmh: 100,
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
    no: 100, nameKo: '수도권제1순환고속도로', nameEn: 'Seoul Ring Expressway', officialKm: 128.0, source: WIKI('수도권제1순환고속도로'), lengthCheck: 'recalled', lanes: 8, freeFlowKmh: 100,
    segments: [[
      // The ring only grazes 남양주, 양주, 김포 and 의왕; their label points lie far off it, so they are left out.
      wp('경기도', '성남시 분당구', j('pangyo')), wp('경기도', '하남시', j('hanam')), wp('경기도', '구리시'), wp('경기도', '의정부시'),
      wp('경기도', '고양시 덕양구'), wp('인천광역시', '계양구'), wp('인천광역시', '남동구', j('seochang')), wp('경기도', '시흥시', j('jonam')),
      wp('경기도', '안양시 동안구'), wp('경기도', '성남시 분당구', j('pangyo')),
    ]],
  },
  {
    no: 251, nameKo: '호남고속도로지선', nameEn: 'Honam Expressway Branch (Nonsan–Daejeon)', officialKm: 54.0, source: WIKI('호남고속도로지선'), lengthCheck: 'recalled', lanes: 4, freeFlowKmh: 100,
    segments: [[
      wp('충청남도', '논산시', j('nonsan')), wp('충청남도', '계룡시'), wp('대전광역시', '서구'), wp('대전광역시', '유성구'),
      wp('대전광역시', '대덕구', j('hoedeok')),
    ]],
  },
];
