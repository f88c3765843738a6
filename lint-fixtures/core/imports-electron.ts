// Deliberately wrong: main/core runs under plain Node, where electron throws.
import { app } from 'electron';
export const electronApp = app;
