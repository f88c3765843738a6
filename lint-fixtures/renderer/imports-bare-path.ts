// Deliberately wrong: a bare Node builtin name is still Node.
import { join } from 'path';
export const j = join;
