/**
 * Direct entry for a standalone hub without the compiled CLI: `node --import tsx hub/main.ts --data DIR ...`
 * (same flags as `sitroom hub`). Tests spawn this so they need no build.
 */
import { runHub } from './cli/standalone.js';

runHub(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`sitroom hub: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
