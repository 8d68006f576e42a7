/** A ReceivedFile over bytes in memory: what an adapter hands the core, read through the same capped reader. */
import type { ReceivedFile } from "../../src/chat/platform.js";
import { readCapped } from "../../src/chat/read-capped.js";

/** A received file named `name` holding `text` (UTF-8). */
export function memoryFile(name: string, text: string): ReceivedFile {
  const bytes = Buffer.from(text, "utf8");
  return {
    name,
    size: bytes.length,
    read: (maxBytes) =>
      readCapped(
        (async function* () {
          yield bytes;
        })(),
        maxBytes,
        name,
      ),
  };
}
