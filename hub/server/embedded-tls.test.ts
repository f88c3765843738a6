import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { connectClient, connectOutcome, tempDir, waitFor } from '../test-support/helpers.js';
import { createHub } from './create-hub.js';
import { createEmbeddedHub } from './embedded.js';

describe('embedded hub', () => {
  it('listens on loopback with a random port and a fresh local token each start, playing the demo', async () => {
    const t = tempDir();
    try {
      const a = await createEmbeddedHub({ dataDir: t.dir, speed: 3600, logger: () => {} });
      expect(a.host).toBe('127.0.0.1');
      expect(a.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const c = connectClient(a.url, { token: a.localToken });
      await waitFor(() => c.got.caughtUp.length === 1);
      await waitFor(() => c.got.batches.some((b) => b.events.some((e) => e.status === 'exercise')));
      c.socket.close();
      // Scenario control through the admin route (supervisor token, loopback).
      const ctl = async (body: unknown) => (await fetch(`${a.url}/admin/scenario`, { method: 'POST', headers: { authorization: `Bearer ${a.localToken}` }, body: JSON.stringify(body) })).json() as Promise<{ playing: boolean; speed: number }>;
      expect(await ctl({ action: 'pause' })).toMatchObject({ playing: false });
      expect(await ctl({ action: 'play', speed: 120 })).toMatchObject({ playing: true, speed: 120 });
      const oldToken = a.localToken;
      await a.close();
      const b = await createEmbeddedHub({ dataDir: t.dir, scenario: null, logger: () => {} });
      expect(b.localToken).not.toBe(oldToken);
      expect(b.scenario).toBeNull();
      const stale = connectClient(b.url, { token: oldToken });
      expect(await connectOutcome(stale.socket)).toMatchObject({ code: 'auth' });
      stale.socket.close();
      await b.close();
    } finally {
      t.cleanup();
    }
  });
});

describe('TLS', () => {
  it('serves wss when a certificate is configured', async () => {
    const t = tempDir();
    try {
      const key = join(t.dir, 'key.pem');
      const cert = join(t.dir, 'cert.pem');
      execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' });
      const hub = await createHub({ dataDir: join(t.dir, 'data'), tls: { cert, key }, logger: () => {} });
      try {
        expect(hub.url).toMatch(/^https:\/\//);
        const token = hub.users.add('kim', 'viewer').token;
        const { socket } = connectClient(hub.url, { token }, { ca: [readFileSync(cert, 'utf8')] });
        expect(await connectOutcome(socket)).toBe('connected');
        socket.close();
        const { socket: plain } = connectClient(hub.url.replace('https:', 'http:'), { token }, { timeout: 2000 });
        expect(await connectOutcome(plain)).not.toBe('connected');
        plain.close();
      } finally {
        await hub.close();
      }
    } finally {
      t.cleanup();
    }
  });
});
