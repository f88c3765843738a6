/** Real places used by the demo day (WGS84 lon/lat, rounded). */

/** Expressway corridors as ordered waypoints (interchanges), for traffic links and incidents. */
export const CORRIDORS: readonly { road: string; roadEn: string; roadNo: string; points: readonly (readonly [string, number, number])[] }[] = [
  {
    road: '경부고속도로',
    roadEn: 'Gyeongbu Expressway',
    roadNo: '1',
    points: [
      ['서울TG', 127.098, 37.457],
      ['수원신갈IC', 127.101, 37.284],
      ['천안IC', 127.166, 36.824],
      ['대전IC', 127.433, 36.367],
      ['김천JC', 128.126, 36.137],
      ['북대구IC', 128.585, 35.907],
      ['경주IC', 129.199, 35.838],
      ['양산JC', 129.038, 35.359],
      ['부산TG', 129.098, 35.258],
    ],
  },
  {
    road: '남해고속도로',
    roadEn: 'Namhae Expressway',
    roadNo: '10',
    points: [
      ['순천IC', 127.487, 34.981],
      ['진주IC', 128.078, 35.190],
      ['창원JC', 128.576, 35.237],
      ['서김해IC', 128.816, 35.226],
      ['사상IC', 128.985, 35.160],
    ],
  },
  {
    road: '중앙고속도로',
    roadEn: 'Jungang Expressway',
    roadNo: '55',
    points: [
      ['안동IC', 128.729, 36.573],
      ['의성IC', 128.681, 36.384],
      ['군위IC', 128.582, 36.239],
      ['다부JC', 128.519, 36.050],
    ],
  },
];

/** Shelters in the regions the demo hits (names are illustrative; locations are the real towns). */
export const SHELTERS: readonly { id: string; name: string; address: string; lon: number; lat: number; capacity: number; region: string }[] = [
  { id: 'busan-haeundae-1', name: '해운대구민회관', address: '부산광역시 해운대구', lon: 129.163, lat: 35.163, capacity: 600, region: '부산' },
  { id: 'busan-saha-1', name: '사하구 다대초등학교', address: '부산광역시 사하구 다대동', lon: 128.968, lat: 35.054, capacity: 400, region: '부산' },
  { id: 'busan-yeongdo-1', name: '영도구 실내체육관', address: '부산광역시 영도구', lon: 129.068, lat: 35.091, capacity: 500, region: '부산' },
  { id: 'geoje-1', name: '거제실내체육관', address: '경상남도 거제시 고현동', lon: 128.621, lat: 34.885, capacity: 800, region: '경남' },
  { id: 'geoje-2', name: '장승포동 주민센터', address: '경상남도 거제시 장승포동', lon: 128.713, lat: 34.868, capacity: 250, region: '경남' },
  { id: 'tongyeong-1', name: '통영체육관', address: '경상남도 통영시', lon: 128.433, lat: 34.854, capacity: 450, region: '경남' },
  { id: 'changwon-1', name: '마산합포구 체육관', address: '경상남도 창원시 마산합포구', lon: 128.568, lat: 35.197, capacity: 700, region: '경남' },
  { id: 'uiseong-1', name: '의성군민체육관', address: '경상북도 의성군 의성읍', lon: 128.697, lat: 36.353, capacity: 500, region: '경북' },
  { id: 'uiseong-2', name: '안평면 복지회관', address: '경상북도 의성군 안평면', lon: 128.606, lat: 36.458, capacity: 150, region: '경북' },
  { id: 'andong-1', name: '안동체육관', address: '경상북도 안동시', lon: 128.729, lat: 36.568, capacity: 900, region: '경북' },
];

/** The typhoon's hourly track: approach from the south, landfall near Geoje, exit past Busan. */
export const TYPHOON_TRACK: readonly (readonly [number, number])[] = [
  [126.2, 29.6], [126.4, 30.2], [126.7, 30.8], [127.0, 31.4], [127.3, 32.0], [127.6, 32.6], [127.9, 33.2],
  [128.15, 33.7], [128.35, 34.15], [128.5, 34.55], [128.62, 34.88], [128.85, 35.1], [129.07, 35.3],
  [129.4, 35.6], [129.8, 36.0], [130.3, 36.5], [130.9, 37.0],
];

/** Forest fire ignition point: 의성군 안평면 (Uiseong-gun, Gyeongsangbuk-do). */
export const FIRE_ORIGIN = { lon: 128.63, lat: 36.44, address: '경상북도 의성군 안평면 괴산리 산 1-2', lgdngCd: '4773035021' } as const;

/** M4 earthquake epicentre: 경주시 남남서쪽 (near the 2016 Gyeongju sequence). */
export const QUAKE = { lon: 129.19, lat: 35.76, loc: '경북 경주시 남남서쪽 9km 지역', magnitude: 4.1, depthKm: 12 } as const;
