/** The `app:info` answer's attributions: one entry per credited source of the bundled geo-data. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { AppInfo } from '../common/ipc-contract.js';

const manifestSchema = z.object({
  inputs: z.array(z.object({ id: z.string(), url: z.string(), licence: z.string(), attribution: z.string() })),
  /** Credits that are not tied to one downloaded input (e.g. facts compiled by hand). */
  attributions: z.array(z.object({ text: z.string(), licence: z.string() })).optional(),
});

/** `glyphs:Noto Sans Medium/0-255.pbf` → `glyphs`; plain ids stay as they are. */
const sourceName = (id: string): string => id.split(':')[0] ?? id;

/**
 * Read the attributions from the geo-data manifest. Inputs that share one credit (the hundreds of glyph
 * ranges, the Natural Earth layers) become one entry naming them together; a missing or malformed
 * manifest is an error, never an empty list.
 */
export async function readAttributions(geoDataDir: string): Promise<AppInfo['attributions']> {
  const manifest = manifestSchema.parse(JSON.parse(await readFile(join(geoDataDir, 'manifest.json'), 'utf8')));
  const groups = new Map<string, { names: string[]; licence: string; attribution: string; url: string }>();
  for (const input of manifest.inputs) {
    const key = `${input.attribution}\u0000${input.licence}`;
    const group = groups.get(key);
    const name = sourceName(input.id);
    if (!group) groups.set(key, { names: [name], licence: input.licence, attribution: input.attribution, url: input.url });
    else if (!group.names.includes(name)) group.names.push(name);
  }
  const result: AppInfo['attributions'] = [...groups.values()].map((g) => ({ name: g.names.join(', '), licence: g.licence, attribution: g.attribution, url: g.url }));
  for (const extra of manifest.attributions ?? []) {
    if (!result.some((r) => r.attribution === extra.text)) result.push({ name: 'geo-data', licence: extra.licence, attribution: extra.text, url: '' });
  }
  return result;
}
