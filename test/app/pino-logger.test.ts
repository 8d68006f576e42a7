import { describe, expect, it } from "vitest";
import { createPinoLogger } from "../../src/app/pino-logger.js";

describe("createPinoLogger", () => {
  it("writes one JSON object per line, errors with their message and stack, below the level nothing", () => {
    const lines: string[] = [];
    const log = createPinoLogger({ level: "info", format: "json", write: (line) => lines.push(line) });
    log.debug("too quiet");
    log.warn("feed failed", { url: "https://a.example/feed", error: new Error("timed out") });
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0] ?? "");
    expect(entry).toMatchObject({ level: 40, msg: "feed failed", url: "https://a.example/feed", name: "newsbrief" });
    expect(entry.error).toMatchObject({ type: "Error", message: "timed out" });
    expect(entry.error.stack).toContain("pino-logger.test.ts");
  });

  it("writes a readable line in pretty format, with no trailing newline", () => {
    const lines: string[] = [];
    const log = createPinoLogger({ level: "debug", format: "pretty", write: (line) => lines.push(line) });
    log.info("platform started", { platform: "console" });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/INFO.*platform started/);
    expect(lines[0]).toContain('platform: "console"');
    expect(lines[0]?.endsWith("\n")).toBe(false);
  });
});
