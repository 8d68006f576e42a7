import { describe, expect, it } from "vitest";
import { isQuiet, isValidTimezone, parseClock, quietEnd } from "../../src/digest/quiet-hours.js";
import { UserError } from "../../src/errors.js";

describe("quiet hours", () => {
  const night = { from: "22:00", to: "07:00" };

  it("reads 24-hour times", () => {
    expect(["22", "7", "07:30", "7h", "23.15"].map(parseClock)).toEqual(["22:00", "07:00", "07:30", "07:00", "23:15"]);
    expect(() => parseClock("25:00")).toThrow(UserError);
    expect(() => parseClock("noon")).toThrow(UserError);
  });

  it("knows a window crossing midnight, in the subscription's timezone", () => {
    // Paris is UTC+1 in winter.
    expect(isQuiet(new Date("2026-01-10T21:30:00Z"), night, "Europe/Paris")).toBe(true);
    expect(isQuiet(new Date("2026-01-10T20:59:00Z"), night, "Europe/Paris")).toBe(false);
    expect(isQuiet(new Date("2026-01-11T05:59:00Z"), night, "Europe/Paris")).toBe(true);
    expect(isQuiet(new Date("2026-01-11T06:00:00Z"), night, "Europe/Paris")).toBe(false);
    expect(isQuiet(new Date("2026-01-11T03:00:00Z"), undefined, "UTC")).toBe(false);
    expect(isQuiet(new Date("2026-01-11T13:00:00Z"), { from: "12:00", to: "14:00" }, "UTC")).toBe(true);
  });

  it("finds when the window ends, across a DST change too", () => {
    expect(quietEnd(new Date("2026-01-10T21:30:00Z"), night, "Europe/Paris").toISOString()).toBe("2026-01-11T06:00:00.000Z");
    // The night of 28–29 March 2026 clocks go forward in Paris: 07:00 local is 05:00 UTC.
    expect(quietEnd(new Date("2026-03-28T23:00:00Z"), night, "Europe/Paris").toISOString()).toBe("2026-03-29T05:00:00.000Z");
    const awake = new Date("2026-01-10T12:00:00Z");
    expect(quietEnd(awake, night, "Europe/Paris")).toBe(awake);
  });

  it("validates IANA timezones", () => {
    expect(isValidTimezone("America/New_York")).toBe(true);
    expect(isValidTimezone("Mars/Olympus")).toBe(false);
  });
});
