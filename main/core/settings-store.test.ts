import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDefaultSettings, type Settings } from '../common/settings.js';
import { openSettingsStore, SETTINGS_FILE } from './settings-store.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitroom-settings-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('settings store', () => {
  it('starts from the defaults and persists updates across reopen', async () => {
    const changes: Settings[] = [];
    const store = await openSettingsStore(dir, (s) => changes.push(s));
    expect(store.get()).toEqual(getDefaultSettings());
    await store.update({ language: 'en', theme: 'light' });
    expect(changes.map((c) => c.language)).toEqual(['en']);
    const reopened = await openSettingsStore(dir, () => undefined);
    expect(reopened.get()).toMatchObject({ language: 'en', theme: 'light' });
    expect(JSON.parse(readFileSync(join(dir, SETTINGS_FILE), 'utf8'))).toMatchObject({ language: 'en' });
  });

  it('merges layout and layers key by key so the shell and the renderer do not erase each other', async () => {
    const store = await openSettingsStore(dir, () => undefined);
    await store.update({ layout: { 'window.width': 1200 } });
    await store.update({ layout: { 'panel.left': 300 }, layers: { 'k-geo:sido': { visible: true, opacity: 1 } } });
    expect(store.get().layout).toEqual({ 'window.width': 1200, 'panel.left': 300 });
    expect(store.get().layers).toEqual({ 'k-geo:sido': { visible: true, opacity: 1 } });
  });

  it('keeps the last of many quick updates and leaves no temp files', async () => {
    const store = await openSettingsStore(dir, () => undefined);
    await Promise.all(Array.from({ length: 20 }, (_, i) => store.update({ mapView: { center: [127, 36], zoom: i, bearing: 0, pitch: 0 } })));
    const reopened = await openSettingsStore(dir, () => undefined);
    expect(reopened.get().mapView.zoom).toBe(19);
    expect(readdirSync(dir)).toEqual([SETTINGS_FILE]);
  });

  it('refuses an invalid patch without writing', async () => {
    const store = await openSettingsStore(dir, () => undefined);
    await expect(store.update({ theme: 'neon' } as unknown as Settings)).rejects.toThrow();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('sets an unreadable file aside and starts from the defaults', async () => {
    writeFileSync(join(dir, SETTINGS_FILE), '{"language": "fr"');
    const store = await openSettingsStore(dir, () => undefined);
    expect(store.get()).toEqual(getDefaultSettings());
    expect(readdirSync(dir).some((f) => f.startsWith(`${SETTINGS_FILE}.invalid-`))).toBe(true);
  });

  it('takes defaults for fields missing from an older file', async () => {
    writeFileSync(join(dir, SETTINGS_FILE), JSON.stringify({ language: 'en' }));
    const store = await openSettingsStore(dir, () => undefined);
    expect(store.get()).toEqual({ ...getDefaultSettings(), language: 'en' });
  });
});
