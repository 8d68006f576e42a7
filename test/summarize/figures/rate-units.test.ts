import { describe, expect, it } from "vitest";
import { percentRate, rateUnit } from "../../../src/summarize/figures/rate-units.js";

describe("rateUnit", () => {
  it("reads 'per', 'a' and hyphenated rates", () => {
    expect(rateUnit("$5 per share", 2, "dollar")).toEqual({ unit: "dollar per share", end: 12 });
    expect(rateUnit("$70 a barrel", 3, "dollar")?.unit).toBe("dollar per barrel");
    expect(rateUnit("12-cent-a-share", 7, "cent")?.unit).toBe("cent per share");
    expect(rateUnit("$9 per sq ft", 2, "dollar")?.unit).toBe("dollar per square foot");
  });

  it("is not fooled by 'a year earlier'", () => {
    expect(rateUnit("$5bn a year earlier", 4, "dollar")).toBeNull();
    expect(rateUnit("$5bn a year", 4, "dollar")?.unit).toBe("dollar per year");
  });
});

describe("percentRate", () => {
  it("reads 'per annum'", () => {
    expect(percentRate("5% per annum", 2)?.unit).toBe("percentage per year");
    expect(percentRate("5% of it", 2)).toBeNull();
  });
});
