/**
 * Which compiled better-sqlite3 to load. Under Node (tests, CLI, browser host) the one in
 * node_modules, built for Node's ABI. Under Electron the shell sets SITROOM_SQLITE_BINDING to the copy
 * rebuilt for Electron's ABI (native/electron-build, or resources/ when packaged), and whoever opens a
 * database passes it as better-sqlite3's `nativeBinding` option, so the Node build is never replaced.
 */
export const SQLITE_BINDING_ENV = 'SITROOM_SQLITE_BINDING';

/** The `nativeBinding` path to give better-sqlite3, or undefined for its default (Node) build. */
export function sqliteNativeBinding(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const value = env[SQLITE_BINDING_ENV];
  return value && value.length > 0 ? value : undefined;
}
