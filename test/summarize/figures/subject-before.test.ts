import { describe, expect, it } from "vitest";
import { eventBefore, subjectBefore } from "../../../src/summarize/figures/subject-before.js";

function subject(sentence: string, figure: string): string {
  return subjectBefore(sentence, 0, sentence.indexOf(figure), []);
}

function event(sentence: string, figure: string, other = ""): string | null {
  const at = sentence.indexOf(other);
  return eventBefore(sentence, 0, sentence.indexOf(figure), other ? [{ start: at, end: at + other.length }] : []);
}

describe("subjectBefore", () => {
  it("reads back past verbs and adverbs to the subject", () => {
    expect(subject("Coffee futures rose 6%.", "6%")).toBe("Coffee futures");
    expect(subject("Gold was marginally higher at $2,010.", "$2,010")).toBe("Gold");
    expect(subject("The index is expected to fall 1%.", "1%")).toBe("index");
  });

  it("skips the object of a preposition before the verb", () => {
    expect(subject("Rents in the capital climbed 11%.", "11%")).toBe("Rents");
    expect(subject("Oil stocks were on a roll, up 9%.", "9%")).toBe("Oil stocks");
  });

  it("lets a name after 'in' qualify a plural head", () => {
    expect(subject("Shares in drugmaker Velora jumped 12%.", "12%")).toBe("Velora shares");
    expect(subject("Orders in Brazil fell 4%.", "4%")).toBe("Brazil orders");
    expect(subject("Acme in Brazil fell 4%.", "4%")).toBe("Acme");
  });

  it("keeps a phrase that the figure is tied to", () => {
    expect(subject("The tax applies to estates worth more than $5 million.", "$5 million")).toBe("estates");
    expect(subject("It reached a speed of 90 mph.", "90 mph")).toBe("speed");
  });

  it("stops at the start of the sentence", () => {
    expect(subject("Up 40% on last year.", "40%")).toBe("");
  });
});

describe("eventBefore", () => {
  it("takes the verb a duration follows", () => {
    expect(event("The talks lasted for almost three hours.", "three hours")).toBe("talks lasted");
    expect(event("Ortiz scored after 20 minutes.", "20 minutes")).toBe("scored");
  });

  it("takes a noun phrase with its light verb", () => {
    expect(event("He held power for nine years.", "nine years")).toBe("held power");
  });

  it("gives up before another figure, a name or the start", () => {
    expect(event("Sales hit $4 billion in the nine months to May.", "nine months", "$4 billion")).toBeNull();
    expect(event("Against Leeds Kim Tan took 3 minutes.", "3 minutes")).toBeNull();
    expect(event("Six weeks later the bridge reopened.", "Six weeks")).toBeNull();
  });
});
