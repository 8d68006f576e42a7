import { describe, expect, it } from "vitest";
import { dropAsides } from "../../../src/summarize/points/headline-asides.js";

describe("dropAsides", () => {
  it("drops brackets, time phrases and asides between commas or dashes", () => {
    expect(dropAsides("Velora Lines (VL) cut fares on Monday")).toBe("Velora Lines cut fares");
    expect(dropAsides("The fate of Velora - the ferry firm sold on Sunday - is unclear")).toBe("The fate of Velora is unclear");
    expect(dropAsides("Dana Holt, who sang with Velora, the Four and Ash, has died")).toBe("Dana Holt has died");
    expect(dropAsides("Dana Holt, singer with the Kelmouth band, has died")).toBe("Dana Holt has died");
  });

  it("leaves a list and a plain sentence as they are", () => {
    expect(dropAsides("Velora, Dunmore Rail and Kelmouth Ferries agreed a timetable")).toBe(
      "Velora, Dunmore Rail and Kelmouth Ferries agreed a timetable",
    );
    expect(dropAsides("Kelmouth council approved the plan")).toBe("Kelmouth council approved the plan");
  });
});
