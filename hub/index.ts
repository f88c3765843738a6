/** The hub's public surface for other layers (main/core's embedded use, the CLI, tests). */
export { createHub, type Hub, type HubHealth, type HubOptions, type HubLimits } from './server/create-hub.js';
export { createEmbeddedHub, LOCAL_USER, type EmbeddedHub } from './server/embedded.js';
export { UserStore, ROLES, type Role, type HubUser } from './auth/users.js';
export { EventLog, InputRefusedError, type AppendResult } from './log/event-log.js';
export { stateAt, compactAll, snapshotAtFloor, type RetentionPolicy } from './log/retention.js';
export type { Adapter, SourceDefinition, ParseResult } from './connectors/types.js';
export { adapters } from './connectors/adapters/index.js';
export type { ScenarioPlayer, ScenarioStatus } from './scenario/player.js';
