/** A hub log and quarantine on a temporary database: what connector tests ingest into. */
import { join } from 'node:path';
import { Quarantine } from '../connectors/quarantine.js';
import { EventLog } from '../log/event-log.js';
import { openHubDb } from '../log/open-db.js';
import { tempDir } from './helpers.js';

export interface ConnectorRig {
  log: EventLog;
  quarantine: Quarantine;
  /** Closes the database and removes the folder. */
  close(): void;
}

export function openConnectorRig(): ConnectorRig {
  const t = tempDir();
  const db = openHubDb(join(t.dir, 'hub.db'));
  const log = new EventLog(db);
  return {
    log,
    quarantine: new Quarantine(db),
    close() {
      log.db.close();
      t.cleanup();
    },
  };
}
