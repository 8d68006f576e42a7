import { Transform } from "node:stream";
import { createBrotliDecompress, createGunzip, createInflate, createInflateRaw } from "node:zlib";
import { IngestError } from "../errors.js";

/** Streams that undo a Content-Encoding header (gzip, br, deflate; last applied first); throws IngestError for others. */
export function contentDecoders(header: string | undefined, url: string): Transform[] {
  if (!header) return [];
  const encodings = header
    .split(",")
    .map((part) => part.trim().toLowerCase())
    .filter((part) => part && part !== "identity");
  // Encodings are listed in the order they were applied: undo them last to first.
  return encodings.reverse().map((encoding) => {
    if (encoding === "gzip" || encoding === "x-gzip") return createGunzip();
    if (encoding === "br") return createBrotliDecompress();
    if (encoding === "deflate") return inflateEither();
    throw new IngestError("bad-content", `${url} uses an unsupported content encoding "${encoding}"`);
  });
}

// "deflate" is zlib-wrapped by the standard but raw from some servers: choose on the first two bytes.
function inflateEither(): Transform {
  let inflater: Transform | null = null;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      if (!inflater) {
        const zlibWrapped = chunk.length >= 2 && (chunk[0]! & 0x0f) === 8 && ((chunk[0]! << 8) | chunk[1]!) % 31 === 0;
        const created: Transform = zlibWrapped ? createInflate() : createInflateRaw();
        created.on("data", (data: Buffer) => this.push(data));
        created.on("error", (error) => this.destroy(error));
        inflater = created;
      }
      if (inflater.write(chunk)) callback();
      else inflater.once("drain", () => callback());
    },
    flush(callback) {
      if (!inflater) return callback();
      inflater.once("end", () => callback());
      inflater.end();
    },
    destroy(error, callback) {
      // Stop inflating at once when the reader gives up (a body over the cap).
      inflater?.destroy();
      callback(error);
    },
  });
}
