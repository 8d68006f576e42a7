import { describe, expect, it } from "vitest";
import { commands } from "../../commands/index.js";

describe("commands/index.ts", () => {
  it("lists every command once, in menu order, with /help last", () => {
    const names = commands.map((c) => c.name);
    expect(names).toEqual([
      "latest",
      "quote",
      "alert",
      "alerts",
      "summarize",
      "digest",
      "topics",
      "subscribe",
      "unsubscribe",
      "schedule",
      "quiet",
      "filter",
      "feeds",
      "language",
      "help",
    ]);
  });

  it("marks exactly the setup-changing commands admin-only", () => {
    expect(commands.filter((c) => c.admin).map((c) => c.name)).toEqual(["subscribe", "unsubscribe", "schedule", "quiet"]);
  });
});
