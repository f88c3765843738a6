/**
 * The audible and desktop side of the attention state. While any critical report is unacknowledged
 * and the session is not muted, a two-tone chime generated with WebAudio repeats every few seconds;
 * each newly unacknowledged critical report raises one desktop notification (the Notification API:
 * native notifications in Electron, the browser's in the browser host), marked 훈련/EXERCISE or
 * 시험/TEST when it is not real. Browsers allow sound and notifications only after a user gesture, so
 * `enable()` is called from the "enable alerts" click offered at start, never when an alert arrives.
 */
import type { ReportItem } from '../../../main/common/ndms/reports';
import { notificationText, type Language } from './report-model';

/** The part of AudioContext the chime uses. */
export interface AudioLike {
  readonly currentTime: number;
  readonly state: string;
  readonly destination: AudioNode;
  resume(): Promise<void>;
  createOscillator(): OscillatorNode;
  createGain(): GainNode;
}

/** What the alarm needs from the page (tests pass fakes). */
export interface AlarmEnv {
  createAudio(): AudioLike | null;
  /** 'granted' | 'denied' | 'default', or 'unsupported' without the Notification API. */
  notificationPermission(): string;
  requestNotificationPermission(): Promise<string>;
  notify(title: string, body: string, tag: string, onClick: () => void): void;
  setInterval(fn: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

/** The browser's implementations. */
export function browserAlarmEnv(): AlarmEnv {
  const N = typeof Notification === 'undefined' ? null : Notification;
  return {
    createAudio: () => {
      const Ctor = typeof AudioContext === 'undefined' ? null : AudioContext;
      return Ctor ? new Ctor() : null;
    },
    notificationPermission: () => (N ? N.permission : 'unsupported'),
    requestNotificationPermission: () => (N ? N.requestPermission() : Promise.resolve('unsupported')),
    notify: (title, body, tag, onClick) => {
      if (!N || N.permission !== 'granted') return;
      // The chime is ours; a silent notification avoids a second, platform sound.
      const n = new N(title, { body, tag, requireInteraction: true, silent: true });
      n.onclick = () => {
        window.focus();
        onClick();
        n.close();
      };
    },
    setInterval: (fn, ms) => window.setInterval(fn, ms),
    clearInterval: (h) => window.clearInterval(h as number),
  };
}

/** Seconds between chimes while attention is held. */
export const CHIME_PERIOD_MS = 4000;

export class ReportAlarm {
  private audio: AudioLike | null = null;
  private timer: unknown = null;
  private readonly notified = new Set<string>();
  /** Chimes played (for tests and the e2e hook). */
  chimes = 0;
  notifications = 0;

  constructor(private readonly env: AlarmEnv) {}

  /** From the start-up click: unlocks audio and asks for notifications. */
  async enable(): Promise<{ audio: boolean; notifications: string }> {
    this.audio ??= this.env.createAudio();
    if (this.audio && this.audio.state !== 'running') await this.audio.resume().catch(() => undefined);
    let permission = this.env.notificationPermission();
    if (permission === 'default') permission = await this.env.requestNotificationPermission().catch(() => 'denied');
    return { audio: this.audio !== null, notifications: permission };
  }

  /**
   * Brings sound and notifications in line with the current attention state. `items` are the
   * unacknowledged critical reports; `open` is called when a notification is clicked.
   */
  update(items: readonly ReportItem[], o: { enabled: boolean; muted: boolean; language: Language; open(key: string): void }): void {
    const ringing = o.enabled && !o.muted && items.length > 0;
    if (ringing && this.timer === null) {
      this.chime();
      this.timer = this.env.setInterval(() => this.chime(), CHIME_PERIOD_MS);
    } else if (!ringing && this.timer !== null) {
      this.env.clearInterval(this.timer);
      this.timer = null;
    }
    // Before the start-up click nothing can be shown; what is pending then is notified once enabled.
    if (!o.enabled) return;
    const fresh = items.filter((i) => !this.notified.has(notifyKey(i)));
    for (const i of fresh) this.notified.add(notifyKey(i));
    // A burst (a reconnect replaying many) gives three notifications and one summary, not a flood.
    for (const i of fresh.slice(0, 3)) {
      const { title, body } = notificationText(i, o.language);
      this.env.notify(title, body, i.key, () => o.open(i.key));
      this.notifications++;
    }
    if (fresh.length > 3) {
      const more = fresh.length - 3;
      this.env.notify(o.language === 'ko' ? `미확인 긴급 상황보고 ${more}건 더` : `${more} more unacknowledged critical reports`, '', 'ndms-reports-more', () => o.open(fresh[3]!.key));
      this.notifications++;
    }
  }

  get ringing(): boolean {
    return this.timer !== null;
  }

  stop(): void {
    if (this.timer !== null) this.env.clearInterval(this.timer);
    this.timer = null;
  }

  /** Two short tones, 880 Hz then 660 Hz, with soft edges (no clicks). */
  private chime(): void {
    this.chimes++;
    const ctx = this.audio;
    if (!ctx || ctx.state !== 'running') return;
    const t0 = ctx.currentTime;
    [880, 660].forEach((freq, n) => {
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.type = 'sine';
      osc.frequency.value = freq;
      const start = t0 + n * 0.28;
      gain.gain.setValueAtTime(0, start);
      gain.gain.linearRampToValueAtTime(0.25, start + 0.02);
      gain.gain.linearRampToValueAtTime(0, start + 0.25);
      osc.connect(gain);
      gain.connect(ctx.destination);
      osc.start(start);
      osc.stop(start + 0.26);
    });
  }
}

/** One notification per opening of a report (a re-opened report notifies again). */
function notifyKey(i: ReportItem): string {
  return `${i.key}\u0000${i.openedTs}`;
}
