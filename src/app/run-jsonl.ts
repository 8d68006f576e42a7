import { openLines } from "./read-input.js";

/** Applies `handle` to each JSON line of the input and prints one JSON line per input line, same order and id. */
export async function runJsonl(
  path: string,
  handle: (input: Record<string, unknown>) => object | Promise<object>,
  write: (line: string) => void,
): Promise<void> {
  let lineNumber = 0;
  for await (const line of await openLines(path)) {
    lineNumber++;
    if (!line.trim()) continue;
    let id: unknown = null;
    try {
      const input: unknown = JSON.parse(line);
      if (typeof input !== "object" || input === null || Array.isArray(input)) {
        throw new Error("each line must be a JSON object");
      }
      id = (input as Record<string, unknown>).id ?? null;
      write(JSON.stringify({ id, ...(await handle(input as Record<string, unknown>)) }));
    } catch (error) {
      write(JSON.stringify({ id, error: `line ${lineNumber}: ${(error as Error).message}` }));
    }
  }
}
