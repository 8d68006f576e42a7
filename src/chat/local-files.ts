/** LocalFiles over this machine's file system: what the console offers for `/feeds import PATH` and `/feeds export PATH`. */
import { createReadStream } from "node:fs";
import { stat, writeFile } from "node:fs/promises";
import { UserError } from "../errors.js";
import type { LocalFiles, ReceivedFile } from "./platform.js";
import { readCapped, tooLargeMessage } from "./read-capped.js";

// User-visible text of this file, in one place.
const TEXT = {
  missing: (path: string) => `I could not read ${path}: no such file.`,
  notAFile: (path: string) => `${path} is not a file.`,
  cannotWrite: (path: string, why: string) => `I could not write ${path}: ${why}.`,
};

/** A file on this machine, read with the cap. */
export function localFile(path: string): ReceivedFile {
  const name = path.split(/[\\/]/).pop() || path;
  return {
    name,
    async read(maxBytes) {
      const info = await stat(path).catch(() => undefined);
      if (!info) throw new UserError(TEXT.missing(path));
      if (!info.isFile()) throw new UserError(TEXT.notAFile(path));
      if (info.size > maxBytes) throw new UserError(tooLargeMessage(name, maxBytes));
      return readCapped(createReadStream(path), maxBytes, name);
    },
  };
}

/** Reads and writes files by path on this machine (only for the operator's own terminal). */
export function localFiles(): LocalFiles {
  return {
    open: localFile,
    async save(path, file) {
      try {
        await writeFile(path, file.bytes);
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        throw new UserError(TEXT.cannotWrite(path, typeof code === "string" ? code : String(error)));
      }
    },
  };
}
