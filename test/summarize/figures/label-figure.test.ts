import { describe, expect, it } from "vitest";
import { labelFigure, tidyLabel } from "../../../src/summarize/figures/label-figure.js";
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

  it("reads a verb-like change word after an article and a quantity as the noun it qualifies", () => {
    expect(label("Nurses will receive a 4.5% rise next April.", "4.5%", "percent")).toBe("rise");
    expect(label("Staff were offered a 3% pay rise.", "3%", "percent")).toBe("pay rise");
    expect(label("Exporters reported a 12% year-on-year fall.", "12%", "percent")).toBe("year-on-year fall");
    // without the article the word is the verb, and the change is its subject's
    expect(label("Bus fares rise 8% in January.", "8%", "percent")).toBe("Bus fares");
  });

  it("takes the subject of a change", () => {
    expect(label("Copper prices jumped 3% on Tuesday.", "3%", "percent")).toBe("Copper prices");
    expect(label("Rail fares rose 4% to $120.", "$120", "money")).toBe("Rail fares");
  });

  it("takes the noun a measure qualifies", () => {
    expect(label("They began a 12-mile walk at dawn.", "12-mile", "measure")).toBe("walk");
    expect(label("He was jailed for 6 years in prison.", "6 years", "time")).toBe("prison");
  });

  it("keeps a -ly or -ed adjective of the count noun", () => {
    expect(label("The new line carries about 12,000 daily passengers.", "12,000", null)).toBe("daily passengers");
    expect(label("Police questioned 30 armed guards.", "30", null)).toBe("armed guards");
    expect(label("The chain has 450 shops nationwide.", "450", null)).toBe("shops");
    expect(label("Sales grew 20 percent mostly because of tourists.", "20 percent", "percent")).toBe("Sales");
  });

  it("labels a duration with the event it measures, not a function word", () => {
    expect(label("The museum will remain shut for about nine months after the flood.", "nine months", "time")).toBe(
      "remain shut",
    );
    expect(label("She took office only three years ago.", "three years", "time")).toBe("took office");
    expect(label("The ferry sailed again for the first time in 40 years.", "40 years", "time")).toBe("ferry sailed");
  });

  it("never labels a duration with a name", () => {
    expect(label("Then Ada Mills scored with five minutes left.", "five minutes", "time")).toBe("scored");
  });

  it("labels a change with its subject, past the objects of prepositions and verbs", () => {
    expect(label("Exports in the first half grew 8% on the year.", "8%", "percent")).toBe("Exports");
    expect(label("The main index gained 2% to close at 7,120 points.", "7,120 points", "measure")).toBe("main index");
    expect(label("Wheat was slightly higher at $6.20 a bushel.", "$6.20", "money")).toBe("Wheat");
  });

  it("keeps a phrase that a preposition or relative clause ties to the figure", () => {
    expect(label("The levy hits savers with more than $2 million.", "$2 million", "money")).toBe("savers");
    expect(label("It bought a stake in Orlan, which is 30% owned by the state.", "30%", "percent")).toBe("Orlan");
  });

  it("labels money spent by what it is spent on", () => {
    expect(label("The council will spend $40 million on three new schools.", "$40 million", "money")).toBe("new schools");
  });

  it("never ends a label with a function word", () => {
    expect(tidyLabel("stays open after")).toBe("stays open");
    expect(tidyLabel("ago")).toBe("");
    expect(tidyLabel("people killed")).toBe("people killed");
  });
});
