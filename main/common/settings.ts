import { z } from 'zod';

/**
 * Where the app's live picture comes from. `demo`: the core starts an embedded hub on loopback that
 * plays the built-in demo day (everything it shows is an exercise). `remote`: a control-room hub at
 * `url`, authenticated with the user's `token`; no demo runs then.
 */
export const hubConnectionSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('demo') }).strict(),
  z
    .object({
      mode: z.literal('remote'),
      url: z
        .string()
        .max(2048)
        .refine((u) => /^(https?|wss?):\/\/[^\s/]+/i.test(u), 'url must be an http(s):// or ws(s):// address'),
      token: z.string().min(1).max(512),
    })
    .strict(),
]);
export type HubConnection = z.infer<typeof hubConnectionSchema>;

/** Shown instead of a stored hub token wherever settings leave the main process. */
export const MASKED_TOKEN = '********';

/** A camera media origin as configured: `http(s)://host[:port]`, nothing more (no path, no wildcard). */
export const cctvOriginSchema = z
  .string()
  .max(300)
  .regex(/^https?:\/\/(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+)(:\d{1,5})?$/, 'a camera origin is http(s)://host[:port], without a path');

/**
 * ITS options an administrator sets in the settings file. `cctvOrigins`: the only origins camera
 * stills and streams are loaded from; the Content-Security-Policy admits exactly these for images
 * and media (read at start), and the viewer refuses any other URL without requesting it.
 */
export const itsSettingsSchema = z.object({ cctvOrigins: z.array(cctvOriginSchema).max(64).optional() });
export type ItsSettings = z.infer<typeof itsSettingsSchema>;

/** Operator-facing settings persisted by the core (a JSON file in the data folder). */
export const settingsSchema = z.object({
  language: z.enum(['ko', 'en']),
  theme: z.enum(['dark', 'light']),
  /** Last map view, restored at start. */
  mapView: z.object({ center: z.tuple([z.number(), z.number()]), zoom: z.number(), bearing: z.number(), pitch: z.number() }),
  /** Layer toggles and opacity by layer module id. */
  layers: z.record(z.string(), z.object({ visible: z.boolean(), opacity: z.number().min(0).max(1) })),
  /** Window layout: panel sizes and which panels are open, by name. */
  layout: z.record(z.string(), z.union([z.number(), z.boolean(), z.string()])),
  /**
   * The hub connection (default: the embedded demo hub). Changed only through `hub:connect`, never by
   * `settings:update`. Outside the main process the token reads as MASKED_TOKEN. Optional in the type
   * only so that settings written before it existed still parse; the core always fills it in.
   */
  hub: hubConnectionSchema.optional(),
  /** ITS options (camera origins); set in the settings file by an administrator, never by `settings:update`. */
  its: itsSettingsSchema.optional(),
  /** Minutes an unacknowledged critical situation report waits before it escalates to supervisors (default 5). */
  ndmsEscalateAfterMin: z.number().min(0.5).max(1440).optional(),
});

export type Settings = z.infer<typeof settingsSchema>;

/**
 * What `settings:update` accepts: any field but `hub` (which goes through `hub:connect`) and `its`
 * (its camera origins widen the CSP, so the renderer may not change them).
 */
export const settingsPatchSchema = settingsSchema.omit({ hub: true, its: true }).partial();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

/** What the settings file may hold (every field optional, `hub` included); used by the core only. */
export const storedSettingsPatchSchema = settingsSchema.partial();
export type StoredSettingsPatch = z.infer<typeof storedSettingsPatchSchema>;

export function getDefaultSettings(): Settings {
  return {
    language: 'ko',
    theme: 'dark',
    mapView: { center: [127.8, 36.3], zoom: 6.4, bearing: 0, pitch: 0 },
    layers: {},
    layout: {},
    hub: { mode: 'demo' },
  };
}

/** Settings as the renderer may see them: the hub token replaced by MASKED_TOKEN. */
export function maskSettings(settings: Settings): Settings {
  if (settings.hub?.mode !== 'remote') return settings;
  return { ...settings, hub: { ...settings.hub, token: MASKED_TOKEN } };
}
