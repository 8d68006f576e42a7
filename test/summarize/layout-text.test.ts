import { describe, expect, it } from "vitest";
import { layoutText } from "../../src/summarize/layout-text.js";

describe("layoutText", () => {
  it("drops a first paragraph repeating the title and keeps offsets into the input", () => {
    const text = "Harbour reopens after storm\n\nThe harbour of Kelmouth reopened on Monday. Ferries resumed.\n\nNo Comments";
    const layout = layoutText(text, "Harbour reopens after storm");
    expect(layout.text).toBe(text);
    expect(layout.paragraphs.map((p) => text.slice(p.start, p.end))).toEqual([
      "The harbour of Kelmouth reopened on Monday. Ferries resumed.",
    ]);
    expect(layout.sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      "The harbour of Kelmouth reopened on Monday.",
      "Ferries resumed.",
    ]);
  });

  it("keeps the first paragraph when it differs from the title", () => {
    const layout = layoutText("A new bakery opened.", "Bakery news");
    expect(layout.sentences).toHaveLength(1);
  });
});
