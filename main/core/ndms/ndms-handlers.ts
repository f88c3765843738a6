/**
 * The NDMS invokes: the alert list with areas and adults, a draft's preview, sending a draft (the
 * core checks the role the hub gave this workstation, builds the CAP 1.2 document and submits
 * `ops.ndms` / `alert.send` through the outbox; the hub checks the role again), and the damage and
 * recovery summary per sigungu. Everything is rebuilt from the local store's current features.
 */
import { randomBytes } from 'node:crypto';
import type { Polygon } from 'geojson';
import type { LiveFeature, OpsSubmitArgs, SyncSnapshotResult } from '../../common/live-sync.js';
import {
  ALERT_LENGTH_SETTINGS,
  DEFAULT_ALERT_LENGTH,
  type AlertCancelArgs,
  type AlertCancelResult,
  type AlertLengthMode,
  type AlertListResult,
  type AlertSendArgs,
  type AlertSendResult,
  type DamageSummaryResult,
  type DraftPreview,
  type DraftPreviewArgs,
  type PickedRegion,
} from '../../common/ndms/alert-ipc.js';
import { NDMS_STREAMS, type ResolvedRegion } from '../../common/ndms/alerts.js';
import { msToCapTimeKst } from '../../common/ndms/cap-model.js';
import { ALERT_SEND_KIND, ALERT_UPDATE_KIND, type AlertDraft, alertDraftSchema, type CapReference } from '../../common/ndms/draft.js';
import { REPORT_OPS } from '../../common/ndms/report-types.js';
import type { Role } from '../../common/roles.js';
import type { Settings } from '../../common/settings.js';
import type { RegionIndex } from '../region/index.js';
import { alertArea } from './alert-area.js';
import { cancelAlert, messageLength, sendDraft } from './alert-draft.js';
import { alertLifecycles } from './alert-lifecycle.js';
import { AlertList, drawableArea, regionView } from './alert-list.js';
import { summariseDamage } from './damage.js';

/** What the NDMS handlers need from the core. */
export interface NdmsHandlerDeps {
  index: () => Promise<RegionIndex>;
  snapshot: (streams: string[]) => SyncSnapshotResult | Promise<SyncSnapshotResult>;
  settings: () => Settings;
  /** Who the hub says we are (null until it says). */
  identity: () => { name: string; role: Role } | null;
  /** Stores an operator command in the outbox. */
  submit: (args: OpsSubmitArgs) => { id: string };
  /** The hub's answer to a command: done (with its seq), rejected (with the reason), or null (no answer within the wait). */
  settled: (id: string, timeoutMs: number) => Promise<{ state: 'done' | 'rejected' | 'pending'; reason: string | null } | null>;
  now?: () => number;
  /** Sending organisation written as the CAP sender. */
  sender?: string;
}

/** The channel's length rule from the settings (defaults where unset or malformed). */
export function lengthRule(s: Settings): { mode: AlertLengthMode; max: number } {
  const mode = s.layout[ALERT_LENGTH_SETTINGS.mode];
  const max = s.layout[ALERT_LENGTH_SETTINGS.max];
  return {
    mode: mode === 'chars' || mode === 'euc-kr-bytes' ? mode : DEFAULT_ALERT_LENGTH.mode,
    max: typeof max === 'number' && Number.isInteger(max) && max > 0 && max <= 2000 ? max : DEFAULT_ALERT_LENGTH.max,
  };
}

/** Picked codes → resolved regions (unknown codes named in the error). */
export function resolvePicked(picked: readonly PickedRegion[], index: RegionIndex): { regions: ResolvedRegion[]; unknown: string[] } {
  const regions: ResolvedRegion[] = [];
  const unknown: string[] = [];
  const sidos = index.list('sido');
  for (const p of picked) {
    if (p.level === 'sido') {
      const s = sidos.find((r) => r.code === p.code);
      if (s) regions.push({ text: s.name, level: 'sido', region: s, sido: s });
      else unknown.push(p.code);
    } else {
      const hit = index.sigunguByCode10(p.code);
      if (hit && hit.sigungu.code === p.code) regions.push({ text: `${hit.sido.name} ${hit.sigungu.name}`, level: 'sigungu', region: hit.sigungu, sido: hit.sido });
      else unknown.push(p.code);
    }
  }
  return { regions, unknown };
}

/** Closes a drawn ring if the screen left it open. */
function closeRing(ring: ReadonlyArray<[number, number]> | undefined): Array<[number, number]> | undefined {
  if (!ring) return undefined;
  const r = ring.map((p) => [p[0], p[1]] as [number, number]);
  const [a, b] = [r[0]!, r[r.length - 1]!];
  if (a[0] !== b[0] || a[1] !== b[1]) r.push([a[0], a[1]]);
  return r;
}

const optLength = (t: string | undefined, mode: AlertLengthMode) => (t && t.trim() ? messageLength(t, mode) : null);

/**
 * The drafted alert `key` as this workstation's store holds it, if it is still active (not
 * cancelled or superseded), with the CAP references a message about it carries: what it referenced
 * itself, then the alert ("sender,identifier,sent" as its own CAP document wrote them).
 */
export function activeDraft(features: readonly LiveFeature[], key: string): { draft: AlertDraft; references: CapReference[] } | string {
  const f = features.find((x) => x.stream === REPORT_OPS.stream && x.key === key && (x.kind === ALERT_SEND_KIND || x.kind === ALERT_UPDATE_KIND));
  const d = f ? alertDraftSchema.safeParse(f.props['draft']) : null;
  if (!d?.success) return `no alert drafted in this control room has the key ${key}`;
  const state = alertLifecycles(features).states.get(key)?.state ?? 'active';
  if (state !== 'active') return `alert ${key} is already ${state}`;
  const draft = d.data;
  return { draft, references: [...(draft.references ?? []), { sender: draft.sender, identifier: draft.id, sent: msToCapTimeKst(draft.sentMs) }] };
}

const newAlertId = (t: number) => `sitroom-${t.toString(36)}-${randomBytes(6).toString('hex')}`;

export function createNdmsHandlers(deps: NdmsHandlerDeps) {
  const now = deps.now ?? Date.now;
  let list: AlertList | null = null;

  const preview = async (a: DraftPreviewArgs): Promise<DraftPreview> => {
    const index = await deps.index();
    const { regions } = resolvePicked(a.regions, index);
    const ring = closeRing(a.polygon);
    const polygon: Polygon | null = ring && ring.length >= 4 ? { type: 'Polygon', coordinates: [ring] } : null;
    const area = alertArea({ regions, geometry: polygon }, index);
    const rule = lengthRule(deps.settings());
    return {
      regions: regions.map(regionView),
      adults2022: area.adults2022,
      method: area.method,
      geometry: drawableArea(area.geometry),
      lengths: { ko: messageLength(a.texts.ko, rule.mode), en: optLength(a.texts.en, rule.mode), zh: optLength(a.texts.zh, rule.mode) },
      mode: rule.mode,
      maxLength: rule.max,
    };
  };

  const send = async (a: AlertSendArgs): Promise<AlertSendResult> => {
    const me = deps.identity();
    if (!me) return { ok: false, reason: 'not connected to a hub yet: the hub has not said who this workstation is' };
    const index = await deps.index();
    const { regions, unknown } = resolvePicked(a.regions, index);
    if (unknown.length) return { ok: false, reason: `unknown region codes: ${unknown.join(', ')}` };
    const polygon = closeRing(a.polygon);
    let update: Pick<AlertDraft, 'msgType' | 'references' | 'supersedes'> = {};
    if (a.supersedes) {
      const snap = await deps.snapshot([NDMS_STREAMS.ops]);
      const orig = activeDraft(snap.streams.flatMap((s) => s.features), a.supersedes);
      if (typeof orig === 'string') return { ok: false, reason: orig };
      update = { msgType: 'Update', references: orig.references, supersedes: a.supersedes };
    }
    const { exercise } = await deps.snapshot([]);
    const texts = { ko: a.texts.ko, ...(a.texts.en?.trim() ? { en: a.texts.en } : {}), ...(a.texts.zh?.trim() ? { zh: a.texts.zh } : {}) };
    const draft: AlertDraft = {
      id: newAlertId(now()),
      sender: deps.sender ?? 'sitroom.local',
      user: me.name,
      sentMs: now(),
      // A demo hub's alerts are an exercise, and say so in the CAP document too.
      status: exercise ? 'exercise' : 'actual',
      level: a.level,
      disasterType: a.disasterType,
      eventCode: a.eventCode,
      category: a.category,
      texts,
      regions,
      ...(polygon ? { polygon } : {}),
      ...update,
    };
    const rule = lengthRule(deps.settings());
    const r = sendDraft(draft, me.role, { mode: rule.mode, maxLength: rule.max });
    if (!r.ok) return r;
    const { id } = deps.submit(r.command);
    const answer = await deps.settled(id, 8000);
    if (answer?.state === 'rejected') return { ok: false, reason: `the hub refused it: ${answer.reason ?? 'no reason given'}` };
    return { ok: true, state: answer?.state === 'done' ? 'sent' : 'queued', alertId: draft.id, commandId: id, capXml: r.capXml };
  };

  const cancel = async (a: AlertCancelArgs): Promise<AlertCancelResult> => {
    const me = deps.identity();
    if (!me) return { ok: false, reason: 'not connected to a hub yet: the hub has not said who this workstation is' };
    const snap = await deps.snapshot([NDMS_STREAMS.ops]);
    const orig = activeDraft(snap.streams.flatMap((s) => s.features), a.key);
    if (typeof orig === 'string') return { ok: false, reason: orig };
    const t = now();
    const id = newAlertId(t);
    const r = cancelAlert(orig.draft, { alertKey: a.key, id, sender: deps.sender ?? 'sitroom.local', user: me.name, sentMs: t, reason: a.reason, references: orig.references }, me.role);
    if (!r.ok) return r;
    const cmd = deps.submit(r.command);
    const answer = await deps.settled(cmd.id, 8000);
    if (answer?.state === 'rejected') return { ok: false, reason: `the hub refused it: ${answer.reason ?? 'no reason given'}` };
    return { ok: true, state: answer?.state === 'done' ? 'sent' : 'queued', cancelId: id, commandId: cmd.id, capXml: r.capXml };
  };

  return {
    'ndms:alerts': async (_args: Record<string, never>): Promise<AlertListResult> => {
      const index = await deps.index();
      list ??= new AlertList(index);
      const snap = await deps.snapshot([NDMS_STREAMS.alerts, NDMS_STREAMS.ops]);
      const features: LiveFeature[] = snap.streams.flatMap((s) => s.features);
      return { alerts: list.build(features) };
    },
    'ndms:draft-preview': preview,
    'ndms:alert-send': send,
    'ndms:alert-cancel': cancel,
    'ndms:damage-summary': async (_args: Record<string, never>): Promise<DamageSummaryResult> => {
      const index = await deps.index();
      const snap = await deps.snapshot([NDMS_STREAMS.damage]);
      const features = snap.streams.flatMap((s) => s.features);
      const demoRegions = new Set<string>();
      const s = summariseDamage(features.map((f) => ({ key: f.key, op: 'upsert' as const, props: f.props, geometry: f.geometry })), index);
      for (const f of features) {
        if (f.props['demo'] !== true && f.status === 'actual') continue;
        const g = f.geometry;
        const code = typeof f.props['sigunguCode'] === 'string' ? index.sigunguByCode10(f.props['sigunguCode'])?.sigungu.code : g?.type === 'Point' ? index.at(g.coordinates[0]!, g.coordinates[1]!)?.sigungu.code : undefined;
        if (code) demoRegions.add(code);
      }
      return { regions: s.regions.map(({ byCategory: _b, ...r }) => ({ ...r, demo: demoRegions.has(r.sigunguCode) })), unplaced: s.unplaced.length };
    },
  };
}
