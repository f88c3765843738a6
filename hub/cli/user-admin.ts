/**
 * `sitroom user add|list|revoke|keys|revoke-key|reset-key` against a hub data folder. The token is
 * printed once, on add; only its hash is stored. Signing keys (GCMA) are registered by the clients
 * themselves; here a supervisor lists, revokes (published on `hub.keys`, so every workstation sees
 * it) and resets them.
 */
import { join } from 'node:path';
import { readAccessLog } from '../auth/access-log.js';
import { keyEvent, KeyStore } from '../auth/keys.js';
import { isRole, ROLES, UserStore } from '../auth/users.js';
import { EventLog } from '../log/event-log.js';
import { openHubDb } from '../log/open-db.js';
import { checkKnown, parseArgs, str } from './args.js';

export const USER_USAGE = `usage: sitroom user add <name> --role viewer|operator|supervisor [--sensitive] [--token T] --data DIR [--json]
       sitroom user list --data DIR [--json]
       sitroom user revoke <name> --data DIR
       sitroom user keys [<name>] --data DIR [--json]
       sitroom user revoke-key <name> --data DIR [--by SUPERVISOR]
       sitroom user reset-key <name> --data DIR
       sitroom user access-log --data DIR [--json]`;

export async function runUser(args: readonly string[], out: (line: string) => void = console.log): Promise<number> {
  const p = parseArgs(args, ['sensitive', 'json', 'help']);
  if (p.flags.has('help') || p.positional.length === 0) {
    out(USER_USAGE);
    return p.flags.has('help') ? 0 : 1;
  }
  checkKnown(p, ['role', 'sensitive', 'token', 'data', 'json', 'help', 'by']);
  const dataDir = str(p, 'data');
  if (!dataDir) throw new Error(`--data DIR (the hub's data folder) is required\n${USER_USAGE}`);
  const [verb, name] = p.positional;
  const db = openHubDb(join(dataDir, 'hub.db'));
  try {
    const users = new UserStore(db);
    switch (verb) {
      case 'add': {
        if (!name) throw new Error('user add needs a name');
        const role = str(p, 'role') ?? '';
        if (!isRole(role)) throw new Error(`--role must be one of ${ROLES.join(', ')}`);
        const token = str(p, 'token');
        const r = users.add(name, role, { sensitive: p.flags.has('sensitive'), ...(token ? { token } : {}) });
        if (p.flags.has('json')) out(JSON.stringify({ name, role, sensitive: r.user.sensitive, token: r.token }));
        else out(`user ${name} (${role}${r.user.sensitive ? ', sensitive records' : ''}) added. Token (shown once, keep it safe):\n${r.token}`);
        return 0;
      }
      case 'list': {
        const list = users.list();
        if (p.flags.has('json')) out(JSON.stringify(list));
        else {
          out(`${'NAME'.padEnd(20)} ${'ROLE'.padEnd(11)} ${'SENSITIVE'.padEnd(9)} ${'CREATED'.padEnd(24)} REVOKED`);
          for (const u of list) out(`${u.name.padEnd(20)} ${u.role.padEnd(11)} ${(u.sensitive ? 'yes' : 'no').padEnd(9)} ${new Date(u.createdAt).toISOString().padEnd(24)} ${u.revokedAt ? new Date(u.revokedAt).toISOString() : '-'}`);
        }
        return 0;
      }
      case 'revoke': {
        if (!name) throw new Error('user revoke needs a name');
        const u = users.revoke(name);
        out(`user ${u.name} revoked; connections with their token are refused from now on`);
        return 0;
      }
      case 'keys': {
        const list = new KeyStore(db).list(name);
        if (p.flags.has('json')) out(JSON.stringify(list));
        else for (const k of list) out(`${k.user.padEnd(20)} ${k.keyId.padEnd(26)} ${new Date(k.createdAt).toISOString()} ${k.revokedAt ? `revoked ${new Date(k.revokedAt).toISOString()} by ${k.revokedBy ?? '?'}` : 'active'}`);
        return 0;
      }
      case 'revoke-key': {
        if (!name) throw new Error('user revoke-key needs a name');
        if (!users.get(name)) throw new Error(`no user "${name}"`);
        const by = str(p, 'by') ?? 'sitroom-cli';
        const log = new EventLog(db);
        // Revocation and its hub.keys events commit together; a running hub serves them on its next heartbeat.
        const revoked = log.write(() => {
          const r = new KeyStore(db).revokeUser(name, by);
          log.appendValidated(r.map((k) => keyEvent(k, 'actual')));
          return r;
        });
        out(`signing keys of ${name} revoked (${revoked.length} key${revoked.length === 1 ? '' : 's'}); new keys are refused until "sitroom user reset-key ${name}"`);
        return 0;
      }
      case 'access-log': {
        const log = readAccessLog(db);
        if (p.flags.has('json')) out(JSON.stringify(log));
        else for (const e of log) out(`${new Date(e.at).toISOString()} ${e.user.padEnd(16)} ${e.scope.padEnd(10)} ${e.legalBasis.padEnd(24)} ${e.purpose}`);
        return 0;
      }
      case 'reset-key': {
        if (!name) throw new Error('user reset-key needs a name');
        const lifted = new KeyStore(db).reset(name);
        out(lifted ? `${name} may register a new signing key (their workstations do so when they next connect)` : `${name} had no revoked keys`);
        return 0;
      }
      default:
        throw new Error(`unknown user command "${verb}"\n${USER_USAGE}`);
    }
  } finally {
    db.close();
  }
}
