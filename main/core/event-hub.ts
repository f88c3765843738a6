/** A small typed emitter for the contract's main → renderer events. */
import type { EventChannel, Events } from '../common/ipc-contract.js';

type Listener<K extends EventChannel> = (payload: Events[K]) => void;

/** Typed publish/subscribe over the contract's event channels. */
export interface EventHub {
  on<K extends EventChannel>(channel: K, listener: Listener<K>): () => void;
  emit<K extends EventChannel>(channel: K, payload: Events[K]): void;
  clear(): void;
}

export function createEventHub(): EventHub {
  const listeners = new Map<EventChannel, Set<(payload: never) => void>>();
  return {
    on(channel, listener) {
      let set = listeners.get(channel);
      if (!set) listeners.set(channel, (set = new Set()));
      const entry = listener as (payload: never) => void;
      set.add(entry);
      return () => {
        set.delete(entry);
      };
    },
    emit(channel, payload) {
      for (const listener of [...(listeners.get(channel) ?? [])]) {
        // One failing subscriber (a closed window) must not stop the others.
        try {
          (listener as Listener<typeof channel>)(payload);
        } catch (err) {
          console.error(`event ${channel}: listener failed`, err);
        }
      }
    },
    clear: () => listeners.clear(),
  };
}
