/**
 * The CCTV viewer: a camera's name, type and picture. The URL is checked against the configured
 * camera origins (settings `its.cctvOrigins`, read from the core) before any element that would
 * request it exists: a URL from another origin is refused with a visible message and never loaded.
 * Stills are shown as images and video files in a <video>. Live HLS plays where the browser plays
 * HLS itself; Chromium does not, so there the viewer says so and shows the address as text.
 */
import { useEffect, useState } from 'react';
import type { LiveFeature } from '../../main/common/live-sync';
import { decideCameraUrl } from '../domains/its-traffic/cctv-origins';
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

/** Whether this browser plays HLS in a <video> by itself (Safari, some Electron builds with codecs). */
function playsHls(): boolean {
  return typeof document !== 'undefined' && document.createElement('video').canPlayType('application/vnd.apple.mpegurl') !== '';
}

/** The picture part, for given origins (null: not known yet). Exported for the component tests. */
export function CctvPicture({ camera, origins }: { camera: CameraView; origins: readonly string[] | null }) {
  const t = useT();
  const [failed, setFailed] = useState(false);
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
  if (failed) return <p className="error">{t('its.cctv.loadError')}</p>;
  if (camera.kind === 'still') return <img className="its-cctv-media" data-testid="its-cctv-still" src={decision.url} alt={camera.name} referrerPolicy="no-referrer" onError={() => setFailed(true)} />;
  if (camera.kind === 'video-file' || playsHls()) {
    return <video className="its-cctv-media" data-testid="its-cctv-video" src={decision.url} autoPlay muted playsInline controls onError={() => setFailed(true)} />;
  }
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
