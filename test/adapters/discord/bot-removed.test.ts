import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { createDiscordPlatform } from "../../../adapters/discord/index.js";
import { runApp } from "../../../src/app/main.js";
import { createDigestRunner } from "../../../src/digest/digest-runner.js";
import { KeyvDeliveryLog } from "../../../src/store/delivery-log.js";
import { openStores, type Stores } from "../../../src/store/open-store.js";
import { KeyvSubscriptionStore } from "../../../src/store/subscription-store.js";
import { story } from "../../chat/stories.js";
import { ADMIN_PERMISSIONS, type FakeDiscord, IDS, startFakeDiscord } from "../../helpers/fake-discord.js";
import { type FeedServer, startFeedServer } from "../../helpers/feed-server.js";
import { rssFeed } from "../../ingest/poll-site.js";

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function fakeDiscord(): Promise<FakeDiscord> {
  const fake = await startFakeDiscord();
  cleanups.push(() => fake.close());
  return fake;
}

describe("discord: the bot removed from a server", () => {
  it("pauses that server's subscriptions when GUILD_DELETE arrives, through the app's own wiring", async () => {
    const fake = await fakeDiscord();
    const feeds: FeedServer = await startFeedServer({ "/feed.xml": { body: rssFeed("Quiet Gazette", []) } });
    cleanups.push(() => feeds.close());
    const dir = mkdtempSync(join(tmpdir(), "newsbrief-guild-"));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const storeUrl = `sqlite://${join(dir, "newsbrief.sqlite")}`;
    let stop!: () => void;
    const stopSignal = new Promise<void>((resolve) => {
      stop = resolve;
    });
    const running = runApp({
      mode: "start",
      env: {
        DISCORD_TOKEN: "fake.discord.token.for.tests",
        DISCORD_APPLICATION_ID: IDS.app,
        DISCORD_API_ROOT: fake.restBase,
        STORE_URL: storeUrl,
        FEED_URLS: feeds.url("/feed.xml"),
        ALLOW_PRIVATE_NETWORKS: "true",
        LOG_LEVEL: "silent",
      },
      input: new PassThrough(),
      output: new PassThrough(),
      logTo: () => undefined,
      stopSignal,
      primeTimeoutMs: 1000,
    });
    cleanups.push(async () => {
      stop();
      await running;
    });
    // The app is up once it has published its commands and logged in.
    await expect.poll(() => fake.identifies.length, { timeout: 10_000 }).toBe(1);
    const { token } = fake.interaction("subscribe", {
      options: [{ name: "topic", type: 3, value: "world" }],
      permissions: ADMIN_PERMISSIONS,
    });
    await expect
      .poll(() => fake.callsFor(token).some((call) => JSON.stringify(call.body).includes("Subscribed to world")), {
        timeout: 10_000,
      })
      .toBe(true);

    const reader: Stores = await openStores(storeUrl);
    cleanups.push(() => reader.close());
    const subscriptions = new KeyvSubscriptionStore(reader.keyv("subscriptions"), reader.shared, "subscriptions");
    const channel = `discord:${IDS.channel}` as const;
    expect(await subscriptions.get(channel)).toMatchObject({ topics: ["world"] });
    expect((await subscriptions.get(channel))?.paused).toBeFalsy();

    // An outage is not a removal: nothing is paused.
    fake.guildDelete(IDS.guild, true);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await subscriptions.get(channel))?.paused).toBeFalsy();

    fake.guildDelete(IDS.guild);
    await expect.poll(async () => (await subscriptions.get(channel))?.paused, { timeout: 5000 }).toBe(true);
    expect((await subscriptions.get(channel))?.pausedReason).toBe("The bot was removed from this server.");
    stop();
    expect(await running).toBe(0);
  });

  it("pauses a subscription whose digest Discord refuses with Missing Access (50001), and serves the others", async () => {
    const fake = await fakeDiscord();
    const platform = createDiscordPlatform({
      token: "fake.token",
      applicationId: IDS.app,
      apiRoot: fake.restBase,
      log: { warn: () => undefined, error: () => undefined },
    });
    await platform.start(async () => undefined);
    cleanups.push(() => platform.stop());
    const stores = await openStores("memory://");
    cleanups.push(() => stores.close());
    const now = new Date("2026-03-01T09:00:00Z");
    for (const id of ["s-flood", "s-summit"]) await stores.articles.put(story(id));
    const subscriptions = new KeyvSubscriptionStore(stores.keyv("subscriptions"), stores.shared, "subscriptions");
    const lost = `discord:${IDS.channel}` as const;
    const kept = `discord:${IDS.thread}` as const;
    for (const channel of [lost, kept]) {
      await subscriptions.put({
        channel,
        topics: ["world"],
        schedule: "0 8 * * *",
        timezone: "UTC",
        createdAt: "2026-02-01T00:00:00Z",
      });
    }
    fake.fail({
      method: "POST",
      path: `/channels/${IDS.channel}/messages`,
      status: 403,
      body: { message: "Missing Access", code: 50001 },
    });
    const reports: unknown[] = [];
    const runner = createDigestRunner({
      articles: stores.articles,
      subscriptions,
      deliveries: new KeyvDeliveryLog(stores.keyv("deliveries"), stores.shared, "deliveries"),
      platforms: [platform],
      onReport: (report) => void reports.push(report),
    });
    const at = new Date("2026-03-01T08:00:00Z");
    expect(await runner.run(lost, at, now)).toBe("failed");
    expect(await runner.run(kept, at, now)).toBe("sent");
    expect(await subscriptions.get(lost)).toMatchObject({
      paused: true,
      pausedReason: expect.stringContaining("Missing Access"),
    });
    expect((await subscriptions.get(kept))?.paused).toBeFalsy();
    expect(reports).toEqual([expect.objectContaining({ channel: lost, paused: true })]);
    expect(
      fake.calls.filter((call) => call.method === "POST" && call.path === `/channels/${IDS.thread}/messages`).length,
    ).toBeGreaterThan(0);
  });
});
