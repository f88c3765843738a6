// Deliberately wrong: the renderer may import only main/common.
import { createCore } from '../../main/core/create-core.js';
export const core = createCore;
