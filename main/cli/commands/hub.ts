/** `sitroom hub`: run a standalone feed hub (see hub/cli/standalone.ts for the flags). */
import { runHub } from '../../../hub/cli/standalone.js';

export const summary = 'run a standalone feed hub (--port P --data DIR [--scenario demo] [--token T])';

export function run(args: string[]): Promise<number> {
  return runHub(args);
}
