// Source selection and teardown of the CCTV viewer's HLS playback, with a fake hls.js (the real one
// runs in the Chromium e2e test, e2e/its-roadside.e2e.test.ts).
import type { HlsConfig, LoaderCallbacks, LoaderConfiguration, LoaderContext } from 'hls.js';
import { choosePlayback, failureOf, guardedLoader, startHlsPlayback, type HlsFailure, type HlsModule, type HlsProgress } from './cctv-hls';

const ORIGIN = 'http://127.0.0.1:8123';
const allowed = (u: string) => new URL(u).origin === ORIGIN;

type Handler = (event: string, data: Record<string, unknown>) => void;

/** A fake hls.js: records instances, their calls, and lets the test fire events. */
function fakeHls(supported = true) {
  const instances: FakeHls[] = [];
  class BaseLoader {
    stats = { loaded: 0 };
    static loads: string[] = [];
    load(context: LoaderContext) {
      BaseLoader.loads.push(context.url);
    }
  }
  class FakeHls {
    static Events = { MANIFEST_PARSED: 'hlsManifestParsed', FRAG_LOADED: 'hlsFragLoaded', ERROR: 'hlsError' };
    static DefaultConfig = { loader: BaseLoader };
    static isSupported = () => supported;
    handlers = new Map<string, Handler>();
    calls: string[] = [];
    constructor(public config: Partial<HlsConfig>) {
      instances.push(this);
    }
    on(event: string, h: Handler) {
      this.handlers.set(event, h);
    }
    loadSource(url: string) {
      this.calls.push(`loadSource ${url}`);
    }
    attachMedia() {
      this.calls.push('attachMedia');
    }
    destroy() {
      this.calls.push('destroy');
    }
    fire(event: string, data: Record<string, unknown> = {}) {
      this.handlers.get(event)?.(event, data);
    }
  }
  let release: () => void = () => undefined;
  const gate = new Promise<void>((r) => (release = r));
  const load = async (): Promise<HlsModule> => {
    await gate;
    return { default: FakeHls } as unknown as HlsModule;
  };
  return { instances, load, release, BaseLoader };
}

function start(fake: ReturnType<typeof fakeHls>) {
  const progress: HlsProgress[] = [];
  const failures: Array<[HlsFailure, string]> = [];
  const stop = startHlsPlayback({
    video: {} as HTMLVideoElement,
    url: `${ORIGIN}/live/cam.m3u8`,
    allowed,
    load: fake.load,
    onProgress: (p) => progress.push(p),
    onFailure: (f, d) => failures.push([f, d]),
  });
  return { stop, progress, failures };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('CCTV playback selection', () => {
  it('plays live HLS through hls.js wherever MSE exists, natively only without it', () => {
    expect(choosePlayback('live-hls', { mse: true, native: false })).toBe('hls.js');
    expect(choosePlayback('live-hls', { mse: true, native: true })).toBe('hls.js');
    expect(choosePlayback('live-hls', { mse: false, native: true })).toBe('video-src');
    expect(choosePlayback('live-hls', { mse: false, native: false })).toBe('hls-unsupported');
    expect(choosePlayback('video-file', { mse: true, native: true })).toBe('video-src');
    expect(choosePlayback('still', { mse: true, native: true })).toBe('image');
  });
});

describe('CCTV hls.js playback', () => {
  it('loads the stream without a worker, through the origin-guarded loader, and reports progress', async () => {
    const fake = fakeHls();
    const run = start(fake);
    expect(fake.instances).toHaveLength(0); // hls.js is not loaded yet
    fake.release();
    await settle();
    const [hls] = fake.instances;
    expect(hls!.config.enableWorker).toBe(false);
    expect(hls!.config.loader).not.toBe(fake.BaseLoader);
    expect(hls!.calls).toEqual([`loadSource ${ORIGIN}/live/cam.m3u8`, 'attachMedia']);
    hls!.fire('hlsManifestParsed');
    hls!.fire('hlsFragLoaded');
    expect(run.progress).toEqual(['manifest-parsed', 'fragment-loaded']);
    run.stop();
    expect(hls!.calls.at(-1)).toBe('destroy');
  });

  it('never creates an instance when closed while hls.js is still loading', async () => {
    const fake = fakeHls();
    const run = start(fake);
    run.stop();
    fake.release();
    await settle();
    expect(fake.instances).toHaveLength(0);
    expect(run.failures).toEqual([]);
  });

  it('on a fatal error destroys the instance and reports a failure once; non-fatal errors are left to hls.js', async () => {
    const fake = fakeHls();
    const run = start(fake);
    fake.release();
    await settle();
    const hls = fake.instances[0]!;
    hls.fire('hlsError', { fatal: false, type: 'networkError', details: 'fragLoadError' });
    expect(run.failures).toEqual([]);
    expect(hls.calls).not.toContain('destroy');
    hls.fire('hlsError', { fatal: true, type: 'networkError', details: 'manifestLoadError', response: { code: 404 } });
    expect(run.failures).toEqual([['manifest-missing', 'networkError/manifestLoadError']]);
    expect(hls.calls.filter((c) => c === 'destroy')).toHaveLength(1);
    run.stop(); // the viewer closing afterwards does not destroy twice
    expect(hls.calls.filter((c) => c === 'destroy')).toHaveLength(1);
  });

  it('reports hls.js that cannot run (no MSE) as unsupported, creating nothing', async () => {
    const fake = fakeHls(false);
    const run = start(fake);
    fake.release();
    await settle();
    expect(fake.instances).toHaveLength(0);
    expect(run.failures.map((f) => f[0])).toEqual(['unsupported']);
  });

  it('names fatal errors for the operator', () => {
    expect(failureOf({ type: 'networkError', details: 'manifestLoadError', response: { url: '', code: 404 } } as never, false)).toBe('manifest-missing');
    expect(failureOf({ type: 'networkError', details: 'manifestLoadError', response: { url: '', code: 0 } } as never, false)).toBe('network');
    expect(failureOf({ type: 'networkError', details: 'fragLoadError' } as never, false)).toBe('network');
    expect(failureOf({ type: 'networkError', details: 'fragLoadError' } as never, true)).toBe('refused');
    expect(failureOf({ type: 'mediaError', details: 'fragParsingError' } as never, false)).toBe('media');
    expect(failureOf({ type: 'mediaError', details: 'manifestIncompatibleCodecsError' } as never, false)).toBe('unsupported');
    expect(failureOf({ type: 'otherError', details: 'internalException' } as never, false)).toBe('other');
  });
});

describe('origin-guarded loader', () => {
  it('passes allowed URLs to the real loader and fails others without requesting them', async () => {
    const fake = fakeHls();
    const refused: string[] = [];
    const Loader = guardedLoader(fake.BaseLoader as unknown as HlsConfig['loader'], allowed, (u) => refused.push(u));
    const loader = new Loader({} as HlsConfig);
    const errors: Array<{ code: number; text: string }> = [];
    const callbacks = { onSuccess: () => undefined, onError: (e: { code: number; text: string }) => errors.push(e), onTimeout: () => undefined } as unknown as LoaderCallbacks<LoaderContext>;
    const ctx = (url: string) => ({ url, responseType: 'arraybuffer', type: 'media-fragment' }) as unknown as LoaderContext;
    loader.load(ctx(`${ORIGIN}/live/seg0.ts`), {} as LoaderConfiguration, callbacks);
    loader.load(ctx('http://127.0.0.1:9999/live/seg1.ts'), {} as LoaderConfiguration, callbacks);
    expect(fake.BaseLoader.loads).toEqual([`${ORIGIN}/live/seg0.ts`]);
    expect(refused).toEqual(['http://127.0.0.1:9999/live/seg1.ts']);
    await settle();
    expect(errors).toHaveLength(1);
    expect(errors[0]!.text).toContain('http://127.0.0.1:9999/live/seg1.ts');
  });
});
