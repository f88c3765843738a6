// its.cctvOrigins: read from the settings file an administrator writes, validated as bare origins,
// and out of reach of settings:update (the renderer must not widen its own CSP).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { settingsPatchSchema, settingsSchema, getDefaultSettings } from '../common/settings.js';
import { openSettingsStore, SETTINGS_FILE } from './settings-store.js';

describe('ITS camera origins in the settings', () => {
  let tmp: string;
  beforeEach(() => (tmp = mkdtempSync(join(tmpdir(), 'sitroom-settings-its-'))));
  afterEach(() => rmSync(tmp, { recursive: true, force: true }));

  it('are read from the settings file and kept across other updates', async () => {
    mkdirSync(tmp, { recursive: true });
    writeFileSync(join(tmp, SETTINGS_FILE), JSON.stringify({ theme: 'light', its: { cctvOrigins: ['http://127.0.0.1:8123'] } }));
    const store = await openSettingsStore(tmp, () => undefined);
    expect(store.get().its).toEqual({ cctvOrigins: ['http://127.0.0.1:8123'] });
    await store.update({ language: 'en' });
    expect(store.get().its).toEqual({ cctvOrigins: ['http://127.0.0.1:8123'] });
  });

  it('are bare http(s) origins: a path, a wildcard or another scheme is refused', () => {
    const ok = (o: string) => settingsSchema.safeParse({ ...getDefaultSettings(), its: { cctvOrigins: [o] } }).success;
    expect(ok('https://cctv.example.go.kr')).toBe(true);
    expect(ok('http://[::1]:8080')).toBe(true);
    for (const bad of ['https://cctv.example.go.kr/', 'https://*.example.go.kr', 'ftp://x.example', 'javascript:alert(1)', "https://a.example 'unsafe-inline'"]) expect(ok(bad), bad).toBe(false);
  });

  it('cannot be changed through settings:update', () => {
    // The patch schema drops the field (unknown keys are stripped), so nothing of it reaches the store.
    // The IPC contract validates settings:update strictly: a patch naming `its` is refused.
    expect(settingsPatchSchema.strict().safeParse({ its: { cctvOrigins: ['https://evil.example'] } }).success).toBe(false);
    expect(settingsPatchSchema.parse({ theme: 'dark', its: { cctvOrigins: ['https://evil.example'] } })).toEqual({ theme: 'dark' });
  });
});
