import { describe, expect, it } from "vitest";
import { freshnessSeconds } from "../../src/ingest/cache-headers.js";

describe("freshnessSeconds", () => {
  const now = Date.parse("2026-11-24T10:00:00Z");
  it("reads max-age and s-maxage", () => {
    expect(freshnessSeconds({ "cache-control": "public, max-age=600" }, now)).toBe(600);
    expect(freshnessSeconds({ "cache-control": "s-maxage=120" }, now)).toBe(120);
  });
  it("treats no-cache and no-store as 0", () => {
    expect(freshnessSeconds({ "cache-control": "no-cache, max-age=600" }, now)).toBe(0);
    expect(freshnessSeconds({ "cache-control": "private, no-store" }, now)).toBe(0);
  });
  it("falls back to Expires minus Date, or minus now", () => {
    expect(freshnessSeconds({ expires: "Tue, 24 Nov 2026 10:05:00 GMT" }, now)).toBe(300);
    expect(freshnessSeconds({ expires: "Tue, 24 Nov 2026 11:00:00 GMT", date: "Tue, 24 Nov 2026 10:30:00 GMT" }, now)).toBe(1800);
    expect(freshnessSeconds({ expires: "0" }, now)).toBe(0);
    expect(freshnessSeconds({ expires: "Tue, 24 Nov 2026 09:00:00 GMT" }, now)).toBe(0);
  });
  it("says nothing when the headers say nothing", () => {
    expect(freshnessSeconds({}, now)).toBeUndefined();
    expect(freshnessSeconds({ "cache-control": "public" }, now)).toBeUndefined();
  });
});
