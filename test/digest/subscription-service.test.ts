import { describe, expect, it } from "vitest";
import { createSubscriptionService } from "../../src/digest/subscription-service.js";
import { UserError } from "../../src/errors.js";
import { validateSchedule } from "../../src/schedule/cron-scheduler.js";
import { createManualScheduler } from "../../src/schedule/manual-scheduler.js";
import { openStores } from "../../src/store/open-store.js";
import { KeyvSubscriptionStore } from "../../src/store/subscription-store.js";

const NOW = new Date("2026-03-01T09:00:00Z");

async function setup() {
  const stores = await openStores("memory://");
  const store = new KeyvSubscriptionStore(stores.keyv("subscriptions"), stores.shared, "subscriptions");
  const scheduler = createManualScheduler({ validate: (cron, tz) => validateSchedule(cron, tz) });
  const runs: [string, string][] = [];
  const service = createSubscriptionService({
    store,
    scheduler,
    runner: {
      run: async (channel, at) => {
        runs.push([channel, at.toISOString()]);
        return "sent";
      },
    },
    defaultTimezone: "UTC",
    defaultSchedule: "0 8 * * *",
    clock: () => NOW,
  });
  return { stores, store, scheduler, service, runs };
}

describe("subscription service", () => {
  it("wires each subscription to a cron job that runs its digest with the scheduled time", async () => {
    const { service, scheduler, runs, stores } = await setup();
    await service.subscribe("telegram:1", { topic: "World", timezone: "Asia/Tokyo" }, NOW);
    await scheduler.fire("digest:telegram:1", new Date("2026-03-01T23:00:00Z"));
    expect(runs).toEqual([["telegram:1", "2026-03-01T23:00:00.000Z"]]);
    expect(scheduler.job("digest:telegram:1")).toMatchObject({ cron: "0 8 * * *", timezone: "Asia/Tokyo" });
    await stores.close();
  });

  it("re-creates the jobs of stored subscriptions at start, except paused ones", async () => {
    const { service, store, stores } = await setup();
    await store.put({
      channel: "discord:1",
      topics: ["tech"],
      schedule: "0 9 * * *",
      timezone: "UTC",
      createdAt: NOW.toISOString(),
    });
    await store.put({
      channel: "discord:2",
      topics: ["tech"],
      schedule: "0 9 * * *",
      timezone: "UTC",
      createdAt: NOW.toISOString(),
      paused: true,
    });
    const fresh = createManualScheduler();
    const restarted = createSubscriptionService({
      store,
      scheduler: fresh,
      runner: { run: async () => "sent" },
      defaultTimezone: "UTC",
      defaultSchedule: "0 8 * * *",
    });
    await restarted.scheduleAll();
    expect(fresh.ids()).toEqual(["digest:discord:1"]);
    expect(service.jobId("discord:2")).toBe("digest:discord:2");
    await stores.close();
  });

  it("moves a subscription to a supergroup's new id, pauses one, and resumes it on /subscribe", async () => {
    const { service, scheduler, stores } = await setup();
    await service.subscribe("telegram:-1", { topic: "world" }, NOW);
    await service.move("telegram:-1", "telegram:-1002");
    expect(await service.get("telegram:-1")).toBeUndefined();
    expect((await service.get("telegram:-1002"))?.topics).toEqual(["world"]);
    expect(scheduler.ids()).toEqual(["digest:telegram:-1002"]);
    await service.pause("telegram:-1002", "The bot was removed.");
    expect(scheduler.ids()).toEqual([]);
    const resumed = await service.subscribe("telegram:-1002", { topic: "tech" }, NOW);
    expect(resumed).toMatchObject({ topics: ["world", "tech"] });
    expect(resumed.paused).toBeUndefined();
    expect(scheduler.ids()).toEqual(["digest:telegram:-1002"]);
    await stores.close();
  });

  it("refuses bad topics and more than 20 topics", async () => {
    const { service, stores } = await setup();
    await expect(service.subscribe("console:local", { topic: "all" }, NOW)).rejects.toThrow(UserError);
    await expect(service.subscribe("console:local", { topic: "x".repeat(51) }, NOW)).rejects.toThrow("at most 50 characters");
    for (let i = 0; i < 20; i++) await service.subscribe("console:local", { topic: `topic ${i}` }, NOW);
    await expect(service.subscribe("console:local", { topic: "one more" }, NOW)).rejects.toThrow("at most 20 topics");
    await stores.close();
  });
});
