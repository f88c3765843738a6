/** The `app:info` answer: version, shell and the attributions of the bundled data. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { AppInfo } from '../common/ipc-contract.js';

const manifestSchema = z.object({
  inputs: z.array(
    z.object({
      id: z.string(),
      name: z.string().optional(),
      url: z.string(),
      licence: z.string(),
      attribution: z.string(),
    }),
  ),
});

/** Read the attributions from the geo-data manifest; a missing or malformed manifest is an error, not an empty list. */
export async function readAttributions(geoDataDir: string): Promise<AppInfo['attributions']> {
  const path = join(geoDataDir, 'manifest.json');
  const manifest = manifestSchema.parse(JSON.parse(await readFile(path, 'utf8')));
  return manifest.inputs.map((input) => ({ name: input.name ?? input.id, licence: input.licence, attribution: input.attribution, url: input.url }));
}
