import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readAttributions } from './app-info.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitroom-info-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('readAttributions', () => {
  it('credits each source once, grouping inputs that share a credit', async () => {
    const ne = { licence: 'Public domain', attribution: 'Made with Natural Earth' };
    writeFileSync(
      join(dir, 'manifest.json'),
      JSON.stringify({
        inputs: [
          { id: 'ne-ports', url: 'https://ne/ports', sha256: 'x', file: 'a', ...ne },
          { id: 'ne-airports', url: 'https://ne/airports', sha256: 'x', file: 'b', ...ne },
          { id: 'glyphs:Noto Sans/0-255.pbf', url: 'https://g/0', licence: 'OFL', attribution: 'Noto', sha256: 'x', file: 'c' },
          { id: 'glyphs:Noto Sans/256-511.pbf', url: 'https://g/1', licence: 'OFL', attribution: 'Noto', sha256: 'x', file: 'd' },
        ],
        attributions: [{ text: 'Noto', licence: 'OFL' }, { text: 'Places: public facts', licence: 'facts' }],
      }),
    );
    expect(await readAttributions(dir)).toEqual([
      { name: 'ne-ports, ne-airports', licence: 'Public domain', attribution: 'Made with Natural Earth', url: 'https://ne/ports' },
      { name: 'glyphs', licence: 'OFL', attribution: 'Noto', url: 'https://g/0' },
      { name: 'geo-data', licence: 'facts', attribution: 'Places: public facts', url: '' },
    ]);
  });

  it('fails loudly without a manifest', async () => {
    await expect(readAttributions(dir)).rejects.toThrow(/ENOENT/);
  });
});
