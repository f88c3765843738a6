/**
 * `sitroom export-cap <alert-id> --data DIR`: prints the CAP 1.2 XML of a drafted alert from a data
 * folder's store (one synced with `sitroom sync --data DIR`, or an app's data folder: then its
 * exercise store when it has no real one). The alert is the `ops.ndms` `alert.send` or `alert.update`
 * event whose draft id (or key `draft:<id>`) matches, or the `alert.cancel` whose Cancel message id
 * (or key `cancel:<alert id>`) matches; the document printed is the one that was sent, or, for a
 * send or update without one, rebuilt from its draft. Exit 0 printed; 1 bad arguments; 2 no store; 3 not found.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ALERT_CANCEL_KIND, alertDraftSchema, ALERT_SEND_KIND, ALERT_UPDATE_KIND } from '../../common/ndms/draft.js';
import { REPORT_OPS } from '../../common/ndms/report-types.js';
import { exercisePaths, remoteStorePath } from '../../core/live/store-files.js';
import { draftToCap, exportCap } from '../../core/ndms/cap-export.js';
import { openDatabase } from '../../core/store/open-database.js';

export const summary = 'print the CAP 1.2 XML of a drafted alert: export-cap <alert-id> --data DIR';

const USAGE = 'usage: sitroom export-cap <alert-id> --data DIR   (DIR: a folder synced with `sitroom sync --data DIR`)';

function parse(args: string[]): { id: string; data: string } | string {
  let id: string | null = null;
  let data: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--data') data = args[++i] ?? null;
    else if (a.startsWith('--data=')) data = a.slice(7);
    else if (a.startsWith('-')) return `unknown option ${a}`;
    else if (id === null) id = a;
    else return `unexpected argument ${a}`;
  }
  if (!id) return 'missing <alert-id>';
  if (!data) return 'missing --data DIR';
  return { id, data: resolve(data) };
}

/** The CAP document of alert `id` in the store file, or null. */
export function findCapXml(storeFile: string, id: string): string | null {
  const db = openDatabase(storeFile, { readonly: true });
  try {
    const keys = id.startsWith('draft:') || id.startsWith('cancel:') ? [id] : [`draft:${id}`, id];
    const row = (db
      .prepare(`SELECT props FROM current_state WHERE stream = ? AND kind IN (?, ?, ?) AND key IN (${keys.map(() => '?').join(', ')}) ORDER BY seq DESC LIMIT 1`)
      .get(REPORT_OPS.stream, ALERT_SEND_KIND, ALERT_UPDATE_KIND, ALERT_CANCEL_KIND, ...keys) ??
      // A Cancel message by its own identifier.
      db
        .prepare("SELECT props FROM current_state WHERE stream = ? AND kind = ? AND json_extract(props, '$.cancel.id') = ? ORDER BY seq DESC LIMIT 1")
        .get(REPORT_OPS.stream, ALERT_CANCEL_KIND, id)) as { props: string } | undefined;
    if (!row) return null;
    const props = JSON.parse(row.props) as Record<string, unknown>;
    if (typeof props['capXml'] === 'string' && props['capXml'].length > 0) return props['capXml'];
    const draft = alertDraftSchema.safeParse(props['draft']);
    return draft.success ? exportCap(draftToCap(draft.data)) : null;
  } finally {
    db.close();
  }
}

export async function run(args: string[], out: (text: string) => void = (t) => process.stdout.write(t), err: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    out(`sitroom export-cap: ${summary}\n${USAGE}\n`);
    return 0;
  }
  const a = parse(args);
  if (typeof a === 'string') {
    err(`sitroom export-cap: ${a}\n${USAGE}`);
    return 1;
  }
  const stores = [remoteStorePath(a.data), exercisePaths(a.data).store].filter((f) => existsSync(f));
  if (stores.length === 0) {
    err(`sitroom export-cap: no store in ${a.data} (sync one first: sitroom sync --hub URL --token T --data ${a.data} --once)`);
    return 2;
  }
  for (const f of stores) {
    const xml = findCapXml(f, a.id);
    if (xml !== null) {
      out(xml);
      return 0;
    }
  }
  err(`sitroom export-cap: no drafted alert ${a.id} in ${stores.join(', ')}`);
  return 3;
}
