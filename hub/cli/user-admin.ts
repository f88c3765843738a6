/**
 * `sitroom user add|list|revoke` against a hub data folder. The token is printed once, on add; only
 * its hash is stored.
 */
import { join } from 'node:path';
import { isRole, ROLES, UserStore } from '../auth/users.js';
import { openHubDb } from '../log/open-db.js';
import { checkKnown, parseArgs, str } from './args.js';

export const USER_USAGE = `usage: sitroom user add <name> --role viewer|operator|supervisor [--sensitive] [--token T] --data DIR [--json]
       sitroom user list --data DIR [--json]
       sitroom user revoke <name> --data DIR`;

export async function runUser(args: readonly string[], out: (line: string) => void = console.log): Promise<number> {
  const p = parseArgs(args, ['sensitive', 'json', 'help']);
  if (p.flags.has('help') || p.positional.length === 0) {
    out(USER_USAGE);
    return p.flags.has('help') ? 0 : 1;
  }
  checkKnown(p, ['role', 'sensitive', 'token', 'data', 'json', 'help']);
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
      default:
        throw new Error(`unknown user command "${verb}"\n${USER_USAGE}`);
    }
  } finally {
    db.close();
  }
}
