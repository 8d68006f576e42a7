import { afterEach, describe, expect, it } from "vitest";
import { createDigestRunner, type DeliveryReport, type DigestRunnerOptions } from "../../src/digest/digest-runner.js";
import type { Article, Subscription } from "../../src/index.js";
import { DeliveryError } from "../../src/index.js";
import { KeyvDeliveryLog } from "../../src/store/delivery-log.js";
import { openStores, type Stores } from "../../src/store/open-store.js";
import { KeyvSubscriptionStore } from "../../src/store/subscription-store.js";
import { manyWorldStories, story, storyArticles } from "../chat/stories.js";
import { recordingPlatform, type SendBehaviour } from "./recording-platform.js";

const NOW = new Date("2026-03-01T09:00:00Z");

describe("digest runner", () => {
  let stores: Stores;
  afterEach(() => stores.close());

  async function setup(articles: Article[], subscriptions: Partial<Subscription>[] = [{}]) {
    stores = await openStores("memory://");
    for (const article of articles) await stores.articles.put(article);
    const subscriptionStore = new KeyvSubscriptionStore(stores.keyv("subscriptions"), stores.shared, "subscriptions");
    for (const extra of subscriptions) {
      await subscriptionStore.put({
        channel: "telegram:100",
        topics: ["world"],
        schedule: "0 8 * * *",
        timezone: "UTC",
        createdAt: "2026-02-01T00:00:00Z",
        ...extra,
      });
    }
    const deliveries = new KeyvDeliveryLog(stores.keyv("deliveries"), stores.shared, "deliveries");
    const reports: DeliveryReport[] = [];
    const runner = (behaviour?: SendBehaviour, limits = { messageChars: 2000 }, extra: Partial<DigestRunnerOptions> = {}) => {
      const recorder = recordingPlatform("telegram", limits, behaviour);
      const created = createDigestRunner({
        articles: stores.articles,
        subscriptions: subscriptionStore,
        deliveries,
        platforms: [recorder.platform],
        onReport: (report) => void reports.push(report),
        maxStories: 25,
        ...extra,
      });
      return { runner: created, sent: recorder.sent };
    };
    return { runner, subscriptionStore, deliveries, reports };
  }

  it("selects the subscription's topics since the last digest, deliverable only after the first digest, merged and ranked", async () => {
    const notYet = {
      ...story("s-summit"),
      id: "s-primed",
      url: "https://x.example.com/primed",
      title: "Primed",
      deliverable: false,
    };
    // A digest went out a day before: first-fetch stories are no longer taken.
    const { runner, subscriptionStore } = await setup([...storyArticles(), notYet], [{ lastDigestAt: "2026-02-28T09:00:00Z" }]);
    const { runner: run, sent } = runner(undefined, { messageChars: 4096 });
    expect(await run.run("telegram:100", new Date("2026-03-01T08:00:00Z"), NOW)).toBe("sent");
    expect(sent).toHaveLength(1);
    const text = sent[0]?.text ?? "";
    expect(text.split("\n")[0]).toBe("🗞 Digest · world · 2 stories");
    expect(text).toContain("reported by 3 sources");
    expect(text.indexOf("Floods force")).toBeLessThan(text.indexOf("Coastal nations"));
    expect(text).not.toContain("Lumen");
    expect(text).not.toContain("Primed");
    expect((await subscriptionStore.get("telegram:100"))?.lastDigestAt).toBe(NOW.toISOString());
    // The next run covers only what came after.
    expect(await run.run("telegram:100", new Date("2026-03-02T08:00:00Z"), new Date("2026-03-02T08:00:00Z"))).toBe("empty");
    expect(sent).toHaveLength(1);
  });

  it("delivers a run enqueued twice only once", async () => {
    const { runner } = await setup(storyArticles());
    const { runner: run, sent } = runner();
    const at = new Date("2026-03-01T08:00:00Z");
    const outcomes = await Promise.all([run.run("telegram:100", at, NOW), run.run("telegram:100", at, NOW)]);
    expect(outcomes.sort()).toEqual(["duplicate", "sent"]);
    expect(sent).toHaveLength(1);
  });

  it("after a crash between two sends, a restart sends the rest: nothing lost, nothing twice", async () => {
    const { runner } = await setup(manyWorldStories(12, NOW));
    // First process: the first message goes, the second send never returns (the process dies there).
    const first = runner((_channel, n) => (n === 2 ? "hang" : "ok"));
    void first.runner.run("telegram:100", new Date("2026-03-01T08:00:00Z"), NOW);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(first.sent).toHaveLength(1);
    // Second process, same store: its start-up tick resumes the open run.
    const second = runner();
    await second.runner.tick(new Date("2026-03-01T09:05:00Z"));
    const delivered = [...first.sent, ...second.sent].flatMap((m) =>
      [...m.text.matchAll(/World story (\d+)\n/g)].map((x) => x[1]),
    );
    expect(second.sent.length).toBeGreaterThan(0);
    expect([...delivered].sort((a, b) => Number(a) - Number(b))).toEqual(Array.from({ length: 12 }, (_, i) => String(i)));
    expect(new Set(delivered).size).toBe(delivered.length);
    for (const message of [...first.sent, ...second.sent]) expect(message.text.length).toBeLessThanOrEqual(2000);
    // And the run is finished: another tick or a late enqueue sends nothing.
    await second.runner.tick(new Date("2026-03-01T09:10:00Z"));
    expect(await second.runner.run("telegram:100", new Date("2026-03-01T08:00:00Z"), NOW)).toBe("duplicate");
  });

  it("retries a transient failure on the next tick without resending what went", async () => {
    const { runner, reports } = await setup(manyWorldStories(12, NOW));
    const flaky = runner((_c, n) => (n === 2 ? new Error("socket hang up") : "ok"));
    expect(await flaky.runner.run("telegram:100", new Date("2026-03-01T08:00:00Z"), NOW)).toBe("retry");
    await flaky.runner.tick(new Date("2026-03-01T09:01:00Z"));
    const titles = flaky.sent.flatMap((m) => [...m.text.matchAll(/World story (\d+)\n/g)].map((x) => x[1]));
    expect(new Set(titles).size).toBe(12);
    expect(titles).toHaveLength(12);
    expect(reports).toEqual([]);
  });

  it("holds a digest in quiet hours and sends it silently when they end", async () => {
    const { runner } = await setup(storyArticles(), [{ timezone: "Europe/Paris", quiet: { from: "22:00", to: "07:00" } }]);
    const { runner: run, sent } = runner();
    // 23:30 in Paris (UTC+1 in March).
    expect(await run.run("telegram:100", new Date("2026-02-28T22:30:00Z"), new Date("2026-02-28T22:30:00Z"))).toBe("held");
    await run.tick(new Date("2026-03-01T05:59:00Z"));
    expect(sent).toEqual([]);
    await run.tick(new Date("2026-03-01T06:00:00Z"));
    expect(sent).toHaveLength(1);
    expect(sent[0]?.silent).toBe(true);
    // Stories up to the release: the summit (the day before), not the floods (published after 06:00 UTC).
    expect(sent[0]?.text).toContain("Coastal nations agree");
    expect(sent[0]?.text).not.toContain("Floods force");
  });

  it("pauses a subscription on a permanent failure, reports it, and still serves the other channels", async () => {
    const { runner, subscriptionStore, reports } = await setup(storyArticles(), [{}, { channel: "telegram:200" }]);
    const removed = new DeliveryError("Forbidden: bot was kicked from the group chat", { permanent: true });
    const { runner: run, sent } = runner((channel) => (channel === "telegram:100" ? removed : "ok"));
    const at = new Date("2026-03-01T08:00:00Z");
    const outcomes = await Promise.all([run.run("telegram:100", at, NOW), run.run("telegram:200", at, NOW)]);
    expect(outcomes).toEqual(["failed", "sent"]);
    expect(sent.map((m) => m.channel)).toEqual(["telegram:200"]);
    expect(await subscriptionStore.get("telegram:100")).toMatchObject({ paused: true, pausedReason: removed.message });
    expect(reports).toEqual([{ channel: "telegram:100", scheduledAt: at.toISOString(), error: removed.message, paused: true }]);
    // Paused: the next schedule skips it.
    expect(await run.run("telegram:100", new Date("2026-03-02T08:00:00Z"), NOW)).toBe("skipped");
  });

  it("previews without recording anything", async () => {
    const { runner, deliveries } = await setup(storyArticles());
    const { runner: run, sent } = runner();
    const preview = await run.preview("telegram:100", NOW);
    expect(preview).toHaveLength(1);
    expect(sent).toEqual([]);
    expect(await deliveries.delivered("telegram:100", ["s-flood", "s-summit"])).toEqual(new Set());
    expect(await deliveries.openRuns()).toEqual([]);
  });
});
