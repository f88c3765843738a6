// Deliberately wrong: main/common is pure TypeScript shared with the renderer.
import { join } from 'node:path';
export const j = join;
