/** LocalFiles over this machine's file system: what the console offers for `/feeds import PATH` and `/feeds export PATH`. */
import { createReadStream } from "node:fs";
import { stat, writeFile } from "node:fs/promises";
import { userError } from "../i18n/translate.js";
import type { LocalFiles, ReceivedFile } from "./platform.js";
import { readCapped, tooLargeError } from "./read-capped.js";

/** A file on this machine, read with the cap. */
export function localFile(path: string): ReceivedFile {
  const name = path.split(/[\\/]/).pop() || path;
  return {
    name,
    async read(maxBytes) {
      const info = await stat(path).catch(() => undefined);
      if (!info) throw userError("file.missing", { path });
      if (!info.isFile()) throw userError("file.notAFile", { path });
      if (info.size > maxBytes) throw tooLargeError(name, maxBytes);
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
        throw userError("file.cannotWrite", { path, why: typeof code === "string" ? code : String(error) });
      }
    },
  };
}
