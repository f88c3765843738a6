/**
 * The CAP 1.2 schema's manifest and where it is read from. The schema is not committed: it is read
 * from CAP_SCHEMA_DIR, else ../shared/schemas beside the checkout, and checked against the sha256 here.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface CapSchemaManifest {
  file: string;
  url: string;
  sha256: string;
}

/** OASIS CAP 1.2 schema (© OASIS Open 2010; may be copied with the notice kept). */
export const CAP_SCHEMA: Readonly<CapSchemaManifest> = {
  file: 'CAP-v1.2.xsd',
  url: 'https://docs.oasis-open.org/emergency/cap/v1.2/CAP-v1.2.xsd',
  sha256: 'f6c6ed7537a463968b7b36110f7e8bba1f86ad2257a8b84619d7dce530e57401',
};

/**
 * The schema file path if present and its sha256 matches the manifest; null when absent.
 * `repoRoot` defaults to the working directory (the checkout root for tests and the CLI).
 */
export function findCapSchema(env: NodeJS.ProcessEnv = process.env, repoRoot = process.cwd()): string | null {
  const m = CAP_SCHEMA;
  const dir = env['CAP_SCHEMA_DIR'] ?? resolve(repoRoot, '..', 'shared', 'schemas');
  const file = join(dir, m.file);
  if (!existsSync(file)) return null;
  const sum = createHash('sha256').update(readFileSync(file)).digest('hex');
  if (sum !== m.sha256) throw new Error(`${file}: sha256 ${sum} differs from the manifest's ${m.sha256}`);
  return file;
}
