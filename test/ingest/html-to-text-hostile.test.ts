import { describe, expect, it } from "vitest";
import { htmlToLine, htmlToText } from "../../src/ingest/html-to-text.js";

// Each body is ~1 MB: before the fix, every one of these took 10–30 s (quadratic regex backtracking).
const REPEATS = 120_000;

function timed<T>(work: () => T): { result: T; ms: number } {
  const started = performance.now();
  const result = work();
  return { result, ms: performance.now() - started };
}

describe("htmlToText on hostile feed HTML", () => {
  it.each([
    ["unclosed <script> tags", "<script>", ""],
    ["unclosed comments", "<!--", "<!--"],
    ["tags that never end", "<a ", "<a"],
    ["carriage returns", "\r", ""],
  ])("reads a megabyte of %s in linear time", (_name, unit, first) => {
    const { result, ms } = timed(() => htmlToText(`Headline ${unit.repeat(REPEATS)}end`));
    expect(ms).toBeLessThan(1500);
    expect(result.startsWith(`Headline ${first}`.trim())).toBe(true);
    expect(result.endsWith("end")).toBe(true);
  });

  it("stays linear when escaped markup sits beside a tag that never ends", () => {
    const { result, ms } = timed(() => htmlToText(`&lt;b&gt;Bold&lt;/b&gt; ${"<a ".repeat(REPEATS)}`));
    expect(ms).toBeLessThan(1500);
    expect(result.startsWith("&lt;b&gt;Bold")).toBe(false);
    expect(result).toContain("Bold");
  });

  it("drops closed scripts, styles and comments but keeps the text around them", () => {
    const html = `<p>Fish<script>document.cookie="x"</script> &amp; <STYLE>p{}</style>chips<!-- hidden --></p><script>alert(1)`;
    expect(htmlToText(html)).toBe("Fish & chips\n\nalert(1)");
  });

  it("keeps a headline that mentions a tag without closing it", () => {
    expect(htmlToLine("Why <script> tags still matter")).toBe("Why tags still matter");
    expect(htmlToLine("Scores: 3 < 5 and 7 > 2")).toBe("Scores: 3 < 5 and 7 > 2");
  });
});
