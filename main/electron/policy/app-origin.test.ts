import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isAllowedNavigation, isAllowedSender, resolveAppPath } from './app-origin.js';

let base: string;
let roots: { renderer: string; geo: string };

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'sitroom-app-path-'));
  roots = { renderer: join(base, 'app', 'renderer'), geo: join(base, 'app', 'geo') };
  mkdirSync(join(roots.renderer, 'assets'), { recursive: true });
  mkdirSync(join(roots.geo, 'glyphs', 'Noto Sans Regular'), { recursive: true });
  writeFileSync(join(roots.renderer, 'index.html'), '<!doctype html>');
  writeFileSync(join(roots.renderer, 'assets', 'main.js'), '');
  writeFileSync(join(roots.geo, 'manifest.json'), '{}');
  writeFileSync(join(roots.geo, 'glyphs', 'Noto Sans Regular', '0-255.pbf'), '');
  writeFileSync(join(base, 'secret.txt'), 'outside');
  writeFileSync(join(base, 'app', 'private.json'), 'outside');
  symlinkSync(join(base, 'secret.txt'), join(roots.renderer, 'escape.txt'));
  symlinkSync(base, join(roots.geo, 'up'));
  symlinkSync(join(roots.renderer, 'index.html'), join(roots.renderer, 'alias.html'));
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('resolveAppPath', () => {
  it('serves the renderer and geo-data from their folders', () => {
    expect(resolveAppPath(roots, 'app://sitroom/')).toBe(join(roots.renderer, 'index.html'));
    expect(resolveAppPath(roots, 'app://sitroom/index.html')).toBe(join(roots.renderer, 'index.html'));
    expect(resolveAppPath(roots, 'app://sitroom/assets/main.js?v=1#x')).toBe(join(roots.renderer, 'assets', 'main.js'));
    expect(resolveAppPath(roots, 'app://sitroom/geo/manifest.json')).toBe(join(roots.geo, 'manifest.json'));
    expect(resolveAppPath(roots, 'app://sitroom/geo/glyphs/Noto%20Sans%20Regular/0-255.pbf')).toBe(join(roots.geo, 'glyphs', 'Noto Sans Regular', '0-255.pbf'));
  });

  it('follows a symlink that stays inside its root', () => {
    expect(resolveAppPath(roots, 'app://sitroom/alias.html')).toBe(join(roots.renderer, 'index.html'));
  });

  it.each([
    'app://sitroom/../private.json',
    'app://sitroom/../../secret.txt',
    'app://sitroom/assets/../../private.json',
    'app://sitroom/%2e%2e/private.json',
    'app://sitroom/%2E%2E/%2e%2e/secret.txt',
    'app://sitroom/.%2e/private.json',
    'app://sitroom/geo/../renderer/index.html',
    'app://sitroom/geo/%2e%2e/private.json',
    'app://sitroom/..%2fprivate.json',
    'app://sitroom/..%2Fprivate.json',
    'app://sitroom/..\\private.json',
    'app://sitroom/..%5cprivate.json',
    'app://sitroom/assets%5c..%5c..%5cprivate.json',
    'app://sitroom//etc/passwd',
    'app://sitroom/%2fetc%2fpasswd',
    'app://sitroom/C:%5cWindows%5cwin.ini',
    'app://sitroom/c:/Windows/win.ini',
    'app://sitroom/index.html%00.png',
    'app://sitroom/index.html\u0000',
    'app://sitroom/%E0%A4%A',
    'app://sitroom/./index.html',
    'app://sitroom/escape.txt',
    'app://sitroom/geo/up/secret.txt',
    'app://sitroom/assets',
    'app://sitroom/missing.js',
    'app://other/index.html',
    'file:///etc/passwd',
    'https://sitroom/index.html',
  ])('refuses %s', (url) => {
    expect(resolveAppPath(roots, url)).toBeNull();
  });
});

describe('sender and navigation checks', () => {
  it('accepts only frames from app://sitroom', () => {
    expect(isAllowedSender('app://sitroom/index.html')).toBe(true);
    expect(isAllowedSender('app://sitroom/')).toBe(true);
    for (const url of ['https://example.com/', 'file:///index.html', 'app://evil/index.html', 'app://sitroom.evil.com/', 'app://user@sitroom/', 'app://sitroom:1234/', 'about:blank', 'data:text/html,x', '', undefined, null]) {
      expect(isAllowedSender(url)).toBe(false);
    }
  });

  it('blocks navigation anywhere but the app', () => {
    expect(isAllowedNavigation('app://sitroom/index.html')).toBe(true);
    expect(isAllowedNavigation('https://example.com/')).toBe(false);
    expect(isAllowedNavigation('file:///etc/passwd')).toBe(false);
    expect(isAllowedNavigation('javascript:alert(1)')).toBe(false);
    expect(isAllowedNavigation('not a url')).toBe(false);
  });
});
