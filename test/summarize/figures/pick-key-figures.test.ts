import { describe, expect, it } from "vitest";
import { type FigureCandidate, pickKeyFigures } from "../../../src/summarize/figures/pick-key-figures.js";
import type { UnitKind } from "../../../src/summarize/figures/units.js";

function candidate(value: number, label: string, kind: UnitKind | null, sentence: number, trivial = false): FigureCandidate {
  return {
    figure: { value, unit: null, label, text: String(value), start: 0, end: 1, key: false },
    kind,
    sentence,
    paragraph: sentence < 2 ? 0 : 1,
    trivial,
  };
}

describe("pickKeyFigures", () => {
  it("prefers casualties, then money and percentages, and marks at most three", () => {
    const all = [
      candidate(4, "bridges", null, 0),
      candidate(2_000_000, "damage", "money", 1),
      candidate(12, "people killed", null, 3),
      candidate(30, "sales", "percent", 1),
      candidate(40, "minutes", "time", 0),
    ];
    pickKeyFigures(all);
    expect(all.filter((c) => c.figure.key).map((c) => c.figure.label)).toEqual(["damage", "people killed", "sales"]);
  });

  it("counts people an event stranded, trapped or left homeless as casualties, wherever they are told", () => {
    const stranded = candidate(4200, "passengers stranded", null, 5);
    const homeless = candidate(300, "families homeless", null, 7);
    const plain = candidate(310, "lorries", null, 5);
    pickKeyFigures([stranded, homeless, plain]);
    expect([stranded, homeless, plain].map((c) => c.figure.key)).toEqual([true, true, false]);
  });

  it("favours the lede", () => {
    const lede = candidate(5, "shares", "percent", 0);
    const late = candidate(6, "shares", "percent", 9);
    const others = [candidate(1, "a", "percent", 9), candidate(2, "b", "percent", 9), candidate(3, "c", "percent", 9)];
    pickKeyFigures([late, ...others, lede]);
    expect(lede.figure.key).toBe(true);
  });

  it("never marks trivial words", () => {
    const trivial = candidate(1, "report", null, 0, true);
    pickKeyFigures([trivial]);
    expect(trivial.figure.key).toBe(false);
  });

  it("never marks a figure without a label", () => {
    const unlabelled = candidate(5_000_000, "", "money", 0);
    const labelled = candidate(300, "homes", null, 5);
    pickKeyFigures([unlabelled, labelled]);
    expect(unlabelled.figure.key).toBe(false);
    expect(labelled.figure.key).toBe(false);
    const casualty = candidate(9, "people killed", null, 4);
    pickKeyFigures([unlabelled, casualty]);
    expect(casualty.figure.key).toBe(true);
  });
});
