import { expression, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { LiveFeature } from '../../../main/common/live-sync';
import { HAZARD_KINDS, INCIDENT_KINDS } from '../../../main/common/its/types';
import { styleContext } from '../../map/style';
import { createRegistry } from '../../map/registry';
import { createFeatureStateBinder, type FeatureStateMapLike } from '../../map/feature-state-binder';
import { createLiveStore, toGeoJsonFeature } from '../../state/live-store';
import { selectedItemOf } from '../../state/its-selection';
import { CLOSED_BY_INCIDENT, CLOSED_BY_OPERATOR, closedLinksModule, incidentClosureState, operatorClosureStates } from './closed-links';
import { cctvModule } from './cctv';
import { hazardsModule } from './hazards';
import { HAZARD_ICONS, INCIDENT_ICONS, ITS_ICONS, shapeSignature } from './icon-shapes';
import { incidentsModule } from './incidents';
import { ROADS_SOURCE, roadsModule } from './roads';
import { vmsModule } from './vms';
import { itsTrafficModules } from '.';

const BASE = 'http://127.0.0.1:4000/';
const ctx = styleContext('dark', 'ko', BASE);

function live(stream: string, key: string, kind: string, props: Record<string, unknown>, status = 'actual', seq = 1): LiveFeature {
  return { stream, key, kind, status, ts: 1_000, receivedAt: 1_000, seq, geometry: { type: 'Point', coordinates: [127, 37] }, props };
}

/** Evaluates a layout or filter value of a layer for a live feature, as maplibre would. */
function evaluate(layer: LayerSpecification | undefined, what: 'icon-image' | 'filter' | 'text-field', f: LiveFeature): unknown {
  if (!layer || layer.type !== 'symbol') throw new Error('not a symbol layer');
  const value = what === 'filter' ? layer.filter : layer.layout?.[what];
  const parsed = expression.createExpression(value, what, null);
  if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
  const gj = toGeoJsonFeature(f)!;
  return parsed.value.evaluate({ zoom: 10 }, { type: 1, properties: gj.properties, geometry: [] } as never);
}

const layer = (m: typeof incidentsModule, id: string) => m.layers(ctx, { visible: true, opacity: 1 }).find((l) => l.id === id);

describe('ITS icons', () => {
  it('give every incident kind and every hazard kind its own shape, not only its own colour', () => {
    expect(new Set(INCIDENT_KINDS.map((k) => shapeSignature(INCIDENT_ICONS[k].shape))).size).toBe(INCIDENT_KINDS.length);
    expect(new Set(HAZARD_KINDS.map((k) => shapeSignature(HAZARD_ICONS[k].shape))).size).toBe(HAZARD_KINDS.length);
    // All ITS icons (incidents, hazards, camera, sign) differ in outline from each other.
    expect(new Set(ITS_ICONS.map((s) => shapeSignature(s.shape))).size).toBe(ITS_ICONS.length);
    expect(new Set(ITS_ICONS.map((s) => s.name)).size).toBe(ITS_ICONS.length);
  });

  it('pick the kind\u2019s icon for an adapter incident (envelope kind) and for the fallback demo (eventType), exercise variant when not actual', () => {
    const icon = layer(incidentsModule, 'its-traffic:incidents-icon');
    for (const k of INCIDENT_KINDS) expect(evaluate(icon, 'icon-image', live('its.events', 'e', `incident.${k}`, { kind: k, endTs: null }))).toBe(INCIDENT_ICONS[k].name);
    expect(evaluate(icon, 'icon-image', live('its.events', 'e', 'incident', { eventType: 'cor' }))).toBe('its-incident-construction');
    expect(evaluate(icon, 'icon-image', live('its.events', 'e', 'incident.accident', { kind: 'accident' }, 'exercise'))).toBe('its-incident-accident-x');
    // Only incidents without an end time are drawn.
    expect(evaluate(icon, 'filter', live('its.events', 'e', 'incident.accident', { endTs: null }))).toBe(true);
    expect(evaluate(icon, 'filter', live('its.events', 'e', 'incident.accident', { endTs: 5 }))).toBe(false);
  });

  it('pick the hazard icons and label fog with its visibility', () => {
    const icon = layer(hazardsModule, 'its-traffic:hazards-icon');
    for (const k of HAZARD_KINDS) expect(evaluate(icon, 'icon-image', live('its.hazards', 'h', `hazard.${k}`, { kind: k, endTs: null }))).toBe(HAZARD_ICONS[k].name);
    const label = evaluate(layer(hazardsModule, 'its-traffic:hazards-label'), 'text-field', live('its.hazards', 'h', 'hazard.fog', { kind: 'fog', roadName: '중앙고속도로', visibilityM: 80 }, 'exercise'));
    expect(String(label)).toBe('훈련 · 안개 · 중앙고속도로 · 가시거리 80m');
  });

  it('show a sign\u2019s current text as it is, marked when it is an exercise', () => {
    const text = layer(vmsModule, 'its-traffic:vms-text');
    expect(String(evaluate(text, 'text-field', live('its.vms', 'v', 'vms', { text: '전방 사고\n1차로 통제' })))).toBe('전방 사고\n1차로 통제');
    expect(String(evaluate(text, 'text-field', live('its.vms', 'v', 'vms', { text: '서행' }, 'exercise')))).toBe('훈련 · 서행');
    expect(evaluate(text, 'filter', live('its.vms', 'v', 'vms', { text: '' }))).toBe(false);
  });
});

describe('ITS layer modules', () => {
  for (const theme of ['dark', 'light'] as const) {
    for (const language of ['ko', 'en'] as const) {
      it(`validate with the style spec, the closed links on the network's source (${theme}/${language})`, () => {
        const c = styleContext(theme, language, BASE);
        const style: StyleSpecification = {
          version: 8,
          glyphs: `${BASE}geo/glyphs/{fontstack}/{range}.pbf`,
          sources: Object.assign({}, ...itsTrafficModules.map((m) => m.sources(c))),
          layers: itsTrafficModules.flatMap((m) => m.layers(c, { visible: true, opacity: 0.8 })),
        };
        expect(validateStyleMin(style)).toEqual([]);
      });
    }
  }

  it('draw closures as tape that no congestion class uses, one pattern per cause', () => {
    const layers = closedLinksModule.layers(ctx, { visible: true, opacity: 1 });
    const tapes = layers.filter((l) => l.id.endsWith('-tape'));
    expect(tapes.map((l) => l.id)).toEqual(['its-traffic:closed-operator-tape', 'its-traffic:closed-incident-tape']);
    const dashes = tapes.map((l) => (l.type === 'line' ? JSON.stringify(l.paint?.['line-dasharray']) : ''));
    expect(new Set(dashes).size).toBe(2);
    for (const l of layers) {
      expect(l.type === 'line' && l.source).toBe(ROADS_SOURCE);
      const paint = l.type === 'line' ? l.paint : undefined;
      // Theme colours (text, halo) only: never one of the congestion ramp's.
      expect([ctx.palette.text, ctx.palette.halo]).toContain(paint?.['line-color']);
    }
    expect(closedLinksModule.sources(ctx)).toEqual({});
  });

  it('name the links of an operator closure and of an incident that closes all lanes', () => {
    expect(operatorClosureStates(live('ops.closures', 'closure:a', 'closure', { linkIds: ['A', 'B', 7], endTs: null }))).toEqual([
      { id: 'A', state: { [CLOSED_BY_OPERATOR]: true } },
      { id: 'B', state: { [CLOSED_BY_OPERATOR]: true } },
    ]);
    expect(operatorClosureStates(live('ops.closures', 'closure:a', 'closure', { linkIds: ['A'], endTs: 500 }))).toEqual([]);
    expect(incidentClosureState(live('its.events', 'e', 'incident.accident', { lanesBlock: 'full', endTs: null, linkId: 'C' }))).toEqual({ id: 'C', state: { [CLOSED_BY_INCIDENT]: true } });
    expect(incidentClosureState(live('its.events', 'e', 'incident.accident', { lanesBlock: 'partial', endTs: null, linkId: 'C' }))).toBeNull();
    expect(incidentClosureState(live('its.events', 'e', 'incident.accident', { lanesBlock: 'full', endTs: 2_000, linkId: 'C' }))).toBeNull();
  });

  it('keep speeds and both closure causes apart on one source; a link named twice stays closed until neither names it', () => {
    const states = new Map<string, Record<string, unknown>>();
    const source = {};
    const map: FeatureStateMapLike = {
      getSource: (id) => (id === ROADS_SOURCE ? source : undefined),
      setFeatureState: (f, s) => void states.set(String(f.id), { ...states.get(String(f.id)), ...s }),
      removeFeatureState: (f) => void states.delete(String(f.id)),
    };
    const binder = createFeatureStateBinder(map, createRegistry([roadsModule, closedLinksModule]));
    const store = createLiveStore();
    const traffic = live('its.traffic', 'A', 'link.speed', { linkId: 'A', speedKmh: 30 });
    const c1 = live('ops.closures', 'closure:1', 'closure', { linkIds: ['A', 'B'], endTs: null });
    const c2 = live('ops.closures', 'closure:2', 'closure', { linkIds: ['B'], endTs: null }, 'actual', 2);
    const inc = live('its.events', 'e', 'incident.accident', { lanesBlock: 'full', endTs: null, linkId: 'A' }, 'actual', 3);
    store.getState().applySnapshot({
      serial: 1,
      exercise: false,
      streams: [
        { stream: 'its.traffic', cursor: 1, features: [traffic] },
        { stream: 'ops.closures', cursor: 2, features: [c1, c2] },
        { stream: 'its.events', cursor: 3, features: [inc] },
      ],
    });
    binder.sync(store.getState());
    expect(states.get('A')).toEqual({ speed: 30, congestion: null, exercise: false, closedOp: true, closedInc: true });
    expect(states.get('B')).toEqual({ closedOp: true });

    store.getState().applyDiff({ serial: 2, reset: false, diffs: [{ stream: 'ops.closures', upserts: [], removes: ['closure:1'] }] });
    binder.sync(store.getState());
    expect(states.get('A')).toEqual({ speed: 30, congestion: null, exercise: false, closedOp: null, closedInc: true });
    expect(states.get('B')).toEqual({ closedOp: true });

    store.getState().applyDiff({ serial: 3, reset: false, diffs: [{ stream: 'its.events', upserts: [{ ...inc, seq: 4, props: { ...inc.props, endTs: 9_000 } }], removes: [] }] });
    binder.sync(store.getState());
    expect(states.get('A')).toEqual({ speed: 30, congestion: null, exercise: false, closedOp: null, closedInc: null });
  });

  it('read a clicked icon as the card\u2019s item', () => {
    expect(selectedItemOf('its-traffic:incidents-icon', { key: 'its-event:1' })).toEqual({ kind: 'incident', key: 'its-event:1' });
    expect(selectedItemOf('its-traffic:vms-icon', { key: 'vms:1' })).toEqual({ kind: 'vms', key: 'vms:1' });
    expect(selectedItemOf('its-traffic:vms-text', { key: 'vms:1' })).toBeNull();
    expect(selectedItemOf('its-traffic:cctv-icon', { key: 'its-cctv:1' })).toEqual({ kind: 'cctv', key: 'its-cctv:1' });
    expect(selectedItemOf('its-traffic:links-line', { key: 'x' })).toBeNull();
    expect(selectedItemOf('its-traffic:hazards-icon', {})).toBeNull();
    expect(cctvModule.live?.[0]?.stream).toBe('its.cctv');
  });
});
