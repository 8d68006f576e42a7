/** The figure error classes of issue 13, one invented sentence each (none taken from the evaluation data). */
import { describe, expect, it } from "vitest";
import { findFigures } from "../../../src/summarize/figures/find-figures.js";
import { layoutText } from "../../../src/summarize/layout-text.js";

/** [written, value, unit] of every figure of a text. */
function read(text: string): [string, number | [number, number], string | null][] {
  return findFigures(layoutText(text)).map((f) => [f.text, f.value, f.unit]);
}

describe("class 1: counted nouns are units", () => {
  it("takes the counted noun, singular, as the unit of a bare count", () => {
    expect(read("Rescuers reached three homes and 12 people before 40,000 commuters set off.")).toEqual([
      ["three", 3, "home"],
      ["12", 12, "people"],
      ["40,000", 40000, "commuter"],
    ]);
  });

  it("reads ages, pressures, speeds and lengths", () => {
    expect(read("A 34-year-old sailor held 35 psi in the tank at 18 knots, past a 12 feet 6 inches wall.")).toEqual([
      ["34-year-old", 34, "year of age"],
      ["35 psi", 35, "pound per square inch"],
      ["18 knots", 18, "knot"],
      ["12 feet", 12, "foot"],
      ["6 inches", 6, "inch"],
    ]);
    expect(read("Gusts reached 60 mph on the ridge.")).toEqual([["60 mph", 60, "mile per hour"]]);
  });
});

describe("class 2: numbers glued to units or scales", () => {
  it("applies glued scales to the value, and tells millions from metres", () => {
    expect(read("The app has 30k users, raised $4.5m and drew 12m viewers to a 12m pool.")).toEqual([
      ["30k", 30000, "user"],
      ["$4.5m", 4_500_000, "dollar"],
      ["12m", 12_000_000, "viewer"],
      ["12m", 12, "metre"],
    ]);
  });

  it("reads glued units and currencies written after the amount", () => {
    expect(read("The speaker reproduces 20kHz tones and sells for 40 RM in Penang.")).toEqual([
      ["20kHz", 20, "kilohertz"],
      ["40 RM", 40, "malaysian ringgit"],
    ]);
    expect(read("The stall owner borrowed RM2.1mil and S$4mil last year.")).toEqual([
      ["RM2.1mil", 2_100_000, "malaysian ringgit"],
      ["S$4mil", 4_000_000, "singapore dollar"],
    ]);
  });

  it("distributes a scale over a range", () => {
    expect(read("Between two and three million people watched the final.")).toEqual([
      ["two and three million", [2_000_000, 3_000_000], "people"],
    ]);
  });
});

describe("class 3: ranges versus alternatives", () => {
  it("reads from–to, between–and and a dash as one range", () => {
    expect(read("Fares rose from 5 to 8 euros, seats cost between 20 and 30 dollars and 10–12 ferries sail daily.")).toEqual([
      ["5 to 8 euros", [5, 8], "euro"],
      ["20 and 30 dollars", [20, 30], "dollar"],
      ["10–12", [10, 12], "ferry"],
    ]);
  });

  it("reads 'or' between counts as two values sharing the noun written after the last", () => {
    expect(read("Three or four cars were damaged, and two, three or five vans.")).toEqual([
      ["Three", 3, "car"],
      ["four", 4, "car"],
      ["two", 2, "van"],
      ["three", 3, "van"],
      ["five", 5, "van"],
    ]);
  });

  it("reads an approximate measure 'X or Y unit' as the span it gives", () => {
    // Annotated news reads "5 or 6 km" as about 5–6 km: one quantity, not two.
    expect(read("About 5 or 6 km of road closed.")).toEqual([["5 or 6 km", [5, 6], "kilometre"]]);
  });

  it("reads a change as one value", () => {
    expect(read("Shares were up 2.4 % by noon.")).toEqual([["2.4 %", 2.4, "%"]]);
  });
});

describe("class 4: compound units", () => {
  it("keeps rates whole", () => {
    expect(
      read("Nurses earn 15 dollars per hour, 30,000 euros a year and $3 a week in bonuses; the firm pays 12 cents per share."),
    ).toEqual([
      ["15 dollars per hour", 15, "dollar per hour"],
      ["30,000 euros a year", 30000, "euro per year"],
      ["$3 a week", 3, "dollar per week"],
      ["12 cents per share", 12, "cent per share"],
    ]);
  });

  it("reads any singular noun after 'per' as the rate's base", () => {
    expect(read("The guard averaged 22 points per game and 3 steals per match.")).toEqual([
      ["22 points per game", 22, "point per game"],
      ["3", 3, "steal"],
    ]);
  });

  it("keeps currency variants whole", () => {
    expect(
      read("The deal is worth 40 million Canadian dollars, 30 million pounds sterling and 2 million Australian dollars."),
    ).toEqual([
      ["40 million Canadian dollars", 40_000_000, "canadian dollar"],
      ["30 million pounds sterling", 30_000_000, "pound sterling"],
      ["2 million Australian dollars", 2_000_000, "australian dollar"],
    ]);
  });
});
