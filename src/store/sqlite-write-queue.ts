/**
 * Group commit on one SQLite connection: the statements of every write queued while a transaction runs go together
 * in the next `BEGIN IMMEDIATE; …; COMMIT`, one `exec` call. sqlite3 runs an exec alone on its connection and in one
 * worker thread, so no other statement lands inside the transaction, and the write lock is never held while waiting
 * for a thread (other connections sleeping in their busy handler could otherwise take every worker thread).
 */
import type { SqliteConnection } from "./sqlite-connection.js";

interface Job {
  statements: readonly string[];
  resolve: () => void;
  reject: (error: unknown) => void;
}

/** Runs statements (values written in with {@link sqlLiteral}) in a transaction; resolves once they are committed. */
export type WriteQueue = (statements: readonly string[]) => Promise<void>;

/** Creates the write queue of a connection. */
export function createWriteQueue(connection: SqliteConnection): WriteQueue {
  let pending: Job[] = [];
  let draining = false;

  const drain = async () => {
    while (pending.length > 0) {
      const batch = pending;
      pending = [];
      const script = ["BEGIN IMMEDIATE", ...batch.flatMap((job) => job.statements), "COMMIT"].join(";\n");
      try {
        await connection.exec(script);
        for (const job of batch) job.resolve();
      } catch (error) {
        // A statement failed half-way: nothing of the batch stays.
        await connection.exec("ROLLBACK").catch(() => undefined);
        for (const job of batch) job.reject(error);
      }
    }
    draining = false;
  };

  return (statements) =>
    new Promise<void>((resolve, reject) => {
      pending.push({ statements, resolve, reject });
      // Started after the current task's other writes (a story's dozen index changes) have joined the batch.
      if (!draining) {
        draining = true;
        queueMicrotask(() => void drain());
      }
    });
}

/** A value as an SQL literal: text quoted (hex when it holds a NUL), finite numbers, NULL. */
export function sqlLiteral(value: string | number | null): string {
  if (value === null) return "NULL";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
    return String(value);
  }
  if (value.includes("\0")) return `CAST(X'${Buffer.from(value, "utf8").toString("hex")}' AS TEXT)`;
  return `'${value.replaceAll("'", "''")}'`;
}
