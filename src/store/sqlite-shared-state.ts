/**
 * SharedState in the SQLite file of the keyv store, in its own tables. An index change is a few statements (upsert,
 * refresh, trim), each leaving the same result whatever other changes run between them, run in one transaction by
 * the write queue (group commit: one script and one COMMIT for every change queued meanwhile). A claim is one upsert.
 * Reads use a second connection. Another process on the same file waits for the write lock (busy timeout).
 */

import type { IndexAddOptions, IndexEntry, SharedState } from "./shared-state.js";
import { openSqliteConnection, type SqliteConnection, type SqlParams } from "./sqlite-connection.js";
import { createWriteQueue, sqlLiteral } from "./sqlite-write-queue.js";

// An index row expires with its index: `expires_at` (ms) is set on every row of an index when it changes.
const SCHEMA = [
  `CREATE TABLE IF NOT EXISTS shared_index (
    key TEXT NOT NULL, id TEXT NOT NULL, t NUMERIC NOT NULL, expires_at INTEGER, PRIMARY KEY (key, id)
  ) WITHOUT ROWID`,
  "CREATE INDEX IF NOT EXISTS shared_index_by_time ON shared_index (key, t, id)",
  "CREATE TABLE IF NOT EXISTS shared_claim (key TEXT PRIMARY KEY, owner TEXT NOT NULL, expires_at INTEGER NOT NULL) WITHOUT ROWID",
];

const LIVE = "(expires_at IS NULL OR expires_at > $now)";

// Statements with `$name` placeholders; the writes get their values written in (the write queue runs one script).
const SQL = {
  // A row of an expired index counts as absent: keepExisting keeps only a live row. No write when nothing changes.
  add: `INSERT INTO shared_index (key, id, t, expires_at) VALUES ($key, $id, $t, $expires)
    ON CONFLICT (key, id) DO UPDATE SET t = excluded.t, expires_at = excluded.expires_at
    WHERE NOT ($keep AND ${LIVE}) AND (t <> excluded.t OR expires_at IS NOT excluded.expires_at)`,
  // Only live rows: an expired index is not brought back by a later add.
  refresh: "UPDATE shared_index SET expires_at = $expires WHERE key = $key AND expires_at > $now AND expires_at <> $expires",
  // Drops every row older than the one at rank $max (none when there are fewer): a range of the time index.
  trim: `DELETE FROM shared_index WHERE key = $key AND (t, id) < (
      SELECT t, id FROM shared_index WHERE key = $key ORDER BY t DESC, id DESC LIMIT 1 OFFSET $max - 1)`,
  // The same for an index that expires: expired rows go too, and only live ones count.
  trimExpiring: `DELETE FROM shared_index WHERE key = $key AND (NOT ${LIVE} OR (t, id) < (
      SELECT t, id FROM shared_index WHERE key = $key AND ${LIVE} ORDER BY t DESC, id DESC LIMIT 1 OFFSET $max - 1))`,
  remove: "DELETE FROM shared_index WHERE key = $key AND id = $id",
  // One JSON text of [id, t] pairs in order: far cheaper for sqlite3 to hand over than a thousand row objects.
  newest: `SELECT json_group_array(json_array(id, t)) AS entries FROM (
      SELECT id, t FROM shared_index WHERE key = $key AND ${LIVE} ORDER BY t DESC, id DESC LIMIT $limit)`,
  oldest: `SELECT json_group_array(json_array(id, t)) AS entries FROM (
      SELECT id, t FROM shared_index WHERE key = $key AND ${LIVE} ORDER BY t ASC, id ASC LIMIT $limit)`,
  // Taken when free, expired or already ours; `changes` is 0 when another owner holds it.
  claim: `INSERT INTO shared_claim (key, owner, expires_at) VALUES ($key, $owner, $expires)
    ON CONFLICT (key) DO UPDATE SET owner = excluded.owner, expires_at = excluded.expires_at
    WHERE shared_claim.owner = excluded.owner OR shared_claim.expires_at <= $now`,
  release: "DELETE FROM shared_claim WHERE key = $key AND owner = $owner",
  sweepIndexes: "DELETE FROM shared_index WHERE expires_at <= $now",
  sweepClaims: "DELETE FROM shared_claim WHERE expires_at <= $now",
} as const;

// A statement with its values written in as literals.
function written(sql: string, params: SqlParams): string {
  return sql.replace(/\$[a-z]+/g, (name) => {
    const value = params[name as keyof SqlParams];
    if (value === undefined) throw new Error(`no value for ${name}`);
    return sqlLiteral(value);
  });
}

/** Options of {@link openSqliteSharedState}. */
export interface SqliteSharedStateOptions {
  /** Prepended to every key (the store's namespace prefix). */
  prefix?: string;
  /** How long a write waits for another process's (default 10 s). */
  busyTimeoutMs?: number;
}

// Rows of indexes nobody touches again (title buckets of old stories) are deleted this often.
const SWEEP_MS = 3600_000;

/** Opens the SharedState tables in the SQLite file at `path` (created if needed). */
export async function openSqliteSharedState(path: string, options: SqliteSharedStateOptions = {}): Promise<SharedState> {
  const prefix = options.prefix ?? "";
  const busyTimeoutMs = options.busyTimeoutMs ?? 10_000;
  const writer = await openSqliteConnection(path, busyTimeoutMs);
  for (const statement of SCHEMA) await writer.exec(statement);
  // An in-memory database is one per connection: there, reads go through the writer's queue too.
  const reader: SqliteConnection | undefined = isInMemory(path) ? undefined : await openSqliteConnection(path, busyTimeoutMs);
  const write = createWriteQueue(writer);
  const rows = (sql: string, params: SqlParams) => (reader ?? writer).all(sql, params);

  const sweep = () => write([written(SQL.sweepIndexes, { $now: Date.now() }), written(SQL.sweepClaims, { $now: Date.now() })]);
  await sweep();
  const sweeper = setInterval(() => void sweep().catch(() => undefined), SWEEP_MS);
  sweeper.unref();

  return {
    indexAdd(key: string, entry: IndexEntry, add: IndexAddOptions = {}): Promise<void> {
      const now = Date.now();
      const $expires = add.ttlMs === undefined ? null : now + add.ttlMs;
      const $key = prefix + key;
      // Each leaves the same result whatever other writes of its batch run in between.
      const statements = [
        written(SQL.add, { $key, $id: entry.id, $t: entry.t, $expires, $keep: add.keepExisting ? 1 : 0, $now: now }),
      ];
      if ($expires !== null) statements.push(written(SQL.refresh, { $key, $expires, $now: now }));
      const $max = add.max === undefined ? undefined : Math.max(1, Math.floor(add.max));
      if ($max !== undefined && $expires === null) statements.push(written(SQL.trim, { $key, $max }));
      if ($max !== undefined && $expires !== null) statements.push(written(SQL.trimExpiring, { $key, $max, $now: now }));
      return write(statements);
    },

    indexRemove(key: string, id: string): Promise<void> {
      return write([written(SQL.remove, { $key: prefix + key, $id: id })]);
    },

    async indexRead(key: string, read: { order?: "newest" | "oldest"; limit?: number } = {}): Promise<IndexEntry[]> {
      if (read.limit !== undefined && read.limit < 1) return [];
      const params = { $key: prefix + key, $now: Date.now(), $limit: read.limit ?? -1 };
      const [found] = await rows(read.order === "oldest" ? SQL.oldest : SQL.newest, params);
      const pairs = JSON.parse(String(found?.entries ?? "[]")) as Array<[string, number]>;
      return pairs.map(([id, t]) => ({ id, t }));
    },

    async claim(key: string, owner: string, ttlMs: number): Promise<boolean> {
      const now = Date.now();
      // One prepared statement outside the queue: its `changes` says whether the claim was taken.
      return (await writer.run(SQL.claim, { $key: prefix + key, $owner: owner, $expires: now + ttlMs, $now: now })) > 0;
    },

    async release(key: string, owner: string): Promise<void> {
      await writer.run(SQL.release, { $key: prefix + key, $owner: owner });
    },

    async close(): Promise<void> {
      clearInterval(sweeper);
      await Promise.all([writer.close(), reader?.close()]);
    },
  };
}

function isInMemory(path: string): boolean {
  return path === "" || path === ":memory:" || /mode=memory/.test(path);
}
