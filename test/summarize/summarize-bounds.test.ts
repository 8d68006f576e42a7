import { describe, expect, it } from "vitest";
import { MAX_BRIEFED_CHARS, summarize } from "../../src/summarize/summarize.js";

const paragraph =
  '"We will rebuild the pier before the summer," harbour master Ines Vale said on Friday, adding that 12 boats were damaged.';

describe("summarize on a huge input", () => {
  it("briefs only the first MAX_BRIEFED_CHARS, with offsets into the whole text", () => {
    const text = Array.from({ length: 20_000 }, () => paragraph).join("\n\n"); // about 2.5 MB
    expect(text.length).toBeGreaterThan(MAX_BRIEFED_CHARS * 20);
    const summary = summarize({ text });
    expect(summary.quotes.length).toBeGreaterThan(100);
    for (const item of [...summary.quotes, ...summary.figures]) expect(item.end).toBeLessThanOrEqual(MAX_BRIEFED_CHARS);
    const last = summary.figures.at(-1);
    expect(last && text.slice(last.start, last.end)).toBe(last?.text);
    expect(summary.quotes[0]?.speaker).toBe("Ines Vale");
  });
});
