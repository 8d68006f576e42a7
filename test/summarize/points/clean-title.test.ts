import { describe, expect, it } from "vitest";
import { cleanTitle } from "../../../src/summarize/points/clean-title.js";

describe("cleanTitle", () => {
  it("removes site names after or before the headline", () => {
    expect(cleanTitle("Ferry strike ends after talks - BBC News")).toBe("Ferry strike ends after talks");
    expect(cleanTitle("Oil edges higher on supply worries | Reuters")).toBe("Oil edges higher on supply worries");
    expect(cleanTitle("CNN — Storm closes three airports")).toBe("Storm closes three airports");
    expect(cleanTitle("Mayor quits | Politics | The Kelmouth Herald")).toBe("Mayor quits");
  });

  it("keeps dashes and pipes that belong to the headline", () => {
    expect(cleanTitle("Anti-war march draws thousands")).toBe("Anti-war march draws thousands");
    expect(cleanTitle("Taxes must be trusted - Kennedy")).toBe("Taxes must be trusted - Kennedy");
    expect(cleanTitle("  Spaces   collapse  ")).toBe("Spaces collapse");
  });
});
