import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KeyvDeliveryLog } from "../../src/store/delivery-log.js";
import { openStores } from "../../src/store/open-store.js";

describe("KeyvDeliveryLog", () => {
  it("records deliveries per (channel, story) and open runs, across a restart on SQLite", async () => {
    const dir = mkdtempSync(join(tmpdir(), "newsbrief-log-"));
    const url = `sqlite://${join(dir, "state.sqlite")}`;
    try {
      const first = await openStores(url);
      const log = new KeyvDeliveryLog(first.keyv("deliveries"), first.shared, "deliveries");
      await log.markDelivered("telegram:1", ["a", "b"], new Date("2026-03-01T08:00:00Z"));
      await log.putRun({
        channel: "telegram:1",
        scheduledAt: "2026-03-01T08:00:00.000Z",
        status: "sending",
        storyIds: ["a", "b", "c"],
      });
      await log.putRun({
        channel: "telegram:2",
        scheduledAt: "2026-03-01T07:00:00.000Z",
        status: "held",
        releaseAt: "2026-03-01T09:00:00.000Z",
      });
      await log.putRun({ channel: "telegram:3", scheduledAt: "2026-03-01T07:00:00.000Z", status: "done" });
      await first.close();

      const second = await openStores(url);
      const reopened = new KeyvDeliveryLog(second.keyv("deliveries"), second.shared, "deliveries");
      expect(await reopened.delivered("telegram:1", ["a", "b", "c"])).toEqual(new Set(["a", "b"]));
      expect(await reopened.delivered("telegram:2", ["a"])).toEqual(new Set());
      expect((await reopened.openRuns()).map((r) => r.channel)).toEqual(["telegram:2", "telegram:1"]);
      await reopened.putRun({ channel: "telegram:1", scheduledAt: "2026-03-01T08:00:00.000Z", status: "done" });
      expect((await reopened.openRuns()).map((r) => r.channel)).toEqual(["telegram:2"]);
      expect((await reopened.getRun("telegram:3", "2026-03-01T07:00:00.000Z"))?.status).toBe("done");
      await second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
