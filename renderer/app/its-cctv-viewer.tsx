/**
 * The CCTV viewer: a camera's name, type and picture. The URL is checked against the configured
 * camera origins (settings `its.cctvOrigins`, read from the core) before any element that would
 * request it exists: a URL from another origin is refused with a visible message and never loaded.
 * Stills are shown as images and video files in a <video>. Live HLS plays through hls.js (loaded on
 * first use, every request held to the same origins; see cctv-hls.ts), natively where only that
 * exists, and otherwise the viewer says so and shows the address as text. Load failures show a
 * message with a retry.
 */
import { useEffect, useRef, useState } from 'react';
import type { LiveFeature } from '../../main/common/live-sync';
import { decideCameraUrl } from '../domains/its-traffic/cctv-origins';
import { choosePlayback, loadHlsJs, probeHlsSupport, startHlsPlayback, type HlsFailure, type HlsProgress, type HlsSupport } from './cctv-hls';
import { useStores, useT } from './stores';

/** What the viewer shows of a camera record. */
export interface CameraView {
  name: string;
  kind: 'live-hls' | 'video-file' | 'still';
  url: string;
}

/** The camera of an `its.cctv` record; null when the record lacks a name, a known type or a URL. */
export function cameraOf(f: LiveFeature | undefined): CameraView | null {
  const p = f?.props ?? {};
  const kind = p['kind'];
  if (typeof p['name'] !== 'string' || typeof p['url'] !== 'string' || (kind !== 'live-hls' && kind !== 'video-file' && kind !== 'still')) return null;
  return { name: p['name'], kind, url: p['url'] };
}

/** A load failure with its retry button. */
function Failed({ message, detail, onRetry }: { message: string; detail?: string; onRetry: () => void }) {
  const t = useT();
  return (
    <div className="its-cctv-failed" role="alert" data-testid="its-cctv-failed" data-detail={detail}>
      <p className="error">{message}</p>
      <button type="button" data-testid="its-cctv-retry" onClick={onRetry}>
        {t('its.cctv.retry')}
      </button>
    </div>
  );
}

/** A live stream through hls.js; the instance lives as long as this element (and its attempt). */
function HlsVideo({ url, origins }: { url: string; origins: readonly string[] }) {
  const t = useT();
  const ref = useRef<HTMLVideoElement>(null);
  const [attempt, setAttempt] = useState(0);
  const [failure, setFailure] = useState<{ kind: HlsFailure; detail: string } | null>(null);
  const [progress, setProgress] = useState<{ manifest: boolean; fragments: number }>({ manifest: false, fragments: 0 });
  useEffect(() => {
    const video = ref.current;
    if (!video) return;
    setProgress({ manifest: false, fragments: 0 });
    return startHlsPlayback({
      video,
      url,
      allowed: (u) => decideCameraUrl(u, origins).ok,
      load: loadHlsJs,
      onProgress: (p: HlsProgress) => setProgress((s) => (p === 'manifest-parsed' ? { ...s, manifest: true } : { ...s, fragments: s.fragments + 1 })),
      onFailure: (kind, detail) => setFailure({ kind, detail }),
    });
  }, [url, origins, attempt]);
  if (failure) {
    const retry = () => {
      setFailure(null);
      setAttempt((a) => a + 1);
    };
    return <Failed message={t(`its.cctv.hlsFailed.${failure.kind}`)} detail={failure.detail} onRetry={retry} />;
  }
  return (
    <video
      ref={ref}
      className="its-cctv-media"
      data-testid="its-cctv-hls"
      data-manifest={progress.manifest ? 'parsed' : 'loading'}
      data-fragments={progress.fragments}
      autoPlay
      muted
      playsInline
      controls
    />
  );
}

/**
 * The picture part, for given origins (null: not known yet). `support` is the browser's HLS support
 * (probed when not given; the component tests pass it). Exported for the component tests.
 */
export function CctvPicture({ camera, origins, support }: { camera: CameraView; origins: readonly string[] | null; support?: HlsSupport }) {
  const t = useT();
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  if (origins === null) return <p className="muted">{t('its.cctv.loading')}</p>;
  const decision = decideCameraUrl(camera.url, origins);
  if (!decision.ok) {
    return (
      <p className="its-cctv-refused" role="alert" data-testid="its-cctv-refused">
        {decision.reason === 'bad-url' ? t('its.cctv.refused', { origin: camera.url }) : t('its.cctv.refused', { origin: decision.origin })}
        {origins.length === 0 ? ` ${t('its.cctv.noOrigins')}` : ''}
      </p>
    );
  }
  const playback = choosePlayback(camera.kind, support ?? probeHlsSupport());
  if (playback === 'hls.js') return <HlsVideo url={decision.url} origins={origins} />;
  if (failed) {
    const retry = () => {
      setFailed(false);
      setAttempt((a) => a + 1);
    };
    return <Failed message={t('its.cctv.loadError')} onRetry={retry} />;
  }
  const onError = () => setFailed(true);
  if (playback === 'image') return <img key={attempt} className="its-cctv-media" data-testid="its-cctv-still" src={decision.url} alt={camera.name} referrerPolicy="no-referrer" onError={onError} />;
  if (playback === 'video-src') return <video key={attempt} className="its-cctv-media" data-testid="its-cctv-video" src={decision.url} autoPlay muted playsInline controls onError={onError} />;
  return (
    <p className="muted" data-testid="its-cctv-hls-unsupported">
      {t('its.cctv.hlsStill')} <span className="mono">{decision.url}</span>
    </p>
  );
}

/** Viewer of one camera record: reads the configured origins from the core's settings once. */
export function CctvViewer({ feature }: { feature: LiveFeature | undefined }) {
  const { api } = useStores();
  const t = useT();
  const [origins, setOrigins] = useState<readonly string[] | null>(null);
  useEffect(() => {
    let live = true;
    api
      .invoke('settings:get', {})
      .then((s) => live && setOrigins(s.its?.cctvOrigins ?? []))
      .catch(() => live && setOrigins([]));
    return () => {
      live = false;
    };
  }, [api]);
  const camera = cameraOf(feature);
  if (!camera) return null;
  return (
    <div className="its-cctv-viewer" data-testid="its-cctv-viewer">
      <dl>
        <dt>{t('its.cctv.type')}</dt>
        <dd data-testid="its-cctv-kind">{t(`its.cctv.kind.${camera.kind}`)}</dd>
      </dl>
      <CctvPicture key={camera.url} camera={camera} origins={origins} />
    </div>
  );
}
