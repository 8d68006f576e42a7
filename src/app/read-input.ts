import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { UserError } from "../errors.js";

/** Reads a whole file, or stdin for "-"; a missing or unreadable file is a UserError. */
export async function readWholeInput(path: string): Promise<string> {
  if (path === "-") {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8");
  }
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    throw new UserError(describeFileError(path, error));
  }
}

/** Streams the lines of a file, or of stdin for "-". */
export async function openLines(path: string): Promise<AsyncIterable<string>> {
  let stream: Readable = process.stdin;
  if (path !== "-") {
    stream = createReadStream(path);
    await new Promise<void>((resolve, reject) => {
      stream.once("readable", () => resolve());
      stream.once("error", (error) => reject(new UserError(describeFileError(path, error))));
    });
  }
  return createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
}

function describeFileError(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT") return `No such file: ${path}`;
  if (code === "EISDIR") return `${path} is a directory, not a file`;
  if (code === "EACCES") return `Cannot read ${path}: permission denied`;
  return `Cannot read ${path}: ${(error as Error).message}`;
}
