/**
 * What the operator sees of the live feeds: the exercise banner (top bar, while the demo hub is the
 * source), the status bar's hub state and per-stream freshness, each live layer's freshness badge,
 * and the loud "feed down" alarm that stays until the stream is live again or is acknowledged.
 * State is shown by an icon and a word as well as a colour.
 */
import type { FeedFreshness, FeedsStatus } from '../../main/common/live-sync';
import type { LayerModule } from '../map/layer-module';
import { HUB_ALARM, selectLoudDown } from '../state/live-store';
import { useLive, useStores, useT } from './stores';

export type Freshness = FeedFreshness['state'] | 'none';

export const FRESHNESS_ICON: Record<Freshness, string> = { live: '✓', stale: '⚠', down: '✕', none: '…' };

/** Worst freshness among streams (down > stale > none > live). */
export function worstFreshness(states: Freshness[]): Freshness {
  for (const s of ['down', 'stale', 'none'] as const) if (states.includes(s)) return s;
  return states.length === 0 ? 'none' : 'live';
}

/** Freshness of a live layer module: the worst of its streams; null for static modules. */
export function moduleFreshness(module: LayerModule, feeds: FeedsStatus | null): Freshness | null {
  const streams = [...(module.live ?? []), ...(module.featureState ?? [])].map((b) => b.stream);
  if (streams.length === 0) return null;
  return worstFreshness(streams.map((stream) => feeds?.streams.find((s) => s.stream === stream)?.state ?? 'none'));
}

export function ExerciseBanner() {
  const t = useT();
  const exercise = useLive((s) => s.exercise);
  if (!exercise) return null;
  return (
    <div className="exercise-banner" data-testid="exercise-banner" role="status" title={t('exercise.bannerTitle')}>
      <strong>{t('exercise.banner')}</strong>
      <span className="other-language">{t('exercise.bannerOther')}</span>
    </div>
  );
}

export function FreshnessBadge({ state, label }: { state: Freshness; label?: string }) {
  const t = useT();
  const word = t(`feeds.state.${state}`);
  return (
    <span className={`freshness freshness-${state}`} data-state={state} title={label ? `${label}: ${word}` : word}>
      <span aria-hidden="true">{FRESHNESS_ICON[state]}</span>
      <span className="freshness-word">{label ?? word}</span>
    </span>
  );
}

function shortStream(stream: string): string {
  return stream.slice(stream.indexOf('.') + 1);
}

/**
 * Thirty-odd streams do not fit a status bar: it shows the worst state, how many are live and the
 * names of those that are not; the full list opens above it.
 */
function FeedList({ streams }: { streams: FeedFreshness[] }) {
  const t = useT();
  const notLive = streams.filter((s) => s.state !== 'live');
  const worst = worstFreshness(streams.map((s) => s.state));
  return (
    <details className="feed-list" data-testid="feed-list">
      <summary title={t('feeds.listTitle')}>
        <FreshnessBadge state={worst} label={`${streams.length - notLive.length}/${streams.length}`} />
        {notLive.slice(0, 3).map((s) => (
          <span key={s.stream} className={`feed-not-live freshness-${s.state}`}>
            {shortStream(s.stream)}
          </span>
        ))}
        {notLive.length > 3 && <span className="feed-not-live">+{notLive.length - 3}</span>}
      </summary>
      <span className="streams">
        {streams.map((s) => (
          <span key={s.stream} data-stream={s.stream} data-state={s.state} title={`${s.stream}: ${t(`feeds.state.${s.state}`)}${s.ageMs === null ? '' : ` · ${t('feeds.age', { s: Math.round(s.ageMs / 1000) })}`}`}>
            <FreshnessBadge state={s.state} label={s.stream} />
          </span>
        ))}
      </span>
    </details>
  );
}

/** Status bar item: who is signed in, the hub state, and the feeds' freshness. */
export function FeedStatus() {
  const t = useT();
  const feeds = useLive((s) => s.feeds);
  if (!feeds) {
    return (
      <span className="item feed-status" data-testid="feed-status" data-hub="unknown">
        <span className="label">{t('feeds.title')}</span>
        <span className="value muted">{t('feeds.noStatus')}</span>
      </span>
    );
  }
  const hubOk = feeds.hub.state === 'live';
  return (
    <span className="item feed-status" data-testid="feed-status" data-hub={feeds.hub.state}>
      {feeds.user && (
        <span className="user-chip" data-testid="current-user" data-role={feeds.user.role} title={t('user.signedInAs')}>
          {feeds.user.name} · {t(`user.role.${feeds.user.role}`)}
        </span>
      )}
      <span className="label">{t('feeds.hub')}</span>
      <span className={`hub-state ${hubOk ? 'freshness-live' : feeds.hub.state === 'refused' || feeds.hub.state === 'offline' ? 'freshness-down' : 'freshness-stale'}`} title={feeds.hub.lastError ?? undefined}>
        <span aria-hidden="true">{hubOk ? FRESHNESS_ICON.live : feeds.hub.state === 'refused' || feeds.hub.state === 'offline' ? FRESHNESS_ICON.down : FRESHNESS_ICON.stale}</span> {t(`feeds.hub.${feeds.hub.state}`)}
      </span>
      <span className="label">{t('feeds.title')}</span>
      <FeedList streams={feeds.streams} />
    </span>
  );
}

/** The loud alarm: down streams, until they are live again or the operator acknowledges them. */
export function FeedDownBanner() {
  const t = useT();
  const { live } = useStores();
  const down = useLive((s) => selectLoudDown(s).join(','));
  if (!down) return null;
  const streams = down.split(',');
  return (
    <div className="feed-down-banner" role="alert" data-testid="feed-down-banner">
      <span aria-hidden="true">{FRESHNESS_ICON.down}</span>
      <strong>{t('feeds.downBanner', { streams: streams.map((s) => (s === HUB_ALARM ? t('feeds.hubLink') : s)).join(', ') })}</strong>
      <button type="button" onClick={() => streams.forEach((s) => live.getState().dismissDown(s))}>
        {t('feeds.dismiss')}
      </button>
    </div>
  );
}
