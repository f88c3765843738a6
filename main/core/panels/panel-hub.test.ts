/**
 * Imports and published areas between two workstations through a real hub: the records of a file
 * imported on one workstation (as ops.panel-records batches) and an area published there (ops.aoi)
 * reach the other workstation's store, where the panel sees the records and the impact counts them.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AOI_STREAM, publishAoiCommand, publishedAoiFromFeature, resolveAoiGeometry, unpublishAoiCommand, type AoiSpec } from '../../common/panels/aoi.js';
import { importMappingSchema } from '../../common/panels/import-mapping.js';
import { panelRecords, PANEL_IMPORT_STREAM } from '../../common/panels/panel-records.js';
import { useHubWorkstations } from '../sync/testing/hub-workstations.js';
import { waitFor } from '../sync/testing/wait-for.js';
import { importFileToHub } from './import-file.js';
import { LiveSpatialIndex } from './live-index.js';

const rig = useHubWorkstations('panel-hub');
const workstation = (name: string, token: string) => rig.workstation(name, token);


describe('panel imports and published areas between workstations', () => {
  it('an imported file reaches the other workstation as panel records; a published area appears and goes', async () => {
    const kim = workstation('kim', rig.hub.users.add('kim', 'operator').token);
    const park = workstation('park', rig.hub.users.add('park', 'viewer').token);
    await waitFor(() => kim.client.connected && park.client.connected, 'both connected');

    const file = join(rig.dir, 'shelters.csv');
    const rows = Array.from({ length: 1200 }, (_, i) => `S${i},대피소 ${i},${(128.6 + (i % 40) / 1000).toFixed(4)},${(36.35 + (i % 30) / 1000).toFixed(4)}`);
    writeFileSync(file, ['id,name,lon,lat', ...rows, 'BAD,위치없음,,'].join('\n'));
    const mapping = importMappingSchema.parse({ columns: [{ from: 'name', to: 'name', required: true }], key: 'id', location: { kind: 'lonlat', lon: 'lon', lat: 'lat' } });
    const ids: string[] = [];
    const report = await importFileToHub({ path: file, format: 'csv', mapping, importId: 'imp-1', panelId: 'shelter-list', submit: (c) => ids.push(kim.client.outbox.submit(c).id) });
    expect(report).toMatchObject({ rows: 1201, imported: 1200 });
    expect(report.rejected.map((r) => r.reason)).toEqual(['coordinates missing (lon, lat)']);
    for (const id of ids) expect(await kim.client.outbox.settled(id)).toMatchObject({ state: 'done' });

    await waitFor(() => park.store.currentState(PANEL_IMPORT_STREAM).length === report.batches, 'park holds every batch');
    const records = panelRecords({ id: 'shelter-list', stream: 'test.shelter-list' }, park.store.currentState(PANEL_IMPORT_STREAM));
    expect(records).toHaveLength(1200);
    expect(records.find((r) => r.key === 'S7')).toMatchObject({ origin: 'import', props: { name: '대피소 7' }, geometry: { type: 'Point', coordinates: [128.607, 36.357] } });
    // The batches carry who imported them (stamped by the hub).
    expect(park.store.currentState(PANEL_IMPORT_STREAM)[0]!.props).toMatchObject({ user: 'kim', panelId: 'shelter-list' });

    // Park's live index sees the imported records as the panel's.
    const index = new LiveSpatialIndex();
    index.load(park.store.streams().map((s) => ({ stream: s, cursor: park.store.cursor(s), features: park.store.currentState(s) })));
    expect(index.importedRecords('shelter-list')).toHaveLength(1200);

    const spec: AoiSpec = { type: 'buffer', geometry: { type: 'Point', coordinates: [128.62, 36.37] }, radiusKm: 5, source: 'shelter-list/S7' };
    const pub = kim.client.outbox.submit(publishAoiCommand({ id: 'kim-1', name: '의성 5 km', spec, geometry: resolveAoiGeometry(spec, null), areaKm2: 78.5 }));
    expect(await kim.client.outbox.settled(pub.id)).toMatchObject({ state: 'done' });
    await waitFor(() => park.store.currentState(AOI_STREAM).length === 1, 'park sees the published area');
    const seen = publishedAoiFromFeature(park.store.currentState(AOI_STREAM)[0]!);
    expect(seen).toMatchObject({ key: 'aoi:kim-1', name: '의성 5 km', user: 'kim' });
    expect(seen?.geometry?.type).toBe('Polygon');

    const unpub = kim.client.outbox.submit(unpublishAoiCommand('kim-1'));
    expect(await kim.client.outbox.settled(unpub.id)).toMatchObject({ state: 'done' });
    await waitFor(() => park.store.currentState(AOI_STREAM).length === 0, 'the area is withdrawn on park');

    // A viewer may not publish.
    const refused = park.client.outbox.submit(publishAoiCommand({ id: 'park-1', name: 'x', spec, geometry: resolveAoiGeometry(spec, null), areaKm2: 1 }));
    expect(await park.client.outbox.settled(refused.id)).toMatchObject({ state: 'rejected' });
  });
});
