import { describe, expect, it } from "vitest";
import { layoutText } from "../../../src/summarize/layout-text.js";
import { MAX_POINTS, pickPoints } from "../../../src/summarize/points/pick-points.js";

describe("pickPoints", () => {
  const text = [
    "Click here to follow our live coverage of the floods.",
    "Floods forced 3,000 people from their homes in the river town of Ebbwick on Sunday, emergency services said.",
    "“It came so fast,” one resident said.",
    "Is this the new normal?",
    "The Environment Agency said river levels were the highest since records began in 1890.",
    "Rescue teams from four counties used boats to reach families trapped on upper floors.",
    "Schools will stay closed until Wednesday.",
    "Residents were told to boil drinking water as a precaution until further notice.",
  ].join(" ");

  it("takes the lede from the first news sentence, skipping teasers", () => {
    const { lede } = pickPoints(layoutText(text));
    expect(lede).toMatch(/^Floods forced 3,000 people/);
  });

  it("returns verbatim sentences, best first, without questions or short quotes", () => {
    const { points } = pickPoints(layoutText(text));
    expect(points[0]).toMatch(/^Floods forced/);
    expect(points.length).toBeLessThanOrEqual(MAX_POINTS);
    for (const point of points) expect(text).toContain(point);
    expect(points).not.toContain("Is this the new normal?");
    expect(points.some((p) => p.startsWith("Click here"))).toBe(false);
  });

  it("falls back to the first sentence for a text with no full sentence", () => {
    expect(pickPoints(layoutText("Short note."))).toEqual({ lede: "Short note.", points: ["Short note."] });
    expect(pickPoints(layoutText(""))).toEqual({ lede: "", points: [] });
  });
});
