import { describe, expect, it } from "vitest";
import { labelFigure } from "../../../src/summarize/figures/label-figure.js";
import type { UnitKind } from "../../../src/summarize/figures/units.js";

function label(sentence: string, figure: string, kind: UnitKind | null): string {
  const start = sentence.indexOf(figure);
  return labelFigure(sentence, { start, end: start + figure.length }, kind, 0, sentence.length);
}

describe("labelFigure", () => {
  it("takes the noun phrase after a count", () => {
    expect(label("The club sold 300 season tickets on Monday.", "300", null)).toBe("season tickets");
  });

  it("adds what happened to the people counted", () => {
    expect(label("Police said 9 people were injured.", "9", null)).toBe("people injured");
    expect(label("The quake killed at least 40 people.", "40", null)).toBe("people killed");
    expect(label("Officials said 7 were hurt.", "7", null)).toBe("hurt");
  });

  it("takes what a percentage is of", () => {
    expect(label("Farms use 70% of the water in the valley.", "70%", "percent")).toBe("water");
  });

  it("takes the subject of a change", () => {
    expect(label("Copper prices jumped 3% on Tuesday.", "3%", "percent")).toBe("Copper prices");
    expect(label("Rail fares rose 4% to $120.", "$120", "money")).toBe("Rail fares");
  });

  it("takes the noun a measure qualifies", () => {
    expect(label("They began a 12-mile walk at dawn.", "12-mile", "measure")).toBe("walk");
    expect(label("He was jailed for 6 years in prison.", "6 years", "time")).toBe("prison");
  });
});
