import { describe, expect, it } from "vitest";
import { renderText } from "../../adapters/console/render.js";
import type { ImportReport } from "../../src/opml/import-opml.js";
import { importReportMessage } from "../../src/opml/import-report.js";

const report = (added: number, already: number, refused: number): ImportReport => ({
  file: "list.opml",
  added: Array.from({ length: added }, (_, i) => ({ url: `https://added.example/${i}.xml`, title: `Added ${i}` })),
  already: Array.from({ length: already }, (_, i) => `https://known.example/${i}.xml`),
  refused: Array.from({ length: refused }, (_, i) => ({
    entry: `https://refused.example/${i}`,
    reason: "the server answered 500",
  })),
});

describe("importReportMessage", () => {
  it("gives the counts and every list when there is room", () => {
    expect(renderText(importReportMessage(report(2, 1, 1), Number.POSITIVE_INFINITY))).toMatchInlineSnapshot(`
      "Imported list.opml: 2 added, 1 already followed, 1 refused. Their current stories are stored; new ones will be delivered.
      Added (2):
      • Added 0 <https://added.example/0.xml>
      • Added 1 <https://added.example/1.xml>
      Already followed (1):
      • https://known.example/0.xml
      Refused (1):
      • https://refused.example/0 — the server answered 500"
    `);
  });

  it("trims the lists to fit one message, saying how many were left out", () => {
    for (const limit of [4096, 2000, 600]) {
      const text = renderText(importReportMessage(report(400, 300, 300), limit));
      expect(text.length).toBeLessThanOrEqual(limit);
      expect(text).toMatch(/^Imported list.opml: 400 added, 300 already followed, 300 refused\./);
      expect(text).toMatch(/… and \d+ more/);
    }
    const text = renderText(importReportMessage(report(400, 0, 0), 2000));
    const shown = text.split("\n").filter((line) => line.startsWith("• Added")).length;
    expect(text).toContain(`• … and ${400 - shown} more`);
  });
});
