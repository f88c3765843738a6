import { z } from 'zod';

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
});

export type Settings = z.infer<typeof settingsSchema>;

export const settingsPatchSchema = settingsSchema.partial();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

export function getDefaultSettings(): Settings {
  return {
    language: 'ko',
    theme: 'dark',
    mapView: { center: [127.8, 36.3], zoom: 6.4, bearing: 0, pitch: 0 },
    layers: {},
    layout: {},
  };
}
