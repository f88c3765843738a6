import { syntheticEvents, syntheticPanel } from '../../main/common/panels/synthetic-panel';
import { toCsv, toGeoJson } from '../../main/common/panels/export';
import { panelRecords as recordsOf, PANEL_IMPORT_STREAM } from '../../main/common/panels/panel-records';
import type { LiveFeature, OpsSubmitArgs } from '../../main/common/live-sync';
import { defaultMapping, fileColumns, runImport, type ImportProgress } from './import-run';
import { panelRecords } from './panel-view';

const REGIONS = [{ code: '11110', centroid: [126.98, 37.59] as [number, number] }, { code: '26110', centroid: [129.03, 35.1] as [number, number] }];
const source = syntheticEvents(REGIONS, 2500).map((e) => ({ key: e.key, props: e.props, geometry: e.geometry ?? null }));

/** What every workstation makes of the submitted batches (as the live store would hold them). */
function asLive(commands: OpsSubmitArgs[]): Record<string, Record<string, LiveFeature>> {
  const feats = commands.map((c, i) => ({ stream: c.stream, key: c.key, kind: c.kind, status: 'actual', ts: 0, receivedAt: 0, seq: i + 1, props: c.props, geometry: null }));
  return { [PANEL_IMPORT_STREAM]: Object.fromEntries(feats.map((f) => [f.key, f])) };
}

describe('file import in the renderer', () => {
  it('round-trips a CSV export with default mapping, reporting bad rows with their reasons and progress', async () => {
    const csv = toCsv(source, syntheticPanel.columns);
    const bad = `${csv}S-bad1,x,alpha,notanumber,11110,126.9,37.5,\r\nS-bad2,y,beta,5,11110,37.5,126.9,\r\nS-0001,dup,alpha,1,11110,126.9,37.5,\r\n`;
    const columns = fileColumns(bad, 'csv');
    expect(columns).toEqual(['key', 'name', 'category', 'value', 'sigungu', 'lon', 'lat', 'geometry']);
    const mapping = defaultMapping(syntheticPanel, columns, 'csv');
    expect(mapping.location).toEqual({ kind: 'lonlat', lon: 'lon', lat: 'lat' });
    expect(mapping.key).toBe('key');
    const sent: OpsSubmitArgs[] = [];
    const progress: ImportProgress[] = [];
    const out = await runImport({ def: syntheticPanel, fileName: 'synthetic.csv', text: bad, mapping, importId: 'imp1', submit: async (c) => void sent.push(c), onProgress: (p) => progress.push(p) });
    expect(out.accepted).toBe(2500);
    expect(out.rejects.map((r) => r.reason)).toEqual([expect.stringContaining('not a number'), expect.stringContaining('swapped'), expect.stringContaining('duplicate key S-0001')]);
    expect(out.rejects.map((r) => r.line)).toEqual([2502, 2503, 2504]);
    expect(sent.length).toBe(out.commands);
    expect(sent.every((c) => c.stream === 'ops.panel-records')).toBe(true);
    expect(progress.at(-1)).toEqual({ phase: 'send', done: sent.length, total: sent.length });
    // Every workstation expands the batches into the panel's records: the same records as the source.
    const back = panelRecords(syntheticPanel, asLive(sent));
    expect(back).toHaveLength(2500);
    const byKey = new Map(back.map((r) => [r.key, r]));
    for (const s of source.slice(0, 50)) {
      expect(byKey.get(s.key)?.props).toEqual(s.props);
      expect(byKey.get(s.key)?.geometry).toEqual(s.geometry);
    }
    expect(recordsOf(syntheticPanel, Object.values(asLive(sent)[PANEL_IMPORT_STREAM]!))[0]?.origin).toBe('import');
  });

  it('imports GeoJSON with the features geometry', async () => {
    const text = toGeoJson(source.slice(0, 20), syntheticPanel.columns);
    const mapping = defaultMapping(syntheticPanel, fileColumns(text, 'geojson'), 'geojson');
    expect(mapping.location).toEqual({ kind: 'geometry' });
    const sent: OpsSubmitArgs[] = [];
    const out = await runImport({ def: syntheticPanel, fileName: 'x.geojson', text, mapping, importId: 'imp2', submit: async (c) => void sent.push(c) });
    expect(out).toMatchObject({ accepted: 20, rejects: [] });
    expect(panelRecords(syntheticPanel, asLive(sent)).map((r) => r.key)).toEqual(source.slice(0, 20).map((s) => s.key));
  });
});
