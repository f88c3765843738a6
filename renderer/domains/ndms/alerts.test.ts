import { styleContext } from '../../map/style';
import { ALERT_AREAS_SOURCE, alertAreasModule } from './alert-areas';
import { ALERTS_SOURCE, alertsModule } from './alerts';

const ctx = styleContext('dark', 'ko', 'http://127.0.0.1:4000/');
const state = { visible: true, opacity: 1 };

describe('NDMS alert layers', () => {
  it('draw each alert area once: fills and outlines come only from the computed areas, the stream layer keeps points', () => {
    const streamLayers = alertsModule.layers(ctx, state).filter((l) => 'source' in l && l.source === ALERTS_SOURCE);
    expect(streamLayers.map((l) => l.type).sort()).toEqual(['circle', 'symbol']);
    for (const l of streamLayers) expect(JSON.stringify('filter' in l ? l.filter : null)).toContain('"Point"');
    const areaFills = alertAreasModule.layers(ctx, state).filter((l) => l.type === 'fill' && 'source' in l && l.source === ALERT_AREAS_SOURCE);
    expect(areaFills).toHaveLength(1);
  });
});
