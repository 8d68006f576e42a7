import { describe, expect, it } from "vitest";
import { presentOf } from "../../../src/summarize/points/present-tense.js";

describe("presentOf", () => {
  it("turns regular and irregular past forms into headline present", () => {
    expect(presentOf("widened", false)).toBe("widens");
    expect(presentOf("stopped", false)).toBe("stops");
    expect(presentOf("tried", false)).toBe("tries");
    expect(presentOf("agreed", false)).toBe("agrees");
    expect(presentOf("reached", false)).toBe("reaches");
    expect(presentOf("won", false)).toBe("wins");
    expect(presentOf("fell", false)).toBe("falls");
    expect(presentOf("went", false)).toBe("goes");
  });

  it("uses the base form after a plural subject", () => {
    expect(presentOf("fell", true)).toBe("fall");
    expect(presentOf("warned", true)).toBe("warn");
  });

  it("returns null when unsure or not a past form", () => {
    expect(presentOf("changed", false)).toBeNull();
    expect(presentOf("hoped", false)).toBeNull();
    expect(presentOf("bank", false)).toBeNull();
    expect(presentOf("red", false)).toBeNull();
  });
});
