/**
 * Maps a request path to a file under the app's folders, refusing anything that could leave them.
 * Used by the Electron `app://` handler and by the browser host's HTTP server.
 *
 * `/geo/…` is served from the generated geo-data, everything else from the built renderer.
 */
import { realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';

/** The folders files are served from. */
export interface StaticRoots {
  /** The built renderer (dist/renderer). */
  renderer: string;
  /** The generated geo-data (geo-data/out, or resources/geo-data when packaged). */
  geo: string;
}

const GEO_PREFIX = '/geo/';

/**
 * Decode a raw URL path and check every segment. Returns the safe segments, or null when the path has
 * anything a traversal could use: `..` or `.` segments (plain or percent-encoded), backslashes, null
 * bytes, drive letters, empty segments (`//`), or malformed escapes.
 */
export function safeSegments(rawPath: string): string[] | null {
  if (!rawPath.startsWith('/')) return null;
  const rawSegments = rawPath.slice(1).split('/');
  const segments: string[] = [];
  for (const raw of rawSegments) {
    let seg: string;
    try {
      seg = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (seg === '' || seg === '.' || seg === '..') return null;
    // A decoded slash would smuggle a separator into one segment.
    if (/[\\/\0:]/.test(seg)) return null;
    // Control characters have no business in our file names.
    if (/[\u0000-\u001f\u007f]/.test(seg)) return null;
    segments.push(seg);
  }
  return segments;
}

function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) && !rel.split(sep).includes('..');
}

/**
 * Resolve a raw request path (without query or fragment) to an existing regular file under the roots,
 * or null (the caller answers 404). Symbolic links are followed only if they stay inside their root.
 */
export function resolveStaticPath(roots: StaticRoots, rawPath: string): string | null {
  const path = rawPath === '/' ? '/index.html' : rawPath;
  const isGeo = path.startsWith(GEO_PREFIX);
  const root = isGeo ? roots.geo : roots.renderer;
  const segments = safeSegments(isGeo ? path.slice(GEO_PREFIX.length - 1) : path);
  if (!segments || segments.length === 0) return null;
  const candidate = join(root, ...segments);
  if (!inside(root, candidate)) return null;
  let real: string;
  let realRoot: string;
  try {
    real = realpathSync(candidate);
    realRoot = realpathSync(root);
    if (!statSync(real).isFile()) return null;
  } catch {
    return null;
  }
  return inside(realRoot, real) ? real : null;
}

/** The path part of a request target (`/a/b?x#y` → `/a/b`), still percent-encoded. */
export function requestPath(target: string): string {
  const cut = target.search(/[?#]/);
  return cut === -1 ? target : target.slice(0, cut);
}
