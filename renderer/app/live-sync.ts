/**
 * Keeps the live slice in step with the core: the snapshot when the window opens, `sync:diff` on
 * top, `feeds:changed` for freshness, and a fresh snapshot whenever the slice says it needs one (a
 * missed diff, a hub switch) or the WebSocket to the core reconnects (diffs sent while it was down
 * are lost, the store in the core is not).
 */
import type { SitroomApi } from '../../main/common/ipc-contract';
import type { LiveStore } from '../state/live-store';
import type { ConnectionState } from './transport';

export interface LiveSyncTransport extends Pick<SitroomApi, 'invoke' | 'on'> {
  onConnection(listener: (state: ConnectionState) => void): () => void;
}

export interface LiveSync {
  /** Resolves when the first snapshot request has settled (for tests). */
  ready: Promise<void>;
  stop(): void;
}

export function startLiveSync(api: LiveSyncTransport, live: LiveStore, onError: (message: string) => void = () => undefined): LiveSync {
  let stopped = false;
  let inFlight: Promise<void> | null = null;
  let again = false;
  let lostConnection = false;

  const fetchSnapshot = (): Promise<void> => {
    if (inFlight) {
      // A request is running; its answer may predate the reason for this one: ask once more after it.
      again = true;
      return inFlight;
    }
    inFlight = (async () => {
      try {
        const [snapshot, feeds] = await Promise.all([api.invoke('sync:snapshot', {}), api.invoke('feeds:status', {})]);
        if (stopped) return;
        live.getState().applySnapshot(snapshot);
        live.getState().setFeeds(feeds);
      } catch (err) {
        onError(err instanceof Error ? err.message : String(err));
      } finally {
        inFlight = null;
        if (again && !stopped) {
          again = false;
          void fetchSnapshot();
        }
      }
    })();
    return inFlight;
  };

  const unsubscribe = [
    api.on('sync:diff', (event) => live.getState().applyDiff(event)),
    api.on('feeds:changed', (status) => live.getState().setFeeds(status)),
    live.subscribe((s, prev) => {
      if (s.needsSnapshot && !prev.needsSnapshot) void fetchSnapshot();
    }),
    api.onConnection((state) => {
      if (state === 'disconnected') lostConnection = true;
      if (state !== 'connected' || !lostConnection) return;
      lostConnection = false;
      // Invalidating asks for the snapshot through the subscription above; if already invalid, ask here.
      if (live.getState().needsSnapshot) void fetchSnapshot();
      else live.getState().invalidate();
    }),
  ];
  const ready = fetchSnapshot();
  return {
    ready,
    stop() {
      stopped = true;
      for (const u of unsubscribe) u();
    },
  };
}
