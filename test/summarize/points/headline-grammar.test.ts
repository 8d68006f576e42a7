import { describe, expect, it } from "vitest";
import { headlineFromLede } from "../../../src/summarize/points/write-headline.js";

// Issue 13, class 5: a compressed lede must still read as a headline. Every lede here is invented.
describe("headline grammar", () => {
  it("keeps a modifier at the very end, drops it only when its noun was cut off", () => {
    expect(headlineFromLede("The Kelmouth ferry line has hit a five-year high after a busy summer.")).toBe(
      "Kelmouth ferry line hits five-year high",
    );
  });

  it("keeps superlatives, which carry the news", () => {
    expect(headlineFromLede("Kelmouth council has posted its highest surplus in a decade.")).toBe(
      "Kelmouth council posts highest surplus in decade",
    );
  });

  it("makes the verb agree with a plural auxiliary it replaces", () => {
    expect(headlineFromLede("The Harbour Singers have won a regional choir award.")).toBe(
      "Harbour Singers win regional choir award",
    );
  });

  it("puts the verb after a dropped 'has' in the present, over adverbs between them", () => {
    expect(headlineFromLede("Velora has again refused to sell its ferries to a rival.")).toBe(
      "Velora again refuses to sell ferries to rival",
    );
  });

  it("keeps 'have' when it is the main verb", () => {
    expect(headlineFromLede("Actor Tom Ash has a new role in the Kelmouth panto this winter.")).toMatch(/^Ash has new role/);
  });

  it("drops both auxiliaries left when a reported clause is folded in", () => {
    expect(headlineFromLede("Dunmore Rovers have confirmed they have received a bid for striker Tom Ash.")).toBe(
      "Dunmore Rovers receive bid for striker Tom Ash",
    );
  });
});
