/**
 * Keeps the windows of one app instance in step: the main window and its detached panel windows share
 * the selection (and the request to fly to it), the area of interest and the panels' queries, over a
 * BroadcastChannel (same origin = same instance: each browser host has its own port, Electron its own
 * app:// origin). A window that opens asks the others for their state.
 */
import { panelUi, type PanelUiData, type PanelUiStore } from './panel-store';

const SHARED = ['selected', 'flySerial', 'aoi', 'queries'] as const satisfies ReadonlyArray<keyof PanelUiData>;
type Shared = Pick<PanelUiData, (typeof SHARED)[number]>;

type Message = { type: 'hello'; from: string } | { type: 'state'; from: string; state: Shared };

/** What the sync needs from a channel (BroadcastChannel in the app, a fake pair in tests). */
export interface ChannelLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (e: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (e: MessageEvent) => void): void;
  close(): void;
}

export const PANEL_CHANNEL = 'sitroom-panels';

function pick(s: PanelUiData): Shared {
  return { selected: s.selected, flySerial: s.flySerial, aoi: s.aoi, queries: s.queries };
}

function changed(a: PanelUiData, b: PanelUiData): boolean {
  return SHARED.some((k) => a[k] !== b[k]);
}

/** Starts sharing `store` over `channel`; returns the stop function. */
export function startPanelChannel(store: PanelUiStore = panelUi, channel: ChannelLike = new BroadcastChannel(PANEL_CHANNEL)): () => void {
  const me = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  let applying = false;
  const post = (m: Message) => channel.postMessage(m);
  const onMessage = (e: MessageEvent) => {
    const m = e.data as Message;
    if (!m || m.from === me) return;
    if (m.type === 'hello') {
      post({ type: 'state', from: me, state: pick(store.getState()) });
      return;
    }
    if (m.type !== 'state') return;
    applying = true;
    try {
      store.setState(m.state);
    } finally {
      applying = false;
    }
  };
  channel.addEventListener('message', onMessage);
  const unsubscribe = store.subscribe((s, prev) => {
    if (!applying && changed(s, prev)) post({ type: 'state', from: me, state: pick(s) });
  });
  post({ type: 'hello', from: me });
  return () => {
    unsubscribe();
    channel.removeEventListener('message', onMessage);
    channel.close();
  };
}

/** The address of a detached window for a panel: this page with `panel=<id>` (the secret stays). */
export function detachedUrl(href: string, panelId: string): string {
  const url = new URL(href);
  url.searchParams.set('panel', panelId);
  url.hash = '';
  return url.href;
}

/** The panel this window shows alone, if it is a detached panel window. */
export function detachedPanelId(search: string): string | null {
  const id = new URLSearchParams(search).get('panel');
  return id && /^[a-z0-9-]{1,64}$/.test(id) ? id : null;
}
