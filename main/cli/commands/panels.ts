/**
 * `sitroom panels --data DIR`: the eighteen service panels of a data folder synced with
 * `sitroom sync`, as JSON `[{"id","title","records","source"}]` (source: real or demo data).
 */
import { existsSync } from 'node:fs';
import { SERVICE_PANELS } from '../../common/panels/registry.js';
import { panelCounts } from '../../core/panels/panel-counts.js';
import { EventStore } from '../../core/store/event-store.js';
import { storePath } from '../../core/sync/open-sync.js';

export const summary = 'records per service panel in a synced data folder (--data DIR), as JSON';

const USAGE = 'usage: sitroom panels --data DIR';

export async function run(args: string[]): Promise<number> {
  if (args.includes('--help')) {
    console.log(USAGE);
    return 0;
  }
  const i = args.indexOf('--data');
  const dir = i >= 0 ? args[i + 1] : undefined;
  const extra = args.filter((a, k) => k !== i && k !== i + 1);
  if (!dir || extra.length > 0) throw new Error(extra.length > 0 ? `unexpected argument "${extra[0]}"\n${USAGE}` : `--data DIR is required\n${USAGE}`);
  const file = storePath(dir);
  if (!existsSync(file)) throw new Error(`no store in ${dir} (expected ${file}); sync one first with "sitroom sync --hub URL --token T --data ${dir} --once"`);
  const store = EventStore.open(file);
  try {
    console.log(JSON.stringify(panelCounts(SERVICE_PANELS, (stream) => store.currentState(stream))));
    return 0;
  } finally {
    store.close();
  }
}
