import { describe, expect, it } from "vitest";
import { htmlToLine, htmlToText } from "../../src/ingest/html-to-text.js";

describe("htmlToText", () => {
  it("removes tags, scripts and comments and decodes entities", () => {
    expect(htmlToText("<p>Fish &amp; chips<script>alert(1)</script><!-- x --> cost &pound;9&nbsp;now</p>")).toBe(
      "Fish & chips cost £9 now",
    );
  });
  it("keeps blocks apart with blank lines", () => {
    expect(htmlToText("<p>One.</p><p>Two.<br>Three.</p>")).toBe("One.\n\nTwo.\n\nThree.");
  });
  it("undoes markup escaped twice", () => {
    expect(htmlToLine("A &lt;b&gt;bold&lt;/b&gt; move &amp;amp; more")).toBe("A bold move & more");
  });
  it("keeps a lone less-than sign", () => {
    expect(htmlToLine("Prices < 5 euros")).toBe("Prices < 5 euros");
  });
});
