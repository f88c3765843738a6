/**
 * The one IPC contract between the renderer and the main-process core.
 * Electron (preload + ipcMain) and the browser host (WebSocket) both carry exactly this.
 * Channels are `domain:verb`. Every invoke takes a single argument object validated with zod in main.
 */
import { z } from 'zod';
import { hubConnectArgsSchema, opsSubmitArgsSchema, type FeedsStatus, type OpsSubmitArgs, type SyncDiffEvent, type SyncSnapshotResult } from './live-sync.js';
import type { RegionCard, RegionHit, RegionSearchHit } from './region-types.js';
import { settingsPatchSchema, type HubConnection, type Settings, type SettingsPatch } from './settings.js';
import { streamNameSchema } from './events.js';
import { alertCancelArgsSchema, alertSendArgsSchema, draftPreviewArgsSchema, type AlertCancelArgs, type AlertCancelResult, type AlertListResult, type AlertSendArgs, type AlertSendResult, type DamageSummaryResult, type DraftPreview, type DraftPreviewArgs } from './ndms/alert-ipc.js';
import { reportAuditArgsSchema, type ReportAuditArgs, type ReportAuditEntry, type ReportsView } from './ndms/report-ipc.js';
import { aoiResolveArgsSchema, impactSummaryArgsSchema, type AoiResolveArgs, type ImpactSummaryArgs } from './panels/panels-ipc.js';
import type { ResolvedAoi } from './panels/aoi.js';
import type { ImpactChangedEvent, ImpactSummary } from './panels/impact-types.js';
import { forestAccessArgsSchema, forestDispatchArgsSchema, forestSpreadArgsSchema, type ForestAccessArgs, type ForestAccessResult, type ForestDispatchArgs, type ForestDispatchResult, type ForestSpreadArgs, type ForestSpreadResult } from './forest/forest-ipc.js';

/** Information about the running app and its data. */
export interface AppInfo {
  version: string;
  /** 'electron' or 'browser-host'. */
  shell: 'electron' | 'browser-host';
  /** Attributions of the bundled data, shown in the app. */
  attributions: Array<{ name: string; licence: string; attribution: string; url: string }>;
}

/** Request/response channels: args and result of each. */
export interface Invokes {
  'app:info': { args: Record<string, never>; result: AppInfo };
  'region:at': { args: { lon: number; lat: number }; result: RegionHit | null };
  'region:card': { args: { level: 'sido' | 'sigungu' | 'emd'; code: string }; result: RegionCard | null };
  'region:search': { args: { query: string; limit?: number | undefined }; result: RegionSearchHit[] };
  'settings:get': { args: Record<string, never>; result: Settings };
  'settings:update': { args: SettingsPatch; result: Settings };
  /** Current state of the listed streams (all when absent) from the local store; see live-sync.ts. */
  'sync:snapshot': { args: { streams?: string[] | undefined }; result: SyncSnapshotResult };
  /** Per-stream freshness, the hub connection, and whether this is an exercise (demo hub). */
  'feeds:status': { args: Record<string, never>; result: FeedsStatus };
  /** Stores an operator command in the outbox (sent with acks and retries); returns its id. */
  'ops:submit': { args: OpsSubmitArgs; result: { id: string } };
  /** Switches the hub (persisted in settings); resolves once the switch has started, with the new status. */
  'hub:connect': { args: HubConnection; result: FeedsStatus };
  /** A fire's 1/3/6-hour spread ellipses under the operator's wind (null: no such fire); see forest/forest-ipc.ts. */
  'forest:spread': { args: ForestSpreadArgs; result: ForestSpreadResult | null };
  /** Available helicopters for a fire by ETA (null: no such fire). */
  'forest:dispatch-options': { args: ForestDispatchArgs; result: ForestDispatchResult | null };
  /** Crew access to a fire over the open forest roads (null: no such fire); see forest/forest-ipc.ts. */
  'forest:access-route': { args: ForestAccessArgs; result: ForestAccessResult | null };
  /** An area of interest (drawn polygon, N km buffer, region) resolved to its area, km² and overlapped sigungu; see panels/panels-ipc.ts. */
  'aoi:resolve': { args: AoiResolveArgs; result: ResolvedAoi };
  /** What is inside an area across every domain and panel (adults, shelters, roads, ...); see panels/impact-types.ts. */
  'impact:summary': { args: ImpactSummaryArgs; result: ImpactSummary };
  /** Situation reports replayed from the local store's event log (state, ack/resolve, history); see ndms/report-ipc.ts. */
  'ndms:reports': { args: Record<string, never>; result: ReportsView };
  /** One report's audit trail: every logged version and operator step, oldest first. */
  'ndms:report-audit': { args: ReportAuditArgs; result: ReportAuditEntry[] };
  /** Disaster text alerts (ndms.alerts + drafted alert.send) with target areas and adults; see ndms/alert-ipc.ts. */
  'ndms:alerts': { args: Record<string, never>; result: AlertListResult };
  /** What a draft reaches (regions, adults, area) and its lengths as the channel counts them. */
  'ndms:draft-preview': { args: DraftPreviewArgs; result: DraftPreview };
  /** Sends a draft (supervisors only): CAP 1.2 + ops.ndms alert.send through the outbox. */
  'ndms:alert-send': { args: AlertSendArgs; result: AlertSendResult };
  /** Cancels a drafted alert (supervisors only, reason required): CAP Cancel + ops.ndms alert.cancel. */
  'ndms:alert-cancel': { args: AlertCancelArgs; result: AlertCancelResult };
  /** Damage summed per sigungu with each region's recovery status. */
  'ndms:damage-summary': { args: Record<string, never>; result: DamageSummaryResult };
}

/** Main → renderer events and their payloads. */
export interface Events {
  'settings:changed': Settings;
  /** Coalesced store changes, a few per second at most. */
  'sync:diff': SyncDiffEvent;
  /** The feeds' freshness or the connection changed (a stream going down is sent at once). */
  'feeds:changed': FeedsStatus;
  /** Live data behind impact summaries changed (≤ 1/s): an open impact view asks impact:summary again. */
  'impact:changed': ImpactChangedEvent;
}

export type InvokeChannel = keyof Invokes;
export type EventChannel = keyof Events;
export type InvokeArgs<K extends InvokeChannel> = Invokes[K]['args'];
export type InvokeResult<K extends InvokeChannel> = Invokes[K]['result'];

const empty = z.object({}).strict();
const lonLat = z.object({ lon: z.number().finite().min(-180).max(180), lat: z.number().finite().min(-90).max(90) }).strict();

/** zod schema for every invoke's argument: main validates before calling a handler. */
export const invokeArgSchemas: { [K in InvokeChannel]: z.ZodType<InvokeArgs<K>> } = {
  'app:info': empty,
  'region:at': lonLat,
  'region:card': z.object({ level: z.enum(['sido', 'sigungu', 'emd']), code: z.string().regex(/^\d{2,10}$/) }).strict(),
  'region:search': z.object({ query: z.string().max(100), limit: z.number().int().min(1).max(50).optional() }).strict(),
  'settings:get': empty,
  'settings:update': settingsPatchSchema.strict(),
  'sync:snapshot': z.object({ streams: z.array(streamNameSchema).max(200).optional() }).strict(),
  'feeds:status': empty,
  'ops:submit': opsSubmitArgsSchema,
  'hub:connect': hubConnectArgsSchema,
  'forest:spread': forestSpreadArgsSchema,
  'forest:dispatch-options': forestDispatchArgsSchema,
  'forest:access-route': forestAccessArgsSchema,
  'aoi:resolve': aoiResolveArgsSchema,
  'impact:summary': impactSummaryArgsSchema,
  'ndms:reports': empty,
  'ndms:report-audit': reportAuditArgsSchema,
  'ndms:alerts': empty,
  'ndms:draft-preview': draftPreviewArgsSchema,
  'ndms:alert-send': alertSendArgsSchema,
  'ndms:alert-cancel': alertCancelArgsSchema,
  'ndms:damage-summary': empty,
};

export const invokeChannels = Object.keys(invokeArgSchemas) as InvokeChannel[];
// A record, so an event channel added to Events but not listed here is a compile error (and every
// shell that forwards `eventChannels` forwards it).
const eventChannelSet: { [K in EventChannel]: true } = { 'settings:changed': true, 'sync:diff': true, 'feeds:changed': true, 'impact:changed': true };
export const eventChannels = Object.keys(eventChannelSet) as EventChannel[];

/** Handlers bound in main: a missing channel is a compile error. */
export type InvokeHandlers = { [K in InvokeChannel]: (args: InvokeArgs<K>) => Promise<InvokeResult<K>> };

/** What the renderer sees (window.sitroom in Electron, a WebSocket client in the browser host). */
export interface SitroomApi {
  invoke<K extends InvokeChannel>(channel: K, args: InvokeArgs<K>): Promise<InvokeResult<K>>;
  on<K extends EventChannel>(channel: K, listener: (payload: Events[K]) => void): () => void;
}

/** Validate an invoke's arguments; throws a readable error naming the channel. */
export function parseInvokeArgs<K extends InvokeChannel>(channel: K, args: unknown): InvokeArgs<K> {
  const schema = invokeArgSchemas[channel] as z.ZodType<InvokeArgs<K>> | undefined;
  if (!schema) throw new Error(`unknown channel ${String(channel)}`);
  const parsed = schema.safeParse(args ?? {});
  if (!parsed.success) throw new Error(`invalid arguments for ${channel}: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'} ${i.message}`).join('; ')}`);
  return parsed.data;
}

export function isInvokeChannel(value: unknown): value is InvokeChannel {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(invokeArgSchemas, value);
}
