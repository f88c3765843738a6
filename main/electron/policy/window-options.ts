/**
 * BrowserWindow options written to the Electron security checklist. Typed structurally (no electron
 * import) so this stays testable under plain Node; main.ts passes the result to `new BrowserWindow`.
 */

/** The subset of Electron's WebPreferences we set, each on purpose. */
export interface SecureWebPreferences {
  preload: string;
  sandbox: true;
  contextIsolation: true;
  nodeIntegration: false;
  nodeIntegrationInWorker: false;
  nodeIntegrationInSubFrames: false;
  webSecurity: true;
  allowRunningInsecureContent: false;
  webviewTag: false;
  experimentalFeatures: false;
  navigateOnDragDrop: false;
  spellcheck: false;
  safeDialogs: true;
}

/** Window geometry and preferences for the main window. */
export interface MainWindowOptions {
  width: number;
  height: number;
  x?: number;
  y?: number;
  minWidth: number;
  minHeight: number;
  show: false;
  backgroundColor: string;
  title: string;
  autoHideMenuBar: boolean;
  webPreferences: SecureWebPreferences;
}

/** Options for a window loading the renderer; shown once ready so no white flash on a dark theme. */
export function windowOptions(preloadPath: string, bounds?: { x?: number; y?: number; width: number; height: number }): MainWindowOptions {
  return {
    width: bounds?.width ?? 1440,
    height: bounds?.height ?? 900,
    ...(bounds?.x !== undefined && bounds.y !== undefined ? { x: bounds.x, y: bounds.y } : {}),
    minWidth: 800,
    minHeight: 560,
    show: false,
    backgroundColor: '#0b1220',
    title: 'Situation Room',
    autoHideMenuBar: true,
    webPreferences: {
      preload: preloadPath,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
    },
  };
}

/**
 * Permissions the renderer may be granted: only `notifications`, so the renderer's Notification API
 * raises native notifications for unacknowledged critical situation reports. No camera, microphone,
 * geolocation, clipboard or external-open by web API.
 */
export function isAllowedPermission(permission: string): boolean {
  return permission === 'notifications';
}
