import { panelWindowId, windowOpenDecision } from './panel-window';

describe('detached panel windows (Electron window.open policy)', () => {
  it('allows only the app page with a single panel id', () => {
    expect(panelWindowId('app://sitroom/index.html?panel=synthetic')).toBe('synthetic');
    expect(panelWindowId('app://sitroom/index.html?panel=food-safety')).toBe('food-safety');
    for (const bad of [
      'https://example.com/index.html?panel=x',
      'app://other/index.html?panel=x',
      'app://sitroom/index.html',
      'app://sitroom/index.html?panel=x&secret=1',
      'app://sitroom/index.html?panel=../x',
      'app://sitroom/other.html?panel=x',
      'app://user@sitroom/index.html?panel=x',
      'javascript:alert(1)',
    ])
      expect(panelWindowId(bad), bad).toBeNull();
  });

  it('opens it with the secure options and the preload, shown', () => {
    const d = windowOpenDecision('app://sitroom/index.html?panel=synthetic', '/app/preload.cjs');
    expect(d.action).toBe('allow');
    if (d.action !== 'allow') return;
    expect(d.overrideBrowserWindowOptions.show).toBe(true);
    expect(d.overrideBrowserWindowOptions.webPreferences).toMatchObject({ preload: '/app/preload.cjs', sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(windowOpenDecision('https://example.com/', '/p').action).toBe('deny');
  });
});
