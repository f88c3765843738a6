/**
 * Reads the pinned inputs named in geo-data/sources.json: from a mirror folder when one is given,
 * otherwise from each canonical URL, and from node_modules for npm packages. Every byte that enters
 * the build is checked against its recorded sha256; a mismatch stops the build naming both hashes.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** One input as the manifest lists it. */
export interface InputSpec {
  id: string;
  /** Path relative to the mirror root (or to the npm package for npm inputs). */
  file: string;
  url: string;
  licence: string;
  attribution: string;
  sha256: string;
  /** npm inputs: package name and version. */
  npm?: { package: string; version: string };
  /** Natural Earth extracts: the mirror holds a bbox-filtered copy of the upstream file. */
  derived?: { filter: string; bbox: [number, number, number, number]; featuresSha256: string };
}

interface SourcesFile {
  inputs: InputSpec[];
  glyphs: { dir: string; urlBase: string; licence: string; attribution: string; files: Record<string, string> };
  npm: Array<{ id: string; package: string; file: string; version: string; url: string; licence: string; attribution: string; sha256: string }>;
}

/** Thrown when bytes do not match the pinned sha256. */
export class ChecksumError extends Error {
  constructor(
    readonly file: string,
    readonly expected: string,
    readonly actual: string,
  ) {
    super(`geo-data: checksum mismatch for ${file}\n  expected sha256 ${expected}\n  actual   sha256 ${actual}\nThe input changed or is corrupt; refusing to build from it.`);
    this.name = 'ChecksumError';
  }
}

export function sha256(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** All inputs of sources.json flattened into one list (glyph files and npm files included). */
export function listInputs(sources: SourcesFile): InputSpec[] {
  const glyphs = Object.entries(sources.glyphs.files)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([rel, hash]) => ({
      id: `glyphs:${rel}`,
      file: `${sources.glyphs.dir}/${rel}`,
      url: sources.glyphs.urlBase + rel.split('/').map(encodeURIComponent).join('/'),
      licence: sources.glyphs.licence,
      attribution: sources.glyphs.attribution,
      sha256: hash,
    }));
  const npm = sources.npm.map((n) => ({
    id: n.id,
    file: `node_modules/${n.package}/${n.file}`,
    url: n.url,
    licence: n.licence,
    attribution: n.attribution,
    sha256: n.sha256,
    npm: { package: n.package, version: n.version },
  }));
  return [...sources.inputs, ...npm, ...glyphs];
}

export async function readSources(path: string): Promise<SourcesFile> {
  return JSON.parse(await readFile(path, 'utf8')) as SourcesFile;
}

/** Where inputs come from: a mirror folder, or the network (global fetch). */
export interface InputOptions {
  mirror: string | null;
  /** Package root, for node_modules inputs. */
  root: string;
  fetchImpl?: typeof fetch;
}

/** Reads and verifies one input; returns its bytes. */
export async function loadInput(spec: InputSpec, opts: InputOptions): Promise<Buffer> {
  if (spec.npm) {
    const bytes = await readFile(join(opts.root, spec.file));
    verify(spec.file, spec.sha256, bytes);
    return bytes;
  }
  if (opts.mirror) {
    const bytes = await readFile(join(opts.mirror, spec.file)).catch((err: unknown) => {
      throw new Error(`geo-data: input ${spec.id} missing from mirror ${opts.mirror}: ${spec.file} (${String(err)})`);
    });
    verify(spec.file, spec.sha256, bytes);
    return bytes;
  }
  const bytes = await download(spec.url, opts.fetchImpl ?? fetch);
  if (!spec.derived) {
    verify(spec.url, spec.sha256, bytes);
    return bytes;
  }
  // The mirror holds a bbox extract of the upstream file: rebuild the extract and compare its features.
  const extract = bboxExtract(bytes, spec.derived.bbox);
  verify(`${spec.url} (features touching ${spec.derived.bbox.join(',')})`, spec.derived.featuresSha256, Buffer.from(JSON.stringify(extract.features)));
  return Buffer.from(JSON.stringify(extract));
}

function verify(name: string, expected: string, bytes: Buffer): void {
  const actual = sha256(bytes);
  if (actual !== expected) throw new ChecksumError(name, expected, actual);
}

async function download(url: string, fetchImpl: typeof fetch): Promise<Buffer> {
  const res = await fetchImpl(url).catch((err: unknown) => {
    throw new Error(`geo-data: cannot download ${url} (${String(err)}). Offline? Set GEO_DATA_MIRROR to a mirror folder.`);
  });
  if (!res.ok) throw new Error(`geo-data: download of ${url} failed: HTTP ${res.status}`);
  return Buffer.from(await res.arrayBuffer());
}

interface LooseCollection {
  type: 'FeatureCollection';
  features: Array<{ geometry: { coordinates: unknown } | null }>;
}

function bboxExtract(bytes: Buffer, bbox: [number, number, number, number]): LooseCollection {
  const fc = JSON.parse(bytes.toString('utf8')) as LooseCollection;
  const touches = (c: unknown): boolean => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      const [x, y] = c as number[];
      return x! >= bbox[0] && x! <= bbox[2] && y! >= bbox[1] && y! <= bbox[3];
    }
    return Array.isArray(c) && c.some(touches);
  };
  return { type: 'FeatureCollection', features: fc.features.filter((f) => f.geometry && touches(f.geometry.coordinates)) };
}
