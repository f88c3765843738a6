import { opsCommandSchema } from '../sync-protocol.js';
import { streamNameSchema } from '../events.js';
import { KLIC_ARTICLES } from './klic-articles.js';
import { PANEL_DEFINITIONS, SERVICE_PANELS } from './registry.js';

describe('panel registry', () => {
  it('lists the eighteen service panels once each, with valid streams and ops actions', () => {
    expect(SERVICE_PANELS.map((p) => p.id)).toEqual(['nirs', 'gcma', 'public-info', 'hrd', 'dbrain', 'klic', 'kics', 'gov24', 'mobile-id', 'goodpy', 'epeople', 'clean-portal', 'food-safety', 'koneps', 'sims', 'unipass', 'narasat', 'forest-mgmt']);
    const ids = PANEL_DEFINITIONS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of SERVICE_PANELS) {
      expect(streamNameSchema.safeParse(p.stream).success, p.id).toBe(true);
      expect(p.actions.length, p.id).toBeGreaterThan(0);
      const columnKeys = new Set(p.columns.map((c) => c.key));
      expect(columnKeys.has(p.titleKey), `${p.id} titleKey`).toBe(true);
      for (const f of p.filters) {
        const col = p.columns.find((c) => c.key === f.key);
        expect(col, `${p.id} filter ${f.key}`).toBeDefined();
        if (f.kind === 'enum') expect(col?.values?.length, `${p.id} enum filter ${f.key}`).toBeGreaterThan(0);
      }
      for (const s of p.summary) if (s.op !== 'count') expect(columnKeys.has(s.key ?? ''), `${p.id} summary ${s.id}`).toBe(true);
      for (const a of p.actions) {
        // Each action is a valid ops command shape.
        const cmd = { id: 'cmd-registry-0001', stream: a.stream, kind: a.kind, key: 'k', props: {}, issuedAt: 1 };
        expect(opsCommandSchema.safeParse(cmd).success, `${p.id}.${a.id}`).toBe(true);
        for (const field of a.fields) if (field.type === 'enum') expect(field.values?.length, `${p.id}.${a.id}.${field.key}`).toBeGreaterThan(0);
      }
    }
  });

  it('offers only KLIC articles with a number, a title and a source', () => {
    expect(KLIC_ARTICLES.length).toBeGreaterThan(10);
    for (const a of KLIC_ARTICLES) {
      expect(a.article).toMatch(/^\d+(-\d+)?$/);
      expect(a.titleKo ?? a.titleEn).toBeTruthy();
      expect(a.sourceUrl).toMatch(/^https?:\/\//);
    }
    const laws = new Set(KLIC_ARTICLES.map((a) => a.law.en));
    expect(laws).toEqual(new Set(['Framework Act on the Management of Disasters and Safety', 'Forest Protection Act', 'Road Act']));
  });
});
