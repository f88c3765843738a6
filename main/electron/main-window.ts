/** The main window: secure options, remembered place and size, and no way to navigate away. */
import { BrowserWindow, screen } from 'electron';
import type { Core } from '../core/create-core.js';
import { APP_ENTRY_URL } from './policy/app-origin.js';
import { restoreBounds, windowStateFromLayout, windowStateToLayout } from './policy/window-bounds.js';
import { windowOptions } from './policy/window-options.js';

/** Open the main window where it was last time (if that display is still there). */
export async function openMainWindow(core: Core, preloadPath: string): Promise<BrowserWindow> {
  const settings = await core.handlers['settings:get']({});
  const saved = windowStateFromLayout(settings.layout);
  const bounds = saved ? restoreBounds(saved.bounds, screen.getAllDisplays().map((d) => d.workArea)) : null;
  const win = new BrowserWindow(windowOptions(preloadPath, bounds ?? undefined));
  if (saved?.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());

  // Save the normal (unmaximised) bounds and the maximised flag, debounced while dragging.
  let timer: NodeJS.Timeout | undefined;
  const save = (): void => {
    if (win.isDestroyed()) return;
    const layout = windowStateToLayout({ bounds: win.getNormalBounds(), maximized: win.isMaximized() });
    core.handlers['settings:update']({ layout }).catch((err: unknown) => console.error('saving window state failed', err));
  };
  const saveSoon = (): void => {
    clearTimeout(timer);
    timer = setTimeout(save, 500);
  };
  win.on('resize', saveSoon);
  win.on('move', saveSoon);
  win.on('maximize', saveSoon);
  win.on('unmaximize', saveSoon);
  win.on('close', () => {
    clearTimeout(timer);
    save();
  });

  await win.loadURL(APP_ENTRY_URL);
  return win;
}
