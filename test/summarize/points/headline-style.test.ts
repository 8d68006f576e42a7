import { describe, expect, it } from "vitest";
import { useShortForms } from "../../../src/summarize/points/headline-style.js";

describe("useShortForms", () => {
  it("writes party, club and country names the way headlines do", () => {
    expect(useShortForms("The Liberal Democrats and the Conservatives met Manchester United fans.")).toBe(
      "The Lib Dems and the Tories met Man Utd fans.",
    );
    expect(useShortForms("Britain's ferry firms")).toBe("UK's ferry firms");
    // "Britain" inside a longer name stays.
    expect(useShortForms("Great Britain won.")).toBe("Great Britain won.");
  });

  it("uses headline words for common ones", () => {
    expect(useShortForms("the company's chief executive began an investigation")).toBe("the firm's boss began a probe");
    expect(useShortForms("a former harbour master sold 40 per cent for $3 million")).toBe(
      "an ex-harbour master sold 40% for $3m",
    );
  });

  it("keeps idioms and other senses of a word", () => {
    expect(useShortForms("Kelmouth is parting company with its coach.")).toBe("Kelmouth is parting company with its coach.");
    expect(useShortForms("a company of 120 soldiers")).toBe("a company of 120 soldiers");
  });
});
