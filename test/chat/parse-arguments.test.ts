import { describe, expect, it } from "vitest";
import type { OptionSpec } from "../../src/chat/command-spec.js";
import { parseArguments, tokenize, validateArguments } from "../../src/chat/parse-arguments.js";
import { UserError } from "../../src/errors.js";

const latest: Record<string, OptionSpec> = {
  count: { type: "integer", description: "n", min: 1, max: 10 },
  topic: { type: "string", description: "t" },
};
const subscribe: Record<string, OptionSpec> = {
  topic: { type: "string", description: "t", required: true },
  schedule: { type: "string", description: "s", format: "cron" },
  timezone: { type: "string", description: "z" },
};

describe("tokenize", () => {
  it("splits words, keeps quoted strings whole and reads key:value only for known keys", () => {
    expect(tokenize(`a "b c" “d e” topic:"x y" https://e.com/a:b`, new Set(["topic"]))).toEqual([
      { value: "a", quoted: false },
      { value: "b c", quoted: true },
      { value: "d e", quoted: true },
      { value: "x y", quoted: true, key: "topic" },
      { value: "https://e.com/a:b", quoted: false },
    ]);
  });

  it("explains an unclosed quote", () => {
    expect(() => tokenize(`"open`)).toThrow(UserError);
  });
});

describe("parseArguments", () => {
  it("fills options in order and gives the rest of the text to the last string option", () => {
    expect(parseArguments("3 climate change", latest)).toEqual({ count: 3, topic: "climate change" });
  });

  it("skips an optional integer that the word does not fit", () => {
    expect(parseArguments("climate change", latest)).toEqual({ topic: "climate change" });
    expect(parseArguments("", latest)).toEqual({});
  });

  it("reads key:value in any order", () => {
    expect(parseArguments("topic:ukraine count:2", latest)).toEqual({ count: 2, topic: "ukraine" });
  });

  it("takes unquoted cron fields as one value, and quoted ones too", () => {
    expect(parseArguments("world 0 8 * * 1-5 Europe/Paris", subscribe)).toEqual({
      topic: "world",
      schedule: "0 8 * * 1-5",
      timezone: "Europe/Paris",
    });
    expect(parseArguments(`"climate change" schedule:"*/30 * * * *"`, subscribe)).toEqual({
      topic: "climate change",
      schedule: "*/30 * * * *",
    });
  });

  it("refuses out-of-range counts, missing required options and extra words", () => {
    expect(() => parseArguments("500", latest)).toThrow("count must be between 1 and 10, not 500.");
    expect(() => parseArguments("", subscribe)).toThrow("topic is missing.");
    const only: Record<string, OptionSpec> = { n: { type: "integer", description: "n", required: true } };
    expect(() => parseArguments("3 extra words", only)).toThrow("I did not understand “extra words”.");
    expect(parseArguments("world 0 8 * * * Europe/Paris extra", subscribe).timezone).toBe("Europe/Paris extra");
  });
});

describe("validateArguments (typed options from a platform)", () => {
  it("checks ranges, choices and unknown options", () => {
    const options: Record<string, OptionSpec> = {
      action: { type: "string", description: "a", choices: ["add", "list"], required: true },
      count: { type: "integer", description: "n", max: 3 },
      on: { type: "boolean", description: "b" },
    };
    expect(validateArguments({ action: "ADD", count: 2, on: "yes" }, options)).toEqual({ action: "add", count: 2, on: true });
    expect(() => validateArguments({ action: "drop" }, options)).toThrow("action must be one of add, list");
    expect(() => validateArguments({ action: "add", count: 4 }, options)).toThrow("count must be at most 3");
    expect(() => validateArguments({ action: "add", colour: "red" }, options)).toThrow("Unknown option colour:");
  });
});
