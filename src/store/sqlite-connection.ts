/** One sqlite3 connection with promise calls and a cache of prepared statements. */
import sqlite3, { type Database, type RunResult, type Statement } from "sqlite3";

/** Named parameters of a statement (`$name` keys). */
export type SqlParams = Record<`$${string}`, string | number | null>;

/** A connection to one SQLite file. */
export interface SqliteConnection {
  /** Runs a statement returning no rows (prepared once per connection); resolves to the number of rows it changed. */
  run(sql: string, params?: SqlParams): Promise<number>;
  /** Runs statements without parameters, not kept prepared (schema, pragmas, BEGIN, COMMIT). */
  exec(sql: string): Promise<void>;
  /** The rows a query returns. */
  all(sql: string, params?: SqlParams): Promise<Array<Record<string, unknown>>>;
  close(): Promise<void>;
}

/**
 * Opens `path` (created if needed) in WAL mode, waiting up to `busyTimeoutMs` for another connection's write.
 * NORMAL sync under WAL never corrupts the file (see open-store.ts); a power cut may lose the last writes.
 */
export async function openSqliteConnection(path: string, busyTimeoutMs: number): Promise<SqliteConnection> {
  const db = await new Promise<Database>((resolve, reject) => {
    const opened = new sqlite3.Database(path, (error) => (error ? reject(error) : resolve(opened)));
  });
  db.configure("busyTimeout", busyTimeoutMs);
  const prepared = new Map<string, Promise<Statement>>();
  // With a callback, a statement that fails to prepare reports to it (else it would emit an unhandled "error").
  const statement = (sql: string): Promise<Statement> => {
    let found = prepared.get(sql);
    if (!found) {
      found = new Promise((resolve, reject) => {
        const made = db.prepare(sql, (error: Error | null) => (error ? reject(error) : resolve(made)));
      });
      prepared.set(sql, found);
      found.catch(() => prepared.delete(sql));
    }
    return found;
  };
  const connection: SqliteConnection = {
    run: async (sql, params = {}) => {
      const ready = await statement(sql);
      return new Promise((resolve, reject) => {
        ready.run(params, function (this: RunResult, error: Error | null) {
          if (error) reject(error);
          else resolve(this.changes);
        });
      });
    },
    // A cached statement stepped only once (a pragma's row) would hold its read transaction open: never cached.
    exec: (sql) => new Promise((resolve, reject) => db.exec(sql, (error) => (error ? reject(error) : resolve()))),
    all: async (sql, params = {}) => {
      const ready = await statement(sql);
      return new Promise((resolve, reject) => {
        ready.all(params, (error: Error | null, rows: Array<Record<string, unknown>>) => (error ? reject(error) : resolve(rows)));
      });
    },
    async close() {
      const statements = await Promise.allSettled(prepared.values());
      await Promise.all(
        statements.map((made) =>
          made.status === "fulfilled" ? new Promise<void>((resolve) => made.value.finalize(() => resolve())) : undefined,
        ),
      );
      prepared.clear();
      await new Promise<void>((resolve, reject) => db.close((error) => (error ? reject(error) : resolve())));
    },
  };
  await connection.exec("PRAGMA journal_mode=WAL");
  await connection.exec("PRAGMA synchronous=NORMAL");
  return connection;
}
