import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { StyleSpecification } from 'maplibre-gl';
import type { LiveFeature } from '../../../main/common/live-sync';
import { opsSubmitArgsSchema } from '../../../main/common/live-sync';
import { closurePropsSchema } from '../../../main/common/its/types';
import { styleContext } from '../../map/style';
import { closeCommand, closureOfLink, reopenCommand } from './closure-commands';
import { DETOURS_SOURCE, detoursModule } from './detours';
import { selectedLinkOf } from '../../state/its-selection';

const BASE = 'http://127.0.0.1:4000/';

describe('closures and detours (renderer)', () => {
  it('builds valid ops:submit commands for closing and reopening a link', () => {
    const close = closeCommand(['EX0001-s100-F'], 'user:local', 1_000, 'abc');
    expect(opsSubmitArgsSchema.safeParse(close).success).toBe(true);
    expect(close).toMatchObject({ stream: 'ops.closures', key: 'closure:abc', op: 'upsert' });
    expect(closurePropsSchema.parse(close.props)).toMatchObject({ closureId: 'closure:abc', linkIds: ['EX0001-s100-F'], endTs: null });
    const reopen = reopenCommand('closure:abc');
    expect(opsSubmitArgsSchema.safeParse(reopen).success).toBe(true);
    expect(reopen).toMatchObject({ key: 'closure:abc', op: 'remove' });
  });

  it('finds the active closure of a link', () => {
    const f: LiveFeature = { stream: 'ops.closures', key: 'closure:abc', kind: 'closure', status: 'exercise', ts: 1, receivedAt: 1, seq: 1, geometry: null, props: { linkIds: ['A', 'B'] } };
    expect(closureOfLink({ 'closure:abc': f }, 'B')).toBe(f);
    expect(closureOfLink({ 'closure:abc': f }, 'C')).toBeNull();
    expect(closureOfLink(undefined, 'A')).toBeNull();
  });

  it('reads a clicked network feature as the selected link', () => {
    expect(selectedLinkOf({ linkId: 'EX0001-s1-F', roadName: '경부고속도로', dir: 'F', lanes: 8, freeFlowKmh: 100 }, 127, 37)).toEqual({ linkId: 'EX0001-s1-F', roadName: '경부고속도로', dir: 'F', lanes: 8, freeFlowKmh: 100, lon: 127, lat: 37 });
    expect(selectedLinkOf({ name: 'x' }, 0, 0)).toBeNull();
  });

  for (const language of ['ko', 'en'] as const) {
    it(`draws detours from the live ops.detours stream (style spec valid, ${language})`, () => {
      const ctx = styleContext('light', language, BASE);
      const style: StyleSpecification = { version: 8, glyphs: `${BASE}geo/glyphs/{fontstack}/{range}.pbf`, sources: detoursModule.sources(ctx), layers: detoursModule.layers(ctx, { visible: true, opacity: 1 }) };
      expect(validateStyleMin(style)).toEqual([]);
      expect(detoursModule.live).toEqual([{ sourceId: DETOURS_SOURCE, stream: 'ops.detours' }]);
      expect(JSON.stringify(style.layers)).toContain(language === 'ko' ? '우회' : 'Detour');
    });
  }
});
