// Deliberately wrong: the renderer has no Node APIs.
import { readFileSync } from 'node:fs';
export const read = readFileSync;
