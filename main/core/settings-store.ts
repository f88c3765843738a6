/**
 * Operator settings persisted as one JSON file in the data folder.
 * Writes are atomic (temp file in the same folder, fsync, rename) so a crash mid-write never leaves
 * a half-written file, and serialised so two quick updates cannot interleave.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { getDefaultSettings, settingsSchema, storedSettingsPatchSchema, type Settings, type StoredSettingsPatch } from '../common/settings.js';

/** The settings file's name inside the data folder. */
export const SETTINGS_FILE = 'settings.json';

/** Reads and updates the persisted settings. */
export interface SettingsStore {
  /** The current settings (a copy: callers may not mutate the store's state). */
  get(): Settings;
  /** Apply a validated patch, persist it, and return the new settings (`hub` only from the core itself). */
  update(patch: StoredSettingsPatch): Promise<Settings>;
  /** Wait for pending writes. */
  flush(): Promise<void>;
}

/**
 * Merge a patch into settings. `layers` and `layout` are merged key by key, because several writers
 * share them (the renderer saves panel sizes, the Electron shell saves window bounds) and one must not
 * wipe the other's keys; every other field is replaced as a whole.
 */
export function mergeSettings(current: Settings, patch: StoredSettingsPatch): Settings {
  const next: Settings = { ...current };
  if (patch.language !== undefined) next.language = patch.language;
  if (patch.theme !== undefined) next.theme = patch.theme;
  if (patch.mapView !== undefined) next.mapView = patch.mapView;
  if (patch.layers !== undefined) next.layers = { ...current.layers, ...patch.layers };
  if (patch.layout !== undefined) next.layout = { ...current.layout, ...patch.layout };
  if (patch.hub !== undefined) next.hub = patch.hub;
  if (patch.its !== undefined) next.its = patch.its;
  if (patch.ndmsEscalateAfterMin !== undefined) next.ndmsEscalateAfterMin = patch.ndmsEscalateAfterMin;
  return settingsSchema.parse(next);
}

async function readSettingsFile(path: string): Promise<Settings> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return getDefaultSettings();
    throw err;
  }
  // Fields from an older or newer version are tolerated: unknown keys are dropped, missing ones take
  // their defaults. A file that is not valid at all is set aside rather than silently overwritten.
  try {
    const raw: unknown = JSON.parse(text);
    const partial = storedSettingsPatchSchema.parse(raw);
    return mergeSettings(getDefaultSettings(), partial);
  } catch (err) {
    const aside = `${path}.invalid-${Date.now()}`;
    await rename(path, aside);
    console.warn(`settings: ${path} was not valid (${err instanceof Error ? err.message : String(err)}); moved to ${aside}, using defaults`);
    return getDefaultSettings();
  }
}

/** Write `text` to `path` atomically: a reader sees the old file or the new one, never a mix. */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const tmp = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  const handle = await open(tmp, 'w', 0o600);
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(tmp, path);
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    throw err;
  }
}

/** Open (or create on first write) the settings of a data folder. */
export async function openSettingsStore(dataDir: string, onChange: (settings: Settings) => void): Promise<SettingsStore> {
  await mkdir(dataDir, { recursive: true });
  const path = join(dataDir, SETTINGS_FILE);
  let current = await readSettingsFile(path);
  let queue: Promise<void> = Promise.resolve();

  return {
    get: () => structuredClone(current),
    update(patch) {
      let next: Settings;
      try {
        next = mergeSettings(current, storedSettingsPatchSchema.parse(patch));
      } catch (err) {
        return Promise.reject(err instanceof Error ? err : new Error(String(err)));
      }
      current = next;
      const write = queue.then(() => writeFileAtomic(path, JSON.stringify(next, null, 2) + '\n'));
      // Keep the chain alive after a failed write so later updates still persist.
      queue = write.catch(() => undefined);
      return write.then(() => {
        onChange(structuredClone(next));
        return structuredClone(next);
      });
    },
    flush: () => queue,
  };
}
