import { afterEach, describe, expect, it } from "vitest";
import { type CronScheduler, createCronScheduler, validateSchedule } from "../../src/schedule/cron-scheduler.js";

describe("cron scheduler (node-cron wiring)", () => {
  let scheduler: CronScheduler | undefined;
  afterEach(async () => {
    await scheduler?.stop();
  });

  it("runs a job through node-cron with its scheduled time, and execute() runs it at once", async () => {
    scheduler = createCronScheduler({ minIntervalMs: 0 });
    const runs: Date[] = [];
    let resolveFirst!: () => void;
    const firstRun = new Promise<void>((resolve) => {
      resolveFirst = resolve;
    });
    scheduler.set({
      id: "every-second",
      cron: "* * * * * *",
      timezone: "Europe/Paris",
      run: async (at) => {
        runs.push(at);
        resolveFirst();
      },
    });
    await scheduler.execute("every-second");
    expect(runs).toHaveLength(1);
    scheduler.start();
    // The real wiring: a 6-field every-second expression fires within ~1 s (bounded wait, not a timing assertion).
    await Promise.race([firstRun, new Promise((resolve) => setTimeout(resolve, 2500))]);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(runs.length).toBeGreaterThanOrEqual(2);
    for (const at of runs.slice(1)) expect(at.getMilliseconds()).toBe(0);
    await scheduler.stop();
    const stopped = runs.length;
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(runs.length).toBe(stopped);
  });

  it("replaces a job set twice under one id, and removes it", () => {
    scheduler = createCronScheduler();
    const noop = async () => undefined;
    scheduler.set({ id: "a", cron: "0 8 * * *", timezone: "UTC", run: noop });
    scheduler.set({ id: "a", cron: "0 9 * * *", timezone: "UTC", run: noop });
    scheduler.set({ id: "b", cron: "0 9 * * *", timezone: "UTC", run: noop });
    expect(scheduler.ids()).toEqual(["a", "b"]);
    scheduler.remove("a");
    expect(scheduler.ids()).toEqual(["b"]);
    expect(() => scheduler?.set({ id: "c", cron: "nonsense", timezone: "UTC", run: noop })).toThrow(
      "not a valid cron expression",
    );
  });

  it("logs a failing job instead of throwing", async () => {
    const errors: unknown[] = [];
    scheduler = createCronScheduler({
      log: { debug() {}, info() {}, warn() {}, error: (m, f) => void errors.push([m, f?.job]) },
    });
    scheduler.set({ id: "boom", cron: "0 8 * * *", timezone: "UTC", run: async () => Promise.reject(new Error("boom")) });
    await scheduler.execute("boom");
    expect(errors).toEqual([["scheduled job failed", "boom"]]);
  });
});

describe("validateSchedule", () => {
  it("accepts 5 and 6 fields in a real timezone, and explains everything else in one line", () => {
    expect(validateSchedule("0 8 * * 1-5", "Europe/Paris")).toBeUndefined();
    expect(validateSchedule("0 0 8 * * *", "UTC")).toBeUndefined();
    expect(validateSchedule("61 * * * *", "UTC")?.message).toMatch(/not a valid cron expression.*0 8 \* \* \*$/);
    expect(validateSchedule("0 8 * *", "UTC")?.message).toMatch(/not a valid cron expression/);
    expect(validateSchedule("0 8 * * *", "Mars/Olympus")?.message).toMatch(/not a known timezone/);
    expect(validateSchedule("*/2 * * * *", "UTC")?.message).toMatch(/more often than every 5 minutes/);
    expect(validateSchedule("*/2 * * * *", "UTC", 0)).toBeUndefined();
  });
});
