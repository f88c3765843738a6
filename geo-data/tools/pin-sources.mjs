// One-off helper that (re)writes geo-data/sources.json from a mirror: records each input's sha256.
// Run only when deliberately moving to new input versions: node geo-data/tools/pin-sources.mjs /path/to/mirror
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const mirror = process.argv[2];
if (!mirror) throw new Error('usage: pin-sources.mjs <mirror>');
const sha = (buf) => createHash('sha256').update(buf).digest('hex');
const SGIS = 'https://raw.githubusercontent.com/southkorea/southkorea-maps/fe65e05e549d04083e52f380a7e9166a8ea0a01e/kostat/2018/json/';
const NE = 'https://raw.githubusercontent.com/martynafford/natural-earth-geojson/0b9a6ceb0a7032713abd9460ac1e995a9c60cd1e/10m/';
const sgisLicence = 'KOGL Type 1 (공공누리 제1유형)';
const sgisAttribution = 'Statistics Korea (통계청) SGIS 2018 boundaries, via github.com/southkorea/southkorea-maps';
const neAttribution = 'Made with Natural Earth (naturalearthdata.com)';
const neBbox = [124, 33, 132, 39];

function file(id, rel, url, licence, attribution, extra = {}) {
  const buf = readFileSync(join(mirror, rel));
  return { id, file: rel, url, licence, attribution, sha256: sha(buf), ...extra };
}
function ne(id, name, theme) {
  const rel = `natural-earth-korea/ne_10m_${name}_korea_bbox.geojson`;
  const features = JSON.parse(readFileSync(join(mirror, rel), 'utf8')).features;
  return file(id, rel, `${NE}${theme}/ne_10m_${name}.json`, 'Public domain (Natural Earth)', neAttribution, {
    derived: { filter: 'features whose geometry touches the bbox', bbox: neBbox, featuresSha256: sha(JSON.stringify(features)) },
  });
}

const inputs = [
  file('sgis-2018-municipalities', 'southkorea-maps-kostat2018/skorea-municipalities-2018-topo.json', SGIS + 'skorea-municipalities-2018-topo.json', sgisLicence, sgisAttribution),
  file('sgis-2018-submunicipalities', 'southkorea-maps-kostat2018/skorea-submunicipalities-2018-topo-simple.json', SGIS + 'skorea-submunicipalities-2018-topo-simple.json', sgisLicence, sgisAttribution),
  file('admdongkor-2022-sgg-vote', 'admdongkor-2022/ver20220309_sgg_vote_simple.geojson',
    'https://raw.githubusercontent.com/vuski/admdongkor/20dca68f3e79f24602ee9fe484e59c2b3b0fb871/ver20220309/ver20220309_sgg_vote_simple.geojson',
    'Derived from Statistics Korea SGIS boundaries; no extra restriction',
    'github.com/vuski/admdongkor (sigungu boundaries 2022-03, 20th presidential election roll from the National Election Commission)'),
  ne('ne-coastline', 'coastline', 'physical'),
  ne('ne-airports', 'airports', 'cultural'),
  ne('ne-ports', 'ports', 'cultural'),
  ne('ne-elevation-points', 'geography_regions_elevation_points', 'physical'),
];
const GLYPHS = 'https://raw.githubusercontent.com/protomaps/basemaps-assets/f12391e9bcf40f9b727c48df01cb5edf2a119d27/fonts/';
const glyphFiles = {};
for (const font of ['Noto Sans Regular', 'Noto Sans Medium']) {
  for (const f of readdirSync(join(mirror, 'glyphs', font)).sort()) {
    glyphFiles[`${font}/${f}`] = sha(readFileSync(join(mirror, 'glyphs', font, f)));
  }
}
const out = {
  $comment: 'Pinned inputs of the geo-data build. `file` is relative to GEO_DATA_MIRROR; without a mirror `url` is downloaded. Regenerate with geo-data/tools/pin-sources.mjs only when moving to new input versions.',
  inputs,
  glyphs: {
    dir: 'glyphs',
    urlBase: GLYPHS,
    licence: 'SIL Open Font License 1.1',
    attribution: 'Noto Sans glyphs © Google, built by protomaps/basemaps-assets',
    files: glyphFiles,
  },
  npm: [
    { id: 'world-atlas-land-10m', package: 'world-atlas', file: 'land-10m.json' },
    { id: 'world-atlas-countries-10m', package: 'world-atlas', file: 'countries-10m.json' },
  ].map((e) => {
    const pkg = JSON.parse(readFileSync(`node_modules/${e.package}/package.json`, 'utf8'));
    return { ...e, version: pkg.version, url: `https://registry.npmjs.org/${e.package}/-/${e.package}-${pkg.version}.tgz`, licence: 'ISC (data: Natural Earth, public domain)', attribution: 'world-atlas by Mike Bostock, from Natural Earth', sha256: sha(readFileSync(`node_modules/${e.package}/${e.file}`)) };
  }),
};
writeFileSync('geo-data/sources.json', JSON.stringify(out, null, 2) + '\n');
