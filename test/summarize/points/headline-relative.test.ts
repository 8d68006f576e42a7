import { describe, expect, it } from "vitest";
import { dropSubjectRelative } from "../../../src/summarize/points/headline-relative.js";

describe("dropSubjectRelative", () => {
  it("drops the relative clause between the subject and its verb", () => {
    expect(dropSubjectRelative("A student who ran a website has been ordered to pay")).toBe("A student has been ordered to pay");
    expect(dropSubjectRelative("Firms that break rules on how ringtones are sold could be cut off")).toBe(
      "Firms could be cut off",
    );
  });

  it("leaves sentences where 'that' reports speech or the clause has no main verb", () => {
    expect(dropSubjectRelative("One paper claims that the club is in debt")).toBe("One paper claims that the club is in debt");
    expect(dropSubjectRelative("Partners of those who love gadgets may want")).toBe(
      "Partners of those who love gadgets may want",
    );
    expect(dropSubjectRelative("The firm which makes boats")).toBe("The firm which makes boats");
  });
});
