import { describe, expect, it } from "vitest";
import { parseFeedDate } from "../../src/ingest/feed-date.js";

describe("parseFeedDate", () => {
  it.each([
    ["Tue, 10 Jun 2003 04:00:00 GMT", "2003-06-10T04:00:00.000Z"],
    ["Tue, 10 Jun 2003 04:00 EDT", "2003-06-10T08:00:00.000Z"],
    ["10 Jun 99 04:00:00 +0000", "1999-06-10T04:00:00.000Z"],
    ["10 Jun 49 04:00:00 +0000", "2049-06-10T04:00:00.000Z"],
    ["Tue, 10 Jun 2003 04:00:00 M", "2003-06-10T04:00:00.000Z"],
    ["5 Sept 2026 10:00 GMT", "2026-09-05T10:00:00.000Z"],
    ["January 5, 2026 10:00 PST", "2026-01-05T18:00:00.000Z"],
    ["2026-01-05T10:00:00,5Z", "2026-01-05T10:00:00.500Z"],
    ["2026", "2026-01-01T00:00:00.000Z"],
  ])("reads %s", (raw, iso) => {
    expect(parseFeedDate(raw)).toBe(iso);
  });

  it.each([
    [""],
    ["   "],
    ["1"],
    ["Item 3"],
    ["yesterday"],
    ["0000-00-00"],
    ["2026-13-01"],
    ["Tue, 10 Foo 2003 04:00:00 GMT"],
    ["Tue, 10 Jun 2003 04:00:00 +2500"],
    ["Tue, 10 Jun 2003 04:00:00 XYZ"],
  ])("leaves %j undated", (raw) => {
    expect(parseFeedDate(raw)).toBeNull();
  });

  it("leaves a missing date undated", () => {
    expect(parseFeedDate(undefined)).toBeNull();
    expect(parseFeedDate(null)).toBeNull();
  });
});
