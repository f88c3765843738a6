/**
 * The Content-Security-Policy of the renderer, shared by the Electron `app://` handler and the browser
 * host. The renderer's only network access beyond its own origin is to the tile and camera-media
 * origins the operator configured, so those are the only origins added.
 */

/** Origins to allow beyond the app's own. */
export interface CspOptions {
  /** Map tile servers (raster/vector tiles, styles): allowed for images and fetch. */
  tileOrigins?: readonly string[];
  /** Camera media servers (CCTV stills/streams): allowed for images, media and fetch. */
  mediaOrigins?: readonly string[];
  /** Extra fetch/WebSocket origins, e.g. the browser host's own `ws://127.0.0.1:<port>`. */
  connectOrigins?: readonly string[];
  /**
   * Allow inline style attributes and `<style>` elements. Off by default: React's `style` prop and
   * maplibre set styles through the CSSOM, which CSP does not restrict, and the built CSS is a file.
   * The e2e test fails on any CSP violation, so turning this on needs a reason.
   */
  allowInlineStyles?: boolean;
}

/** An origin as CSP accepts it: scheme://host[:port], http(s) or ws(s), nothing else. */
const ORIGIN = /^(https?|wss?):\/\/(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(:\d{1,5})?$/i;

/** Validate one configured origin; a bad one throws rather than opening or breaking the policy. */
export function checkOrigin(origin: string): string {
  if (!ORIGIN.test(origin)) throw new Error(`not a valid origin for the CSP: ${JSON.stringify(origin)}`);
  return origin.toLowerCase();
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** Build the policy string (directives joined by `; `). */
export function buildCsp(options: CspOptions = {}): string {
  const tiles = (options.tileOrigins ?? []).map(checkOrigin);
  const media = (options.mediaOrigins ?? []).map(checkOrigin);
  const connect = (options.connectOrigins ?? []).map(checkOrigin);
  const directives: Array<[string, string[]]> = [
    ['default-src', ["'self'"]],
    // No 'unsafe-eval' and no 'unsafe-inline': maplibre 6 compiles no code at run time.
    ['script-src', ["'self'"]],
    // maplibre's worker is served from our own origin (setWorkerUrl), not from a blob.
    ['worker-src', ["'self'"]],
    ['style-src', options.allowInlineStyles ? ["'self'", "'unsafe-inline'"] : ["'self'"]],
    // data: for small assets vite inlines; blob: for images maplibre decodes off the main thread.
    ['img-src', unique(["'self'", 'data:', 'blob:', ...tiles, ...media])],
    ['font-src', ["'self'", 'data:']],
    ['media-src', unique(["'self'", 'blob:', ...media])],
    ['connect-src', unique(["'self'", ...tiles, ...media, ...connect])],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['frame-src', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
    ['form-action', ["'none'"]],
  ];
  return directives.map(([name, values]) => `${name} ${values.join(' ')}`).join('; ');
}
