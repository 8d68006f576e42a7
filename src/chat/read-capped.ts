/** Reading a received file's bytes with a size cap: from a stream or a download. */
import type { UserError } from "../errors.js";
import { userError } from "../i18n/translate.js";
import type { ReceivedFile } from "./platform.js";

/** "1 MB", "512 KB", "300 bytes": a byte count as people read it (decimal units). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000) return `${Number((bytes / 1_000_000).toFixed(1))} MB`;
  if (bytes >= 1_000) return `${Number((bytes / 1_000).toFixed(1))} KB`;
  return `${bytes} bytes`;
}

/** The refusal of a file over the cap, in the chat's language. */
export function tooLargeError(name: string, maxBytes: number): UserError {
  return userError("file.tooLarge", { name, size: formatBytes(maxBytes) });
}

/** Collects a stream's chunks, throwing UserError as soon as they pass `maxBytes` (the rest is never read). */
export async function readCapped(chunks: AsyncIterable<Uint8Array>, maxBytes: number, name: string): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of chunks) {
    total += chunk.byteLength;
    if (total > maxBytes) throw tooLargeError(name, maxBytes);
    parts.push(chunk);
  }
  return Buffer.concat(parts);
}

/** What a download needs besides the address. */
export interface DownloadOptions {
  /** Give up after this long (default 20 s). */
  timeoutMs?: number;
  /** A size the platform announced: refused before downloading when over the cap. */
  size?: number;
}

/**
 * A file a chat platform serves at a URL it gave us (Telegram's file route, a Discord attachment): `read` downloads
 * it with a time-out and the size cap, refusing a larger announced size before any download.
 */
export function downloadedFile(name: string, url: string, options: DownloadOptions = {}): ReceivedFile {
  return {
    name,
    ...(options.size !== undefined ? { size: options.size } : {}),
    async read(maxBytes) {
      if (options.size !== undefined && options.size > maxBytes) throw tooLargeError(name, maxBytes);
      let response: Response;
      try {
        response = await fetch(url, { signal: AbortSignal.timeout(options.timeoutMs ?? 20_000), redirect: "follow" });
      } catch (error) {
        throw userError("file.downloadFailed", { name, why: error instanceof Error ? error.message : String(error) });
      }
      if (!response.ok || !response.body) {
        await response.body?.cancel();
        throw userError("file.downloadStatus", { name, status: response.status });
      }
      const declared = Number(response.headers.get("content-length") ?? Number.NaN);
      if (declared > maxBytes) {
        await response.body.cancel();
        throw tooLargeError(name, maxBytes);
      }
      // undici's body is an async-iterable web stream of Uint8Array chunks.
      return readCapped(response.body as unknown as AsyncIterable<Uint8Array>, maxBytes, name);
    },
  };
}
