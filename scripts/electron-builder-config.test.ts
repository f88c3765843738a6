// electron-builder.yml is checked against the JSON schema app-builder-lib ships, so a misspelt or
// misplaced key fails here rather than at packaging time on another machine.
import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { load } from 'js-yaml';

const root = new URL('../', import.meta.url);
const schema = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('app-builder-lib/scheme.json'), 'utf8')) as Record<string, unknown>;
const config = load(readFileSync(new URL('electron-builder.yml', root), 'utf8')) as Record<string, unknown>;

// The schema is draft-07 with some keywords ajv's strict mode does not know; formats are not our concern.
const validate = new Ajv({ strict: false, allErrors: true, validateFormats: false }).compile(schema);

function errorsOf(value: unknown): string[] {
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}

describe('electron-builder.yml', () => {
  it('validates against app-builder-lib/scheme.json', () => {
    expect(errorsOf(config)).toEqual([]);
  });

  it('targets Linux AppImage + deb and Windows NSIS, with geo-data as extra resources and no npm rebuild', () => {
    expect(config).toMatchObject({ productName: 'Situation Room', npmRebuild: false, linux: { target: ['AppImage', 'deb'] }, win: { target: [{ target: 'nsis' }] } });
    expect(config.extraResources).toContainEqual(expect.objectContaining({ from: 'geo-data/out', to: 'geo-data' }));
  });

  it('fails on a wrong key (the schema really bites)', () => {
    expect(errorsOf({ ...config, npmRebuilt: false })).not.toEqual([]);
    expect(errorsOf({ ...config, linux: { ...(config.linux as object), targets: ['AppImage'] } })).not.toEqual([]);
    expect(errorsOf({ ...config, npmRebuild: 'no' })).not.toEqual([]);
  });
});
