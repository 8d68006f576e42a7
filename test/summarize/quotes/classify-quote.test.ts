import { describe, expect, it } from "vitest";
import { classifyQuote } from "../../../src/summarize/quotes/classify-quote.js";

describe("classifyQuote", () => {
  it("takes six words or more for a statement", () => {
    expect(classifyQuote("We will rebuild the bridge by spring.", false, false)).toBe("statement");
  });

  it("takes a short attributed sentence for a statement", () => {
    expect(classifyQuote("We lost badly.", false, true)).toBe("statement");
  });

  it("keeps a short quote a verb hands over as partial, and a bare one as a fragment", () => {
    expect(classifyQuote("absolute chaos.", true, false)).toBe("partial");
    expect(classifyQuote("betrayal", false, false)).toBe("fragment");
  });

  it("recognizes titles, even when a name follows them", () => {
    expect(classifyQuote("The Long Road Home", false, false)).toBe("title");
    expect(classifyQuote("Face the Nation,", true, false, true)).toBe("title");
    expect(classifyQuote("Absolutely,", true, true)).toBe("partial");
  });
});
