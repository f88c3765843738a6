// Which store serves which hub: a store synced from one hub address is never reused for another
// (its cursors belong to that hub), and the exercise store never survives the loss of its hub log.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeEvent } from '../store/testing/make-event.js';
import { exercisePaths, normaliseHubUrl, openExerciseStore, openRemoteStore } from './store-files.js';

let dir: string;
const log: string[] = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitroom-store-files-'));
  log.length = 0;
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('store files per hub', () => {
  it('keeps the store for the same hub and sets it aside for another', () => {
    let store = openRemoteStore(dir, 'http://Hub.Example:80/', undefined, (m) => log.push(m));
    store.applyBatch([makeEvent('forest.fires', 1)]);
    store.close();
    store = openRemoteStore(dir, 'http://hub.example', undefined, (m) => log.push(m));
    expect(store.cursor('forest.fires')).toBe(1);
    store.close();
    store = openRemoteStore(dir, 'https://other.example:8443', undefined, (m) => log.push(m));
    expect(store.cursor('forest.fires')).toBe(0);
    store.close();
    expect(log.join('\n')).toMatch(/was synced from http:\/\/hub\.example\/, not https:\/\/other\.example:8443\//);
    expect(readdirSync(dir).some((f) => f.startsWith('store.sqlite.other-hub-'))).toBe(true);
  });

  it('sets the exercise store aside when the demo hub log is gone', () => {
    const paths = exercisePaths(dir);
    mkdirSync(paths.hubDir, { recursive: true });
    writeFileSync(join(paths.hubDir, 'hub.db'), '');
    let store = openExerciseStore(dir, undefined, (m) => log.push(m));
    store.applyBatch([makeEvent('its.traffic', 1)]);
    store.close();
    rmSync(join(paths.hubDir, 'hub.db'));
    store = openExerciseStore(dir, undefined, (m) => log.push(m));
    expect(store.cursor('its.traffic')).toBe(0);
    store.close();
    expect(log.join('\n')).toMatch(/log is gone/);
    expect(existsSync(paths.store)).toBe(true);
  });

  it('normalises hub addresses for comparison', () => {
    expect(normaliseHubUrl('HTTP://127.0.0.1:80')).toBe('http://127.0.0.1/');
    expect(normaliseHubUrl('not a url')).toBe('not a url');
  });
});
