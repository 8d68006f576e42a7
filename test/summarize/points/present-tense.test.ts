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

  it("restores the final 'e' and the single letter the past form lost", () => {
    expect(presentOf("changed", false)).toBe("changes");
    expect(presentOf("hoped", false)).toBe("hopes");
    expect(presentOf("raised", false)).toBe("raises");
    expect(presentOf("sued", false)).toBe("sues");
    expect(presentOf("died", false)).toBe("dies");
    expect(presentOf("continued", false)).toBe("continues");
    expect(presentOf("welcomed", false)).toBe("welcomes");
    expect(presentOf("postponed", false)).toBe("postpones");
    expect(presentOf("invited", false)).toBe("invites");
    expect(presentOf("cancelled", false)).toBe("cancels");
    expect(presentOf("added", false)).toBe("adds");
    expect(presentOf("completed", false)).toBe("completes");
    expect(presentOf("shrank", false)).toBe("shrinks");
  });

  it("keeps the stem when nothing was lost", () => {
    expect(presentOf("abandoned", false)).toBe("abandons");
    expect(presentOf("visited", false)).toBe("visits");
    expect(presentOf("developed", false)).toBe("develops");
    expect(presentOf("belonged", false)).toBe("belongs");
    expect(presentOf("called", false)).toBe("calls");
    expect(presentOf("gained", false)).toBe("gains");
  });

  it("returns null when not a past form", () => {
    expect(presentOf("bank", false)).toBeNull();
    expect(presentOf("red", false)).toBeNull();
  });
});
