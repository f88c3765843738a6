/**
 * HLS playback for the CCTV viewer. Chromium's own HLS support varies by version (Electron's build has
 * none), so wherever Media Source Extensions exist the viewer plays `.m3u8` through hls.js, loaded
 * lazily (its own chunk) and run without a worker (the CSP has no blob: workers). Every request hls.js
 * makes — playlists, segments, keys — goes through a loader that refuses URLs outside the configured
 * camera origins, so a playlist cannot lead the viewer anywhere else (the CSP's connect-src is the
 * second line of defence). The instance is destroyed when the viewer closes or switches camera.
 */
import type Hls from 'hls.js';
import type { ErrorData, HlsConfig, Loader, LoaderCallbacks, LoaderConfiguration, LoaderContext } from 'hls.js';

/** How the viewer shows a camera: an image, a <video> with the URL as its source, hls.js, or a note. */
export type Playback = 'image' | 'video-src' | 'hls.js' | 'hls-unsupported';

/** What the browser offers for HLS. */
export interface HlsSupport {
  /** Media Source Extensions with H.264 (what hls.js needs). */
  mse: boolean;
  /** `<video>` plays `application/vnd.apple.mpegurl` by itself. */
  native: boolean;
}

/** The browser's HLS support, probed once per call (cheap). */
export function probeHlsSupport(): HlsSupport {
  if (typeof document === 'undefined') return { mse: false, native: false };
  const ms = (globalThis as { MediaSource?: { isTypeSupported(t: string): boolean }; ManagedMediaSource?: { isTypeSupported(t: string): boolean } });
  const source = ms.MediaSource ?? ms.ManagedMediaSource;
  const mse = !!source && source.isTypeSupported('video/mp4; codecs="avc1.42E01E,mp4a.40.2"');
  const native = document.createElement('video').canPlayType('application/vnd.apple.mpegurl') !== '';
  return { mse, native };
}

/**
 * Playback for a camera. A live stream goes through hls.js where MSE exists (one code path with origin
 * checks and clear errors), natively only where MSE is missing (iOS Safari), and otherwise is not played.
 */
export function choosePlayback(kind: 'live-hls' | 'video-file' | 'still', support: HlsSupport): Playback {
  if (kind === 'still') return 'image';
  if (kind === 'video-file') return 'video-src';
  if (support.mse) return 'hls.js';
  return support.native ? 'video-src' : 'hls-unsupported';
}

/** Why a stream stopped, as the viewer words it. */
export type HlsFailure = 'refused' | 'manifest-missing' | 'network' | 'media' | 'unsupported' | 'other';

/** Progress the viewer (and the e2e test) can see. */
export type HlsProgress = 'manifest-parsed' | 'fragment-loaded';

/** The parts of the hls.js module this file uses (the real module satisfies it; tests pass fakes). */
export interface HlsModule {
  default: typeof Hls;
}

export interface HlsPlaybackOptions {
  video: HTMLVideoElement;
  url: string;
  /** Whether a URL may be requested (the configured camera origins). */
  allowed: (url: string) => boolean;
  /** Loads hls.js (a dynamic import in the app). */
  load: () => Promise<HlsModule>;
  onProgress: (p: HlsProgress) => void;
  onFailure: (f: HlsFailure, detail: string) => void;
}

/** Loads hls.js lazily: its own chunk, fetched the first time a live camera is opened. */
export const loadHlsJs = (): Promise<HlsModule> => import('hls.js/light') as Promise<HlsModule>;

/** A loader class that refuses URLs outside the allowed origins and otherwise defers to `Base`. */
export function guardedLoader(Base: HlsConfig['loader'], allowed: (url: string) => boolean, onRefused: (url: string) => void): HlsConfig['loader'] {
  return class GuardedLoader extends (Base as new (config: HlsConfig) => Loader<LoaderContext>) {
    override load(context: LoaderContext, config: LoaderConfiguration, callbacks: LoaderCallbacks<LoaderContext>): void {
      if (allowed(context.url)) return super.load(context, config, callbacks);
      onRefused(context.url);
      // Asynchronously, as a network failure would arrive; hls.js then fails the stream (no retry).
      queueMicrotask(() => callbacks.onError({ code: 0, text: `refused: ${context.url} is not on a configured camera origin` }, context, null, this.stats));
    }
  };
}

/** The failure an hls.js fatal error means for the operator. */
export function failureOf(data: Pick<ErrorData, 'type' | 'details' | 'response'>, refused: boolean): HlsFailure {
  // hls.js's enums are string enums; compared as strings so this file imports no hls.js code.
  const type: string = data.type;
  const details: string = data.details;
  if (refused) return 'refused';
  if (type === 'networkError') {
    if ((details === 'manifestLoadError' || details === 'levelLoadError') && data.response?.code === 404) return 'manifest-missing';
    return 'network';
  }
  if (type === 'mediaError') return details === 'manifestIncompatibleCodecsError' ? 'unsupported' : 'media';
  return 'other';
}

/**
 * Starts hls.js on a video element. Returns the teardown: it destroys the instance (stopping every
 * request and playlist reload) or, when hls.js is still loading, makes sure none is ever created.
 */
export function startHlsPlayback(o: HlsPlaybackOptions): () => void {
  let stopped = false;
  let hls: Hls | null = null;
  let refused = false;
  const stop = () => {
    stopped = true;
    hls?.destroy();
    hls = null;
  };
  o.load().then(
    (mod) => {
      if (stopped) return;
      const HlsClass = mod.default;
      if (!HlsClass.isSupported()) return o.onFailure('unsupported', 'hls.js: no Media Source Extensions');
      const loader = guardedLoader(HlsClass.DefaultConfig.loader, o.allowed, () => (refused = true));
      const h = new HlsClass({ enableWorker: false, loader, lowLatencyMode: false });
      hls = h;
      h.on(HlsClass.Events.MANIFEST_PARSED, () => o.onProgress('manifest-parsed'));
      h.on(HlsClass.Events.FRAG_LOADED, () => o.onProgress('fragment-loaded'));
      h.on(HlsClass.Events.ERROR, (_e, data) => {
        if (!data.fatal || stopped) return;
        stop();
        o.onFailure(failureOf(data, refused), `${data.type}/${data.details}`);
      });
      h.loadSource(o.url);
      h.attachMedia(o.video);
    },
    (err: unknown) => {
      if (!stopped) o.onFailure('other', `hls.js could not be loaded: ${String(err)}`);
    },
  );
  return stop;
}
