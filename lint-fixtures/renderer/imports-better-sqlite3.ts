// Deliberately wrong: the renderer never touches SQLite.
import Database from 'better-sqlite3';
export const db = Database;
