import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../test-support/helpers.js';
import { loadSourcesFile, sourceFromConfig } from './sources-config.js';

describe('sources configuration file', () => {
  it('builds sources from adapters and URL templates, keeping keys out of the file', () => {
    const s = sourceFromConfig({ id: 'dssp', adapter: 'dssp-alerts', url: 'https://www.safetydata.go.kr/V2/api/DSSP-IF-00247?serviceKey={apiKey}&pageNo=1', intervalMs: 60_000, apiKeyEnv: 'KEY' });
    expect(s.url({ apiKey: 'a+b', now: 0 })).toBe('https://www.safetydata.go.kr/V2/api/DSSP-IF-00247?serviceKey=a%2Bb&pageNo=1');
    expect(() => s.url({ apiKey: undefined, now: 0 })).toThrow(/set KEY/);
    expect(s.parse('{"header":{"resultCode":"00"},"body":[]}', { now: 0 }).events).toEqual([]);
  });

  it('refuses unknown adapters and malformed entries with the reason', () => {
    const t = tempDir();
    try {
      const file = join(t.dir, 'sources.json');
      writeFileSync(file, JSON.stringify({ sources: [{ id: 'x', adapter: 'nope', url: 'http://127.0.0.1/', intervalMs: 5000 }] }));
      expect(() => loadSourcesFile(file)).toThrow(/unknown adapter "nope"/);
      writeFileSync(file, JSON.stringify({ sources: [{ id: 'x', adapter: 'dssp-alerts', url: 'not a url', intervalMs: 5 }] }));
      expect(() => loadSourcesFile(file)).toThrow(/url|intervalMs/);
    } finally {
      t.cleanup();
    }
  });
});
