import { describe, expect, it } from "vitest";
import { putOwnerFirst } from "../../../src/summarize/points/headline-subject.js";

describe("putOwnerFirst", () => {
  it("puts a named owner before the part or person of it", () => {
    expect(putOwnerFirst("Shares in ferry operator Velora Lines have fallen")).toBe("Velora Lines shares have fallen");
    expect(putOwnerFirst("The majority owner of ferry firm Velora has sued the port")).toBe("Velora owner has sued the port");
    expect(putOwnerFirst("Traders at Kelmouth Bank are facing a fine")).toBe("Kelmouth Bank traders are facing a fine");
  });

  it("leaves groups, verbs and complex owners as written", () => {
    expect(putOwnerFirst("A group of Kelmouth MPs has called for a vote")).toBe("A group of Kelmouth MPs has called for a vote");
    expect(putOwnerFirst("A novel set in Kelmouth has won a prize")).toBe("A novel set in Kelmouth has won a prize");
    expect(putOwnerFirst("The head of the Bank of Kelmouth has resigned")).toBe("The head of the Bank of Kelmouth has resigned");
  });
});
