/**
 * Upstream sources from a JSON configuration file (`sitroom hub --sources FILE`), so a control room
 * turns on real feeds without code: each entry names a registered adapter, a URL template and a
 * schedule. `{apiKey}` in the URL is replaced by the (URL-encoded) key from `apiKey` or the
 * environment variable `apiKeyEnv`; keys never need to live in the file.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { adapters as builtin } from './adapters/index.js';
import type { Adapter, SourceDefinition } from './types.js';

const sourceConfigSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9._:-]*$/),
  adapter: z.string().min(1),
  url: z.string().url(),
  intervalMs: z.number().int().min(1000),
  apiKey: z.string().optional(),
  apiKeyEnv: z.string().optional(),
  timeoutMs: z.number().int().positive().optional(),
});
const fileSchema = z.object({ sources: z.array(sourceConfigSchema) });

/** One configured source, as written in the file. */
export type SourceConfig = z.infer<typeof sourceConfigSchema>;

export function sourceFromConfig(c: SourceConfig, registry: Readonly<Record<string, Adapter>> = builtin): SourceDefinition {
  const adapter = registry[c.adapter];
  if (!adapter) throw new Error(`source ${c.id}: unknown adapter "${c.adapter}" (known: ${Object.keys(registry).join(', ')})`);
  const def: SourceDefinition = {
    id: c.id,
    intervalMs: c.intervalMs,
    url: ({ apiKey }) => {
      if (c.url.includes('{apiKey}') && !apiKey) throw new Error(`no API key: set ${c.apiKeyEnv ?? 'apiKey'}`);
      return c.url.replaceAll('{apiKey}', encodeURIComponent(apiKey ?? ''));
    },
    parse: (text, ctx) => adapter.payload(text, ctx),
  };
  if (c.apiKey !== undefined) def.apiKey = c.apiKey;
  if (c.apiKeyEnv !== undefined) def.apiKeyEnv = c.apiKeyEnv;
  if (c.timeoutMs !== undefined) def.timeoutMs = c.timeoutMs;
  return def;
}

export function loadSourcesFile(file: string, registry?: Readonly<Record<string, Adapter>>): SourceDefinition[] {
  const parsed = fileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data.sources.map((c) => sourceFromConfig(c, registry));
}
