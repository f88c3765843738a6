// The assembled core against the real generated geo-data and a temp data folder.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Settings } from '../common/settings.js';
import { defaultAppDirs, findAppRoot } from './app-paths.js';
import { bindInvoke } from './bind-invoke.js';
import { createCore } from './create-core.js';

let dataDir: string;
const { geoDataDir } = defaultAppDirs();

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'sitroom-core-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

describe('createCore', () => {
  it('answers app:info with the package version, the shell and the data attributions', async () => {
    const core = await createCore({ dataDir, geoDataDir, shell: 'electron' });
    const info = await core.handlers['app:info']({});
    const pkg = JSON.parse(readFileSync(join(findAppRoot(), 'package.json'), 'utf8')) as { version: string };
    expect(info.version).toBe(pkg.version);
    expect(info.shell).toBe('electron');
    expect(info.attributions.map((a) => a.attribution).join('\n')).toMatch(/Statistics Korea/);
    expect(info.attributions.map((a) => a.attribution).join('\n')).toMatch(/Natural Earth/);
    await core.close();
  });

  it('delegates region calls to the region index', async () => {
    const core = await createCore({ dataDir, geoDataDir, shell: 'browser-host' });
    const hit = await bindInvoke(core.handlers, 'region:at', { lon: 126.9784, lat: 37.5796 });
    expect(hit).toMatchObject({ sido: { name: '서울특별시' }, sigungu: { name: '종로구', code: '11110' } });
    const card = await core.handlers['region:card']({ level: 'sigungu', code: '11110' });
    expect(card).toMatchObject({ name: '종로구', level: 'sigungu' });
    const found = await core.handlers['region:search']({ query: 'Jongno' });
    expect(found.some((h) => h.name === '종로구')).toBe(true);
    await core.close();
  });

  it('reports a missing geo-data folder on region calls without failing to start', async () => {
    const core = await createCore({ dataDir, geoDataDir: join(dataDir, 'no-geo-data'), shell: 'browser-host' });
    expect((await core.handlers['settings:get']({})).language).toBe('ko');
    await expect(core.handlers['region:at']({ lon: 127, lat: 37 })).rejects.toThrow();
    await core.close();
  });

  it('persists settings, emits settings:changed, and restores them in the next core', async () => {
    const core = await createCore({ dataDir, geoDataDir, shell: 'browser-host' });
    const seen: Settings[] = [];
    const off = core.on('settings:changed', (s) => seen.push(s));
    await core.handlers['settings:update']({ language: 'en', layout: { 'window.width': 1300 } });
    off();
    await core.handlers['settings:update']({ theme: 'light' });
    expect(seen.map((s) => s.language)).toEqual(['en']);
    await core.close();
    const next = await createCore({ dataDir, geoDataDir, shell: 'browser-host' });
    expect(await next.handlers['settings:get']({})).toMatchObject({ language: 'en', theme: 'light', layout: { 'window.width': 1300 } });
    await next.close();
  });
});
