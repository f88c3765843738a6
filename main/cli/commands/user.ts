/** `sitroom user add|list|revoke`: manage hub users and tokens in a hub data folder. */
import { runUser } from '../../../hub/cli/user-admin.js';

export const summary = 'manage hub users: add <name> --role R | list | revoke | keys | revoke-key | reset-key | access-log (--data DIR)';

export function run(args: string[]): Promise<number> {
  return runUser(args);
}
