/** The logger port on pino: JSON lines (LOG_FORMAT=json) or readable ones (pretty), written through one function. */
import pino from "pino";
import { prettyFactory } from "pino-pretty";
import type { LogFields, Logger, LogLevel } from "../chat/logger.js";

/** LOG_FORMAT: one JSON object per line, or a readable line. */
export type LogFormat = "json" | "pretty";

/** Creates a pino-backed Logger writing each line (without its newline) through `write`. */
export function createPinoLogger(options: { level: LogLevel; format: LogFormat; write: (line: string) => void }): Logger {
  const pretty =
    options.format === "pretty"
      ? prettyFactory({ colorize: false, translateTime: "SYS:HH:MM:ss", ignore: "pid,hostname" })
      : undefined;
  const destination = {
    write(line: string) {
      options.write((pretty ? pretty(line) : line).replace(/\n$/, ""));
    },
  };
  const logger = pino(
    {
      level: options.level,
      base: { name: "newsbrief" },
      // The core passes errors as `error`: give them pino's error shape (type, message, stack).
      serializers: { error: pino.stdSerializers.err },
    },
    destination,
  );
  const entry =
    (level: "debug" | "info" | "warn" | "error") =>
    (message: string, fields?: LogFields): void => {
      if (fields && Object.keys(fields).length > 0) logger[level](fields, message);
      else logger[level](message);
    };
  return { debug: entry("debug"), info: entry("info"), warn: entry("warn"), error: entry("error") };
}
