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
  it("undoes markup escaped twice only when told the fragment is an RSS description", () => {
    expect(htmlToText("A &lt;b&gt;bold&lt;/b&gt; move &amp;amp; more", { escapedMarkup: true })).toBe("A bold move & more");
  });
  it("decodes entities exactly once: escaped markup is literal text", () => {
    expect(htmlToLine("A &lt;b&gt;bold&lt;/b&gt; move &amp;amp; more")).toBe("A <b>bold</b> move &amp; more");
    expect(htmlToLine("<i>Tom</i> &amp;amp; Jerry")).toBe("Tom &amp; Jerry");
  });
  it("keeps a lone less-than sign", () => {
    expect(htmlToLine("Prices < 5 euros")).toBe("Prices < 5 euros");
  });
});
