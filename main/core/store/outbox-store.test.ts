import Database from 'better-sqlite3';
import { up } from './migrations/0001-initial.js';
import { OutboxStore } from './outbox-store.js';
import type { OpsCommand } from '../../common/sync-protocol.js';

const cmd = (id: string): OpsCommand => ({ id, stream: 'ops.notes', kind: 'note', key: 'n1', op: 'upsert', props: { text: 'hi' }, issuedAt: 1 });

describe('OutboxStore', () => {
  it('keeps a command pending until a positive ack, then done once', () => {
    const db = new Database(':memory:');
    up(db);
    const box = new OutboxStore(db, () => 42);
    box.add(cmd('cmd-00000001'));
    box.add(cmd('cmd-00000001')); // re-adding is a no-op
    expect(box.pending().map((e) => e.id)).toEqual(['cmd-00000001']);
    box.recordAttempt('cmd-00000001');
    box.recordError('cmd-00000001', 'timeout');
    expect(box.get('cmd-00000001')).toMatchObject({ attempts: 1, lastError: 'timeout', state: 'pending' });
    expect(box.markDone('cmd-00000001', 7)).toBe(true);
    expect(box.markDone('cmd-00000001', 7)).toBe(false); // a duplicate ack changes nothing
    expect(box.pending()).toEqual([]);
    expect(box.get('cmd-00000001')).toMatchObject({ state: 'done', ackSeq: 7 });
  });

  it('marks a refused command rejected and stops retrying it', () => {
    const db = new Database(':memory:');
    up(db);
    const box = new OutboxStore(db);
    box.add(cmd('cmd-00000002'));
    box.markRejected('cmd-00000002', 'viewer may not act');
    expect(box.pending()).toEqual([]);
    expect(box.get('cmd-00000002')).toMatchObject({ state: 'rejected', lastError: 'viewer may not act' });
  });
});
