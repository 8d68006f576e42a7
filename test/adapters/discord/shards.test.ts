import { Redis } from "ioredis";
import { afterEach, describe, expect, it } from "vitest";
import { createDiscordPlatform } from "../../../adapters/discord/index.js";
import type { ChatPlatform } from "../../../src/chat/platform.js";
import { createRedisSendBudget } from "../../../src/jobs/redis-send-budget.js";
import { DISCORD_SEND_LIMITS } from "../../../src/jobs/send-budget.js";
import { type FakeDiscord, IDS, startFakeDiscord } from "../../helpers/fake-discord.js";
import { redisUrl, uniquePrefix } from "../../helpers/redis.js";

const quiet = { warn: () => undefined, error: () => undefined };
let fake: FakeDiscord;
let platform: ChatPlatform | undefined;
let redis: Redis | undefined;

afterEach(async () => {
  await platform?.stop();
  platform = undefined;
  await fake?.close();
  await redis?.quit();
  redis = undefined;
});

describe("Discord with several instances", () => {
  it("identifies with this instance's shard ids out of DISCORD_SHARD_COUNT", async () => {
    fake = await startFakeDiscord();
    platform = createDiscordPlatform({
      token: "fake.token",
      applicationId: IDS.app,
      apiRoot: fake.restBase,
      log: quiet,
      shards: [1],
      shardCount: 2,
    });
    await platform.start(async () => undefined);
    expect(fake.identifies).toHaveLength(1);
    expect(fake.identifies[0]).toMatchObject({ shard: [1, 2] });
  });

  it("sends digests over REST without logging in, every request drawn from the token's shared budget", async () => {
    fake = await startFakeDiscord();
    redis = new Redis(redisUrl());
    const prefix = uniquePrefix("discord-budget");
    const sendBudget = createRedisSendBudget({
      redis,
      prefix,
      platform: "discord",
      token: "fake.token",
      limits: DISCORD_SEND_LIMITS,
    });
    platform = createDiscordPlatform({
      token: "fake.token",
      applicationId: IDS.app,
      apiRoot: fake.restBase,
      log: quiet,
      sendBudget,
    });
    // Not started: the instance running a digest job may hold no shard of that guild.
    await platform.send(`discord:${IDS.channel}`, { blocks: [{ type: "text", text: "Digest line" }] });
    const posts = fake.calls.filter((call) => call.method === "POST" && call.path === `/channels/${IDS.channel}/messages`);
    expect(posts).toHaveLength(1);
    const windows = await redis.keys(`${prefix}budget:discord:*:all`);
    expect(windows).toHaveLength(1);
    // The channel fetch and the message post: both requests counted.
    expect(await redis.zcard(windows[0] ?? "")).toBe(fake.calls.length);
  });
});
