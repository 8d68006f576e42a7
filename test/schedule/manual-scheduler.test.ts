import { describe, expect, it } from "vitest";
import { createManualScheduler } from "../../src/schedule/manual-scheduler.js";

describe("manual scheduler", () => {
  it("fires a job only when the test says, with the time it chooses", async () => {
    const scheduler = createManualScheduler();
    const runs: string[] = [];
    scheduler.set({ id: "d", cron: "0 8 * * *", timezone: "UTC", run: async (at) => void runs.push(at.toISOString()) });
    scheduler.start();
    expect(runs).toEqual([]);
    await scheduler.fire("d", new Date("2026-03-01T08:00:00Z"));
    expect(runs).toEqual(["2026-03-01T08:00:00.000Z"]);
    expect(() => scheduler.set({ id: "x", cron: "bad", timezone: "UTC", run: async () => undefined })).toThrow();
    scheduler.remove("d");
    await expect(scheduler.fire("d", new Date())).rejects.toThrow("no job d");
  });
});
