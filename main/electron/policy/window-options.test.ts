import { isAllowedPermission, windowOptions } from './window-options.js';
import { restoreBounds, windowStateFromLayout, windowStateToLayout } from './window-bounds.js';

describe('windowOptions', () => {
  it('follows the Electron security checklist', () => {
    const opts = windowOptions('/app/dist/main/preload/preload.cjs');
    expect(opts.webPreferences).toMatchObject({
      preload: '/app/dist/main/preload/preload.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
    });
    expect(opts.show).toBe(false);
  });

  it('uses remembered bounds when given', () => {
    expect(windowOptions('/p.cjs', { x: 10, y: 20, width: 1000, height: 700 })).toMatchObject({ x: 10, y: 20, width: 1000, height: 700 });
    expect(windowOptions('/p.cjs')).not.toHaveProperty('x');
  });

  it('grants notifications (native alerts for critical reports) and no other web permission', () => {
    for (const p of ['media', 'geolocation', 'openExternal', 'clipboard-read', 'clipboard-sanitized-write', 'midi', 'pointerLock', 'fullscreen']) expect(isAllowedPermission(p)).toBe(false);
    expect(isAllowedPermission('notifications')).toBe(true);
  });
});

describe('window bounds across restarts and monitors', () => {
  const primary = { x: 0, y: 0, width: 1920, height: 1040 };
  const right = { x: 1920, y: 0, width: 2560, height: 1400 };

  it('round-trips through settings.layout without touching other keys', () => {
    const layout = { 'panel.left': 320, ...windowStateToLayout({ bounds: { x: 1950.4, y: 10, width: 1200, height: 800 }, maximized: true }) };
    expect(windowStateFromLayout(layout)).toEqual({ bounds: { x: 1950, y: 10, width: 1200, height: 800 }, maximized: true });
    expect(windowStateFromLayout({ 'panel.left': 320 })).toBeNull();
    expect(windowStateFromLayout({ 'window.x': 1, 'window.y': 1, 'window.width': 0, 'window.height': 5 })).toBeNull();
  });

  it('keeps a window on the second monitor while it is connected', () => {
    expect(restoreBounds({ x: 2000, y: 100, width: 1600, height: 900 }, [primary, right])).toEqual({ x: 2000, y: 100, width: 1600, height: 900 });
  });

  it('falls back to defaults when that monitor is gone', () => {
    expect(restoreBounds({ x: 2000, y: 100, width: 1600, height: 900 }, [primary])).toBeNull();
  });

  it('pulls a window that hangs off the edge back onto its display and shrinks it to fit', () => {
    expect(restoreBounds({ x: 400, y: -50, width: 1800, height: 1200 }, [primary])).toEqual({ x: 120, y: 0, width: 1800, height: 1040 });
  });
});
