/** Options and limits of createHub. */
import type { ForestRegionLookup } from '../../main/common/forest/region-lookup.js';
import type { RetentionPolicy } from '../log/retention.js';
import type { ConnectorOptions, SourceDefinition } from '../connectors/runner.js';

/** Protective limits and batching; every field has a default. */
export interface HubLimits {
  /** socket.io hard frame limit; a bigger frame closes the connection. */
  maxHttpBufferSize: number;
  /** Commands over this size are refused with a reason and the connection stays up. */
  maxCommandBytes: number;
  /** Per-socket token bucket for commands and backfills. */
  ratePerSecond: number;
  rateBurst: number;
  liveBatchDelayMs: number;
  liveBatchMax: number;
  replayBatchSize: number;
  maxQueuedPackets: number;
  compactEveryMs: number;
  /** Period of the `sync:heads` heartbeat to live clients. */
  headsEveryMs: number;
  maxAdminBodyBytes: number;
  /** Period of the NIRS feed-health records on `panels.nirs` (hubs with panel data). (Additive.) */
  nirsEveryMs: number;
  /** Delay before the panels' datasets are seeded after start (hubs with panel data). (Additive.) */
  panelDataDelayMs: number;
}

export const DEFAULT_LIMITS: HubLimits = {
  maxHttpBufferSize: 4 * 1024 * 1024,
  maxCommandBytes: 64 * 1024,
  ratePerSecond: 50,
  rateBurst: 200,
  liveBatchDelayMs: 50,
  liveBatchMax: 1000,
  replayBatchSize: 1000,
  maxQueuedPackets: 8,
  compactEveryMs: 60_000,
  headsEveryMs: 5_000,
  maxAdminBodyBytes: 64 * 1024 * 1024,
  nirsEveryMs: 60_000,
  panelDataDelayMs: 1500,
};

/** How to start a hub. */
export interface HubOptions {
  dataDir: string;
  /** 0 or absent: a random free port. */
  port?: number;
  /** Default 127.0.0.1 (embedded); a control-room hub passes 0.0.0.0. */
  host?: string;
  /** PEM files; when set the hub serves https/wss. */
  tls?: { cert: string; key: string };
  /** `demo` for the built-in day, or a path to an NDJSON timeline. */
  scenario?: string;
  scenarioSeed?: number;
  /** Road links for the demo day's traffic (default: the package's geo-data/out/roads/links.geojson; null: none). */
  roadLinksFile?: string | null;
  /** Start the timeline over when it ends (default true). */
  scenarioLoop?: boolean;
  /**
   * Fly assigned helicopters (hub/forest/helicopter-sim.ts): default on when a scenario plays, off
   * otherwise (a real hub takes positions from its tracking feed).
   */
  helicopterSim?: boolean;
  /**
   * Seed the service panels' datasets (hub/scenario/demo/seed-panels.ts): default on with the demo
   * scenario (real and demo datasets); on a hub without the demo, only the real ones (statistics, legal
   * articles). (Additive.)
   */
  panelData?: boolean;
  /** geo-data output for the panel datasets (default: the package's geo-data/out). (Additive.) */
  geoDataDir?: string | null;
  /** Scenario speed factor (1 = real time). */
  speed?: number;
  /** Retained window; absent: keep everything. */
  retention?: RetentionPolicy;
  limits?: Partial<HubLimits>;
  sources?: SourceDefinition[];
  /**
   * Sigungu names and codes for the forest adapters the scenario plays through (`loadRegionIndex` from
   * main/core/region satisfies it; the hub cannot import it, so the caller passes it). Absent: regions
   * from code fields only and name-only landslide / danger records are rejected.
   */
  regionLookup?: ForestRegionLookup;
  connectorOptions?: Partial<ConnectorOptions>;
  /** Test hook: caps the database size in pages to simulate a full disk. */
  maxPageCount?: number;
  /** better-sqlite3's compiled addon (an embedding Electron process passes its own ABI build). */
  nativeBinding?: string | undefined;
  now?: () => number;
  logger?: (msg: string) => void;
}
