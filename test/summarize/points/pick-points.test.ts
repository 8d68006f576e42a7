import { describe, expect, it } from "vitest";
import { layoutText } from "../../../src/summarize/layout-text.js";
import { centralities, MAX_POINTS, pickPoints } from "../../../src/summarize/points/pick-points.js";

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

  it("skips bylines and datelines", () => {
    const story = [
      "By . Tom Aldgate . PUBLISHED: 09:14 EST, 2 March 2021 | . UPDATED: 11:40 EST, 2 March 2021 .",
      "A lighthouse keeper in the fictional port of Carrow rescued two kayakers who had drifted out to sea on Monday.",
      "The pair had set off from the harbour in calm weather before the wind turned and pushed them offshore.",
    ].join(" ");
    const { lede, points } = pickPoints(layoutText(story));
    expect(lede).toMatch(/^A lighthouse keeper/);
    expect(points.some((p) => p.includes("PUBLISHED"))).toBe(false);
  });

  it("ranks a sentence about the story's centre above an equally early aside", () => {
    const story = [
      "The Marlow council approved a new tram line on Tuesday after a long debate.",
      "The weather in the region was mild for the season, with light winds from the south and some sunshine.",
      "Trams will carry 40,000 passengers a day between the station and a new depot at Fenwick.",
      "The Fenwick depot will employ 200 staff, and passengers will pay the same fares as on buses.",
      "Station staff said passengers had waited years for the Fenwick depot.",
    ].join(" ");
    const { points } = pickPoints(layoutText(story));
    const aside = points.findIndex((p) => p.startsWith("The weather"));
    const central = points.findIndex((p) => p.startsWith("Trams will carry"));
    expect(central).toBeGreaterThanOrEqual(0);
    expect(aside === -1 || central < aside).toBe(true);
  });

  it("passes over a sentence that repeats one already chosen", () => {
    const story = [
      "Heavy snow closed the mountain pass between Dorn and Velka on Friday, stranding dozens of lorries overnight.",
      "Heavy snow closed the mountain pass between Dorn and Velka on Friday, stranding lorries and buses.",
      "Road crews expect to reopen one lane by Sunday if temperatures rise as forecast.",
      "Drivers were offered blankets and hot meals at a school gym in the village of Ostrel.",
    ].join(" ");
    const { points } = pickPoints(layoutText(story));
    expect(points[0]).toMatch(/dozens of lorries/);
    expect(points[1]).toMatch(/^Road crews/);
  });

  it("prefers a reported sentence over a bare quotation at the same place", () => {
    const story = [
      "A fire destroyed the old grain mill at Fennick early on Saturday, the county fire service said.",
      "“We could see the flames from three miles away and the whole sky was orange,” said one neighbour.",
      "Fire crews from Fennick and two nearby towns fought the blaze at the mill for six hours.",
    ].join(" ");
    const { points } = pickPoints(layoutText(story));
    expect(points[1]).toMatch(/^Fire crews/);
  });

  it("lowers very long sentences below a concise one at the same place", () => {
    const long = `The harbour board in Selby Cove, which met for four hours on Thursday evening in a packed hall, ${"and heard from fishermen, traders, ferry operators, residents and visitors ".repeat(3)}voted to raise the mooring fees.`;
    const story = [
      "The harbour board in Selby Cove voted on Thursday to raise mooring fees by a fifth from next April.",
      long,
      "The board said the extra money would repair the north breakwater damaged in last winter's storms.",
    ].join(" ");
    const { points } = pickPoints(layoutText(story));
    expect(points[1]).toMatch(/^The board said/);
  });
  it("keeps the first point whole and cuts a later long one at the end of its main clause", () => {
    const story = [
      "The Marlow council approved a new tram line between the station and the Fenwick depot on Tuesday, after a debate that ran for six hours and drew hundreds of residents.",
      "Trams will carry 40,000 passengers a day between the station and the Fenwick depot from 2028, which the council says will take 9,000 cars off the town's roads every morning.",
      "The Fenwick depot will employ 200 staff.",
    ].join(" ");
    const { lede, points } = pickPoints(layoutText(story));
    expect(points[0]).toBe(lede);
    expect(points[0]).toMatch(/drew hundreds of residents\.$/);
    expect(points).toContain("Trams will carry 40,000 passengers a day between the station and the Fenwick depot from 2028.");
  });
});

describe("centralities", () => {
  it("scores a sentence by the words it shares with the others, scaled to [0, 1]", () => {
    // Shared words: 2 of 3 for the first, 2 of 2 for the second (each worth ln 2, damped by ln(size + 2)), none for the third.
    const scores = centralities([{ ids: [0, 1, 2] }, { ids: [0, 1] }, { ids: [3] }], 4);
    expect(scores[1]).toBe(1);
    expect(scores[0]).toBeCloseTo(Math.log(4) / Math.log(5), 9);
    expect(scores[2]).toBe(0);
  });

  it("gives a word used by many sentences less than its spread, and a long sentence no edge for its length", () => {
    // Word 0 is in all four sentences, word 1 in two: ln 4 < 3 × ln 2, so wide words do not swamp the score.
    const spread = centralities([{ ids: [0] }, { ids: [0, 1] }, { ids: [0, 1] }, { ids: [0] }], 2);
    expect(spread[1]).toBe(1);
    expect(spread[0]).toBeCloseTo(Math.log(4) / Math.log(3) / ((Math.log(4) + Math.log(2)) / Math.log(4)), 9);
    // Twice the shared words in a sentence twice as long still scores higher, but by less than twice.
    const long = centralities([{ ids: [0, 1, 2, 3] }, { ids: [0, 1] }, { ids: [0, 1, 2, 3] }], 4);
    expect(long[0]).toBe(1);
    expect(long[1]).toBeGreaterThan(0.5);
    expect(long[1]).toBeLessThan(1);
  });

  it("is zero everywhere when no word is shared", () => {
    expect(centralities([{ ids: [0] }, { ids: [1] }], 2)).toEqual([0, 0]);
  });
});
