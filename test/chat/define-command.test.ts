import { describe, expect, expectTypeOf, it } from "vitest";
import { defineCommand, usageOf } from "../../src/chat/define-command.js";

describe("defineCommand", () => {
  it("returns the spec with defaults and infers argument types", () => {
    const command = defineCommand({
      name: "latest",
      description: "Newest stories",
      options: {
        topic: { type: "string", description: "t", required: true },
        count: { type: "integer", description: "n" },
        mode: { type: "string", description: "m", choices: ["short", "long"] },
      },
      async run({ args }) {
        expectTypeOf(args.topic).toEqualTypeOf<string>();
        expectTypeOf(args.count).toEqualTypeOf<number | undefined>();
        expectTypeOf(args.mode).toEqualTypeOf<"short" | "long" | undefined>();
      },
    });
    expect(command).toMatchObject({ name: "latest", admin: false, example: "/latest" });
    expect(usageOf(command)).toBe("/latest <topic> [count] [short|long]");
  });

  it("refuses names and descriptions that a platform would reject, at load time", () => {
    const run = async () => {};
    expect(() => defineCommand({ name: "Latest-News", description: "x", run })).toThrow("name must match");
    expect(() => defineCommand({ name: "x", description: "d".repeat(101), run })).toThrow("description must have 1–100");
    expect(() =>
      defineCommand({
        name: "x",
        description: "d",
        options: { a: { type: "string", description: "a" }, b: { type: "string", description: "b", required: true } },
        run,
      }),
    ).toThrow("required options must come first");
  });
});
