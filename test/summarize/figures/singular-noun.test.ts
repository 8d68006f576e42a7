import { describe, expect, it } from "vitest";
import { looksPlural, singularNoun } from "../../../src/summarize/figures/singular-noun.js";

describe("singularNoun", () => {
  it("undoes the regular English plurals", () => {
    const words = ["commuters", "cities", "boxes", "churches", "classes", "houses", "buses", "days"];
    expect(words.map(singularNoun)).toEqual(["commuter", "city", "box", "church", "class", "house", "bus", "day"]);
  });

  it("knows irregular plurals and nouns without an -s plural", () => {
    const words = ["children", "fishermen", "women", "feet", "people", "police", "virus", "analysis", "series"];
    expect(words.map(singularNoun)).toEqual([
      "child",
      "fisherman",
      "woman",
      "foot",
      "people",
      "police",
      "virus",
      "analysis",
      "series",
    ]);
  });

  it("tells plurals from singulars", () => {
    expect(["homes", "men", "people"].map(looksPlural)).toEqual([true, true, true]);
    expect(["home", "glass", "status"].map(looksPlural)).toEqual([false, false, false]);
  });
});
