/**
 * Operator actions with their signature check in the panels (server-rendered markup over real panel
 * definitions): a panel lists its own recent actions and flags the unverified ones, flags the rows of
 * records an unverified action was taken on, and the GCMA panel lists every ops action, verified or not.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import type { FeedsStatus, LiveFeature } from '../../../main/common/live-sync';
import { foodSafetyPanel } from '../../../main/common/panels/defs/food-safety';
import { gcmaPanel } from '../../../main/common/panels/defs/gcma';
import type { PanelDefinition } from '../../../main/common/panels/panel-definition';
import { createAppStores, StoresContext } from '../stores';
import { createLiveStore, getEmptyLiveState } from '../../state/live-store';
import { offlineTransport } from '../testing/offline-transport';
import { createPanelUiStore, getEmptyPanelUiState, type PanelUiData } from '../../panels/panel-store';
import { recentActions, recordsWithUnverifiedActions, verificationCounts, verificationOf } from '../../panels/ops-actions';
import { PanelHost } from './panel-host';
import { PanelUiContext } from './panel-hooks';

let seq = 0;
function feature(stream: string, key: string, kind: string, props: Record<string, unknown>, geometry: LiveFeature['geometry'] = null): LiveFeature {
  seq++;
  return { stream, key, kind, status: 'exercise', ts: 1_790_000_000_000 + seq, receivedAt: 1_790_000_000_000 + seq * 1000, seq, props, geometry };
}
const byKey = (fs: LiveFeature[]) => Object.fromEntries(fs.map((f) => [f.key, f]));

const food = [
  feature('panels.food-safety', 'F1', 'food-safety.record', { name: '한강식당', sigungu: '11110', demo: true }, { type: 'Point', coordinates: [126.98, 37.57] }),
  feature('panels.food-safety', 'F2', 'food-safety.record', { name: '부산제과', sigungu: '26110', demo: true }, { type: 'Point', coordinates: [129.03, 35.1] }),
];
const keys = [feature('hub.keys', 'k-kim', 'gcma.key', { user: 'kim', keyId: 'k-kim', alg: 'ed25519' }), feature('hub.keys', 'k-lee', 'gcma.key', { user: 'lee', keyId: 'k-lee', alg: 'ed25519' })];
const panelOps = [
  feature('ops.panels', 'food-safety:order-inspections:1', 'food-safety.order-inspections', { panelId: 'food-safety', actionId: 'order-inspections', areaLabel: '서울특별시', user: 'kim', verified: true }),
  feature('ops.panels', 'food-safety:order-inspections:2', 'food-safety.order-inspections', { panelId: 'food-safety', actionId: 'order-inspections', recordKey: 'F2', user: 'lee', verified: false, verifyReason: 'bad signature' }),
  feature('ops.panels', 'hrd:assign:1', 'hrd.assign', { panelId: 'hrd', actionId: 'assign', recordKey: 'H1', user: 'kim', verified: true }),
];
const notes = [feature('ops.notes', 'n-forged', 'note', { text: 'stand down', user: 'kim', verified: false, verifyReason: 'unsigned' }), feature('ops.notes', 'n-redacted', 'note', { redacted: true, sensitive: true })];

const streams = { 'panels.food-safety': byKey(food), 'hub.keys': byKey(keys), 'ops.panels': byKey(panelOps), 'ops.notes': byKey(notes) };

const feeds: FeedsStatus = { exercise: true, hub: { mode: 'remote', url: null, state: 'live', refusal: null, lastError: null, lastHeartbeatAt: null }, demo: null, outboxPending: 0, user: { name: 'kim', role: 'supervisor', sensitive: false }, streams: [], at: 0 };

function render(def: PanelDefinition, panel: Partial<PanelUiData> = {}): string {
  const live = createLiveStore({ ...getEmptyLiveState(), loaded: true, needsSnapshot: false, streams, feeds });
  const stores = { ...createAppStores(offlineTransport), live };
  const ui = createPanelUiStore({ ...getEmptyPanelUiState(), open: [def.id], active: def.id, ...panel });
  return renderToStaticMarkup(
    <StoresContext.Provider value={stores}>
      <PanelUiContext.Provider value={ui}>
        <PanelHost def={def} />
      </PanelUiContext.Provider>
    </StoresContext.Provider>,
  );
}

/** The `<li>` of one action in the markup. */
const actionItem = (html: string, key: string): string => html.match(new RegExp(`<li[^>]*data-key="${key}"[^>]*>.*?</li>`))?.[0] ?? '';

describe('operator actions and their signature check', () => {
  it('reads verification from the stamped props (unchecked when the core could not check)', () => {
    expect(verificationOf(panelOps[0]!)).toEqual({ state: 'verified' });
    expect(verificationOf(panelOps[1]!)).toEqual({ state: 'unverified', reason: 'bad signature' });
    expect(verificationOf(notes[1]!)).toEqual({ state: 'unchecked' });
    const all = recentActions(streams);
    expect(all.map((a) => a.key)).toEqual(['n-redacted', 'n-forged', 'hrd:assign:1', 'food-safety:order-inspections:2', 'food-safety:order-inspections:1']);
    expect(verificationCounts(all)).toEqual({ verified: 2, unverified: 2, unchecked: 1 });
    expect(recentActions(streams, { def: foodSafetyPanel }).map((a) => a.key)).toEqual(['food-safety:order-inspections:2', 'food-safety:order-inspections:1']);
    expect([...recordsWithUnverifiedActions(streams, foodSafetyPanel)]).toEqual(['F2']);
  });

  it("a panel lists its own recent actions, flags the unverified one, and flags the record's row", () => {
    const html = render(foodSafetyPanel);
    expect(html).toMatch(/data-testid="panel-recent-actions" data-verified="1" data-unverified="1" data-unchecked="0"/);
    const bad = actionItem(html, 'food-safety:order-inspections:2');
    expect(bad).toContain('data-verification="unverified"');
    expect(bad).toMatch(/data-testid="ops-unverified" data-reason="bad signature"/);
    expect(bad).toContain('미검증');
    const good = actionItem(html, 'food-safety:order-inspections:1');
    expect(good).toContain('data-testid="ops-verified"');
    expect(good).not.toContain('ops-unverified');
    // Other panels' actions are not listed here.
    expect(html).not.toContain('hrd:assign:1');
    // The row of F2 (an unverified action on it) is flagged; F1's is not.
    expect(html).toMatch(/<button[^>]*has-unverified[^>]*data-key="F2"/);
    expect(html).not.toMatch(/<button[^>]*has-unverified[^>]*data-key="F1"/);
    expect(html.match(/<button[^>]*data-key="F2".*?<\/button>/)![0]).toContain('data-testid="ops-unverified"');
  });

  it("a selected record shows the actions taken on it, with the flag", () => {
    const html = render(foodSafetyPanel, { selected: { panelId: 'food-safety', key: 'F2' } });
    const onRecord = html.match(/<ul[^>]*data-testid="panel-record-actions".*?<\/ul>/)![0];
    expect(onRecord).toContain('data-key="food-safety:order-inspections:2"');
    expect(onRecord).toContain('data-testid="ops-unverified"');
    expect(onRecord).not.toContain('order-inspections:1');
  });

  it('the GCMA panel lists the keys and every recent ops action as verified, unverified or unchecked', () => {
    const html = render(gcmaPanel);
    expect(html).toMatch(/data-shown="2" data-total="2"/);
    expect(html).toMatch(/data-testid="gcma-recent-actions" data-verified="2" data-unverified="2" data-unchecked="1"/);
    expect(actionItem(html, 'n-forged')).toMatch(/data-testid="ops-unverified" data-reason="unsigned"/);
    expect(actionItem(html, 'food-safety:order-inspections:2')).toMatch(/data-reason="bad signature"/);
    expect(actionItem(html, 'hrd:assign:1')).toContain('data-testid="ops-verified"');
    expect(actionItem(html, 'n-redacted')).toContain('data-testid="ops-unchecked"');
    // The action's own label and its panel are named.
    expect(actionItem(html, 'hrd:assign:1')).toMatch(/<strong>[^<]+<\/strong>/);
  });
});
