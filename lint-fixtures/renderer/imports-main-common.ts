// Allowed: the renderer may import the contract's types from main/common (control case, no error).
import type { SitroomApi } from '../../main/common/ipc-contract.js';
export type Api = SitroomApi;
