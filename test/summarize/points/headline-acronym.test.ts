import { describe, expect, it } from "vitest";
import { useAcronyms } from "../../../src/summarize/points/headline-acronym.js";

describe("useAcronyms", () => {
  it("replaces a spelled-out name with the abbreviation given in brackets", () => {
    expect(useAcronyms("The Kelmouth Harbour Board (KHB) has closed the quay.")).toBe("The KHB has closed the quay.");
    expect(useAcronyms("Fishers asked the Bank of Dunmore (BD) for help.")).toBe("Fishers asked the BD for help.");
    expect(useAcronyms("giving Harbour Support Officers (HSOs) new powers")).toBe("giving HSOs new powers");
  });

  it("leaves brackets it cannot match alone", () => {
    expect(useAcronyms("The ferry (which was late) docked.")).toBe("The ferry (which was late) docked.");
    expect(useAcronyms("The Kelmouth Harbour Board (XYZ) met.")).toBe("The Kelmouth Harbour Board (XYZ) met.");
    expect(useAcronyms("No brackets here.")).toBe("No brackets here.");
  });
});
