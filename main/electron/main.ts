/**
 * Electron main process: lifecycle, the app:// origin, the IPC binding and the main window.
 * The security decisions live in policy/ as plain functions tested under Node; this file wires them up.
 * It is type-checked here but can only run where the Electron binary exists (see README).
 */
import { app, BrowserWindow, session } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { defaultAppDirs } from '../core/app-paths.js';
import { createCore, type Core } from '../core/create-core.js';
import { SQLITE_BINDING_ENV } from '../core/sqlite-binding.js';
import { handleAppProtocol, registerAppScheme } from './app-protocol.js';
import { bindIpc } from './ipc-binding.js';
import { openMainWindow } from './main-window.js';
import { isAllowedNavigation } from './policy/app-origin.js';
import { isAllowedPermission } from './policy/window-options.js';
import { windowOpenDecision } from './policy/panel-window.js';

const SQLITE_NODE = join('better-sqlite3', 'build', 'Release', 'better_sqlite3.node');

/** Where the app's folders are, in a checkout (npm start) and when packaged by electron-builder. */
function appDirs(): { appRoot: string; rendererDir: string; geoDataDir: string; preloadPath: string; sqliteBinding: string } {
  const appRoot = app.getAppPath();
  const dev = defaultAppDirs(appRoot);
  return {
    appRoot,
    rendererDir: dev.rendererDir,
    geoDataDir: app.isPackaged ? join(process.resourcesPath, 'geo-data') : dev.geoDataDir,
    preloadPath: join(appRoot, 'dist', 'main', 'preload', 'preload.cjs'),
    sqliteBinding: app.isPackaged ? join(process.resourcesPath, 'native', SQLITE_NODE) : join(appRoot, 'native', 'electron-build', SQLITE_NODE),
  };
}

/** `preloadPath()`: known once the app is ready; detached panel windows get the same preload. */
function hardenContents(preloadPath: () => string): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAllowedNavigation(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAllowedNavigation(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    // Only a detached panel of the app itself (index.html?panel=<id>) may open, as a real window.
    contents.setWindowOpenHandler(({ url }) => windowOpenDecision(url, preloadPath()));
  });
}

async function start(): Promise<void> {
  registerAppScheme();
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  let preloadPath = '';
  hardenContents(() => preloadPath);
  await app.whenReady();

  const dirs = appDirs();
  preloadPath = dirs.preloadPath;
  // The core opens SQLite with the Electron-ABI build when one was rebuilt (native/rebuild-electron.mjs).
  if (existsSync(dirs.sqliteBinding)) process.env[SQLITE_BINDING_ENV] = dirs.sqliteBinding;
  session.defaultSession.setPermissionRequestHandler((_wc, permission, callback) => callback(isAllowedPermission(permission)));
  session.defaultSession.setPermissionCheckHandler((_wc, permission) => isAllowedPermission(permission));
  const core: Core = await createCore({ dataDir: app.getPath('userData'), geoDataDir: dirs.geoDataDir, shell: 'electron', appRoot: dirs.appRoot });
  // After the core: the CSP admits the camera origins of the settings file (its.cctvOrigins).
  handleAppProtocol({ renderer: dirs.rendererDir, geo: dirs.geoDataDir }, (await core.handlers['settings:get']({})).its?.cctvOrigins ?? []);
  const unbind = bindIpc(core);
  let win = await openMainWindow(core, dirs.preloadPath);

  app.on('second-instance', () => {
    if (win.isDestroyed()) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void openMainWindow(core, dirs.preloadPath).then((w) => (win = w));
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  let closing = false;
  app.on('will-quit', (event) => {
    if (closing) return;
    closing = true;
    event.preventDefault();
    unbind();
    void core.close().finally(() => app.quit());
  });
}

start().catch((err: unknown) => {
  console.error('Situation Room failed to start:', err);
  app.exit(1);
});
