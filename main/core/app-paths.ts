/**
 * Where the app's own files are: the folder holding package.json (the repository in development,
 * the app folder or asar archive when packaged), the built renderer and the generated geo-data.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_NAME = 'situation-room';

/**
 * Walk up from a module's URL to the folder whose package.json is this app's. Works from the sources
 * (main/core/…) under tsx/vitest and from the build (dist/main/core/…) alike.
 */
export function findAppRoot(fromUrl: string = import.meta.url): string {
  let dir = dirname(fileURLToPath(fromUrl));
  for (;;) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate)) {
      try {
        const pkg = JSON.parse(readFileSync(candidate, 'utf8')) as { name?: unknown };
        if (pkg.name === PACKAGE_NAME) return dir;
      } catch {
        // not ours or unreadable: keep walking up
      }
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find the ${PACKAGE_NAME} package.json above ${fromUrl}`);
    dir = parent;
  }
}

/** The app's version from its package.json. */
export function readAppVersion(appRoot: string): string {
  const pkg = JSON.parse(readFileSync(join(appRoot, 'package.json'), 'utf8')) as { version?: unknown };
  return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
}

/** Default folders in a development tree or an unpacked build. */
export function defaultAppDirs(appRoot: string = findAppRoot()): { appRoot: string; rendererDir: string; geoDataDir: string } {
  return { appRoot, rendererDir: join(appRoot, 'dist', 'renderer'), geoDataDir: join(appRoot, 'geo-data', 'out') };
}
