/**
 * Runs the `sitroom` CLI from the TypeScript sources (through tsx), so process-level tests exercise
 * the current tree without depending on a fresh `tsc -b` into dist/.
 */
import { main } from '../../main/cli/index.js';

process.exitCode = await main(process.argv.slice(2));
