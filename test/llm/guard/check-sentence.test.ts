import { describe, expect, it } from "vitest";
import { articleFacts, checkSentence } from "../../../src/llm/guard/check-sentence.js";

// Invented article: a harbour bridge closes for repairs.
const article = {
  title: "Harbour bridge to close for two weeks",
  text: [
    "The Port Authority of Valmor will close the Eastgate Bridge for 14 days from Monday, officials said.",
    "About 1.2 million vehicles cross the bridge each month, according to chief engineer Lina Ortez.",
    "“We cannot put off the work any longer,” Ortez told reporters. Repairs will cost €4.5m, and 300 workers will take part.",
    "The European Harbour Fund is paying a third of the bill.",
  ].join("\n\n"),
};
const facts = articleFacts(article);
const check = (sentence: string) => checkSentence(sentence, facts);

describe("checkSentence: numbers", () => {
  it("keeps a number written another way than in the article", () => {
    expect(check("Some 1,200,000 vehicles a month will need another route")).toEqual({ ok: true });
    expect(check("About 1.2m vehicles cross each month")).toEqual({ ok: true });
    expect(check("Repairs costing €4,500,000 start Monday")).toEqual({ ok: true });
    expect(check("The bridge shuts for fourteen days")).toEqual({ ok: true });
    expect(check("Three hundred workers will repair the bridge")).toEqual({ ok: true });
  });

  it("drops a sentence with a number the article does not state", () => {
    expect(check("The bridge shuts for 15 days")).toEqual({ ok: false, reason: "number “15” is not in the article" });
    expect(check("About 1.3 million vehicles cross each month").ok).toBe(false);
    expect(check("Repairs will cost €45m").ok).toBe(false);
    expect(check("Five hundred workers will repair the bridge").ok).toBe(false);
  });
});

describe("checkSentence: quotations", () => {
  it("keeps a quotation that is verbatim in the article, whatever its quotation marks", () => {
    expect(check("Ortez said “we cannot put off the work any longer.”").ok).toBe(true);
    expect(check('The engineer: "We cannot put off the work"').ok).toBe(true);
  });

  it("drops an invented or reworded quotation, and an unclosed one", () => {
    expect(check("Ortez said the bridge was “a danger to everyone”")).toEqual({
      ok: false,
      reason: "quote “a danger to everyone” is not in the article",
    });
    expect(check("Ortez said “we can no longer put off the work”").ok).toBe(false);
    expect(check("Ortez said “we cannot put off the work").ok).toBe(false);
  });

  it("does not take apostrophes for quotation marks", () => {
    expect(check("The bridge’s repairs can’t wait, Ortez said").ok).toBe(true);
  });
});

describe("checkSentence: names", () => {
  it("keeps people and organisations the article names, in full or in part", () => {
    expect(check("Lina Ortez says the Eastgate Bridge repairs cannot wait").ok).toBe(true);
    expect(check("Valmor's Port Authority closes the bridge").ok).toBe(true);
    expect(check("Officials close the bridge; Ortez leads the work").ok).toBe(true);
  });

  it("drops a sentence naming someone or something the article does not", () => {
    expect(check("Mayor Tomas Brenn backs the closure")).toEqual({
      ok: false,
      reason: "name “Mayor Tomas Brenn” is not in the article",
    });
    expect(check("Brenn backs the closure").ok).toBe(false);
    expect(check("The World Bank pays a third").ok).toBe(false);
  });

  it("drops two real words joined into a name the article never uses", () => {
    // "Lina" and "Valmor" are both in the article, but no name there holds both.
    expect(check("The repairs are led by Lina Valmor")).toEqual({
      ok: false,
      reason: "name “Lina Valmor” is not in the article",
    });
  });

  it("accepts the acronym of a name the article spells out, not an unknown one", () => {
    expect(check("The EHF is paying a third").ok).toBe(true);
    expect(check("The IMF is paying a third").ok).toBe(false);
  });
});
