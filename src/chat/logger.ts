/** A small structured logger: the core logs through this port, the app decides where lines go. */

/** Severity, most verbose first. */
export type LogLevel = "debug" | "info" | "warn" | "error" | "silent";

/** Context attached to a log line (command, channel, error...). */
export type LogFields = Readonly<Record<string, unknown>>;

/** Where the core writes what happened. */
export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

/** A logger that drops everything (tests, and the default when none is given). */
export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };

/** A logger writing one line per entry (`LEVEL message {json}`) through `write`, at `level` and above. */
export function createLogger(options: { level: LogLevel; write: (line: string) => void }): Logger {
  const entry =
    (level: Exclude<LogLevel, "silent">) =>
    (message: string, fields?: LogFields): void => {
      if (RANK[level] < RANK[options.level]) return;
      const context = fields && Object.keys(fields).length > 0 ? ` ${safeJson(fields)}` : "";
      options.write(`${level.toUpperCase()} ${message}${context}`);
    };
  return { debug: entry("debug"), info: entry("info"), warn: entry("warn"), error: entry("error") };
}

function safeJson(fields: LogFields): string {
  try {
    return JSON.stringify(fields, (_key, value: unknown) =>
      value instanceof Error ? { name: value.name, message: value.message, stack: value.stack } : value,
    );
  } catch {
    return String(fields);
  }
}
