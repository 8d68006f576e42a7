import { afterEach, describe, expect, it } from "vitest";
import { createDiscordPlatform, type DiscordPlatformOptions } from "../../../adapters/discord/index.js";
import type { ChatPlatform, Dispatch, Invocation } from "../../../src/chat/platform.js";
import { type Block, DeliveryError } from "../../../src/index.js";
import { ADMIN_PERMISSIONS, type FakeDiscord, IDS, MEMBER_PERMISSIONS, startFakeDiscord } from "../../helpers/fake-discord.js";

const quiet = { warn: () => undefined, error: () => undefined };

function brief(n: number, lede = `What happened in story ${n}.`): Block[] {
  return [
    { type: "heading", text: `Story ${n}`, url: `https://news.example/${n}` },
    { type: "text", text: lede },
    { type: "link", text: "news.example · 1 h ago", url: `https://news.example/${n}` },
  ];
}

/** A stand-in for the core's dispatcher: admin commands refused without isAdmin, /latest answers briefs. */
function smallDispatch(seen: Invocation[]): Dispatch {
  return async (invocation) => {
    seen.push(invocation);
    if (invocation.command === "subscribe" && !invocation.invoker.isAdmin) {
      await invocation.replyError?.({ blocks: [{ type: "text", text: "Only members with Manage Server can do that." }] });
      return;
    }
    if (invocation.command === "fail") {
      await invocation.replyError?.({ blocks: [{ type: "text", text: "Nothing about “mars” yet." }] });
      return;
    }
    const count = Number(invocation.input.kind === "options" ? (invocation.input.values.count ?? 2) : 2);
    await invocation.reply({ blocks: Array.from({ length: count }, (_, i) => brief(i + 1)).flat() });
  };
}

let fake: FakeDiscord;
let platform: ChatPlatform | undefined;

async function setup(options: Partial<DiscordPlatformOptions> = {}, dispatch: Dispatch = async () => undefined) {
  fake = await startFakeDiscord();
  platform = createDiscordPlatform({
    token: "fake.token",
    applicationId: IDS.app,
    apiRoot: fake.restBase,
    log: quiet,
    ...options,
  });
  await platform.start(dispatch);
}

afterEach(async () => {
  await platform?.stop();
  platform = undefined;
  await fake?.close();
});

type Body = Record<string, unknown> & { data?: Record<string, unknown> };
const bodyOf = (call: { body: unknown } | undefined) => call?.body as Body | undefined;

describe("createDiscordPlatform: gateway and interactions", () => {
  it("logs in through the double's GET /gateway/bot with the Guilds intent only", async () => {
    await setup();
    expect(fake.calls[0]).toMatchObject({ method: "GET", path: "/gateway/bot" });
    expect(fake.calls[0]?.headers.authorization).toBe("Bot fake.token");
    expect(fake.identifies).toHaveLength(1);
    expect(fake.identifies[0]).toMatchObject({ token: "fake.token", intents: 1 });
  });

  it("answers a fast /latest directly with brief embeds and no mentions", async () => {
    const seen: Invocation[] = [];
    await setup({ deferAfterMs: 60_000 }, smallDispatch(seen));
    const { token } = fake.interaction("latest", { options: [{ name: "count", type: 4, value: 3 }] });
    await expect.poll(() => fake.callsFor(token).length).toBe(1);
    const callback = fake.callsFor(token)[0];
    expect(callback?.path).toMatch(/\/callback$/);
    const body = bodyOf(callback);
    expect(body?.type).toBe(4);
    expect(body?.data?.allowed_mentions).toEqual({ parse: [] });
    expect(((body?.data?.embeds ?? []) as { title: string }[]).map((embed) => embed.title)).toEqual([
      "Story 1",
      "Story 2",
      "Story 3",
    ]);
    expect(seen[0]).toMatchObject({
      command: "latest",
      input: { kind: "options", values: { count: 3 } },
      channel: `discord:${IDS.channel}`,
      invoker: { id: IDS.user, displayName: "Tess Ter", isAdmin: false },
    });
  });

  it("defers at once, then edits the answer and follows up when it needs more than one message", async () => {
    await setup({ deferAfterMs: 0 }, smallDispatch([]));
    const { token } = fake.interaction("latest", { options: [{ name: "count", type: 4, value: 12 }] });
    await expect.poll(() => fake.callsFor(token).length).toBe(3);
    const [defer, edit, followUp] = fake.callsFor(token);
    expect(bodyOf(defer)).toMatchObject({ type: 5 });
    expect(edit).toMatchObject({ method: "PATCH", path: `/webhooks/${IDS.app}/${token}/messages/@original` });
    expect(((bodyOf(edit)?.embeds ?? []) as unknown[]).length).toBe(10);
    expect(bodyOf(edit)?.allowed_mentions).toEqual({ parse: [] });
    expect(followUp).toMatchObject({ method: "POST", path: `/webhooks/${IDS.app}/${token}` });
    expect(((bodyOf(followUp)?.embeds ?? []) as unknown[]).length).toBe(2);
    expect(bodyOf(followUp)?.allowed_mentions).toEqual({ parse: [] });
  });

  it("speaks for a thread when typed in one, and for the forum when typed in a forum post", async () => {
    const seen: Invocation[] = [];
    await setup({ deferAfterMs: 60_000 }, smallDispatch(seen));
    const inThread = fake.interaction("latest", { channelId: IDS.thread });
    const inPost = fake.interaction("latest", { channelId: IDS.forumPost });
    await expect.poll(() => fake.callsFor(inThread.token).length + fake.callsFor(inPost.token).length).toBe(2);
    expect(seen.map((invocation) => invocation.channel).sort()).toEqual([`discord:${IDS.forum}`, `discord:${IDS.thread}`]);
  });

  it("refuses /subscribe to a member without Manage Server, privately", async () => {
    const seen: Invocation[] = [];
    await setup({ deferAfterMs: 60_000 }, smallDispatch(seen));
    const { token } = fake.interaction("subscribe", {
      options: [{ name: "topic", type: 3, value: "ukraine" }],
      permissions: MEMBER_PERMISSIONS,
    });
    await expect.poll(() => fake.callsFor(token).length).toBe(1);
    const body = bodyOf(fake.callsFor(token)[0]);
    expect(body).toMatchObject({ type: 4, data: { content: "Only members with Manage Server can do that.", flags: 64 } });
    expect(seen[0]?.invoker.isAdmin).toBe(false);
  });

  it("lets a member with Manage Server run /subscribe, answered in the channel", async () => {
    const seen: Invocation[] = [];
    await setup({ deferAfterMs: 60_000 }, smallDispatch(seen));
    const { token } = fake.interaction("subscribe", { permissions: ADMIN_PERMISSIONS });
    await expect.poll(() => fake.callsFor(token).length).toBe(1);
    expect(seen[0]?.invoker.isAdmin).toBe(true);
    expect(bodyOf(fake.callsFor(token)[0])?.data?.flags).toBeUndefined();
  });

  it("turns a deferred answer into a private error: deletes the public placeholder and follows up ephemerally", async () => {
    await setup({ deferAfterMs: 0 }, smallDispatch([]));
    const { token } = fake.interaction("fail");
    await expect.poll(() => fake.callsFor(token).length).toBe(3);
    const [defer, remove, followUp] = fake.callsFor(token);
    expect(bodyOf(defer)).toMatchObject({ type: 5 });
    expect(remove).toMatchObject({ method: "DELETE", path: `/webhooks/${IDS.app}/${token}/messages/@original` });
    expect(bodyOf(followUp)).toMatchObject({ content: "Nothing about “mars” yet.", flags: 64, allowed_mentions: { parse: [] } });
  });

  it("never leaves a 'thinking…' behind when a command throws", async () => {
    await setup({ deferAfterMs: 0 }, async () => {
      throw new Error("boom");
    });
    const { token } = fake.interaction("latest");
    await expect.poll(() => fake.callsFor(token).map((call) => call.method)).toEqual(["POST", "DELETE"]);
  });

  it("autocompletes topic options from topicChoices, filtered by what was typed, at most 25", async () => {
    const topics = [
      "ukraine",
      "uk politics",
      "tech",
      "science",
      "climate change",
      ...Array.from({ length: 40 }, (_, i) => `u${i}`),
    ];
    await setup({ topicChoices: async () => topics });
    const { token } = fake.interaction("latest", { type: 4, options: [{ name: "topic", type: 3, value: "uk", focused: true }] });
    await expect.poll(() => fake.callsFor(token).length).toBe(1);
    expect(bodyOf(fake.callsFor(token)[0])).toEqual({
      type: 8,
      data: {
        choices: [
          { name: "ukraine", value: "ukraine" },
          { name: "uk politics", value: "uk politics" },
        ],
      },
    });
    const second = fake.interaction("latest", { type: 4, options: [{ name: "topic", type: 3, value: "U", focused: true }] });
    await expect.poll(() => fake.callsFor(second.token).length).toBe(1);
    const choices = (bodyOf(fake.callsFor(second.token)[0])?.data?.choices ?? []) as { value: string }[];
    expect(choices).toHaveLength(25);
    expect(choices.slice(0, 3).map((choice) => choice.value)).toEqual(["ukraine", "uk politics", "u0"]);
  });

  it("calls onGuildLeft when the bot is removed from a server, not when the server is only unavailable", async () => {
    const left: [string, string[]][] = [];
    await setup({ onGuildLeft: (guildId, channels) => void left.push([guildId, channels]) });
    fake.guildDelete("200000000000000099", true);
    fake.guildDelete(IDS.guild);
    await expect.poll(() => left.length).toBe(1);
    expect(left[0]?.[0]).toBe(IDS.guild);
    expect(left[0]?.[1].sort()).toEqual([IDS.channel, IDS.forum, IDS.thread, IDS.forumPost].map((id) => `discord:${id}`));
  });
});

describe("createDiscordPlatform: send", () => {
  const digest = (stories: number): Block[] => [
    { type: "text", text: "Morning digest @everyone" },
    ...Array.from({ length: stories }, (_, i) => brief(i + 1, `${"A long lede about the news. ".repeat(10)}${i}`)).flat(),
  ];

  it("posts a digest to a text channel as embeds, split between stories, with no mentions possible", async () => {
    await setup();
    await platform?.send(`discord:${IDS.channel}`, { blocks: digest(40) });
    const posts = fake.calls.filter((call) => call.method === "POST" && call.path === `/channels/${IDS.channel}/messages`);
    expect(posts.length).toBeGreaterThanOrEqual(4);
    const embeds = posts.flatMap((post) => (bodyOf(post)?.embeds ?? []) as { title: string }[]);
    expect(embeds.map((embed) => embed.title)).toEqual(Array.from({ length: 40 }, (_, i) => `Story ${i + 1}`));
    for (const post of posts) {
      expect(bodyOf(post)?.allowed_mentions).toEqual({ parse: [] });
      expect(((bodyOf(post)?.embeds ?? []) as unknown[]).length).toBeLessThanOrEqual(10);
      expect(JSON.stringify(post.body)).not.toMatch(/@everyone/);
      expect(bodyOf(post)?.flags ?? 0).toBe(0);
    }
    expect(bodyOf(posts[0])?.content).toBe("Morning digest @\u200beveryone");
  });

  it("sends quiet-hour digests with SUPPRESS_NOTIFICATIONS", async () => {
    await setup();
    await platform?.send(`discord:${IDS.channel}`, { blocks: brief(1) }, { silent: true });
    const post = fake.calls.find((call) => call.path === `/channels/${IDS.channel}/messages`);
    expect(bodyOf(post)?.flags).toBe(1 << 12);
  });

  it("posts into a thread, and to a forum as one post per digest", async () => {
    await setup();
    await platform?.send(`discord:${IDS.thread}`, { blocks: brief(1) });
    expect(fake.calls.some((call) => call.method === "POST" && call.path === `/channels/${IDS.thread}/messages`)).toBe(true);

    await platform?.send(`discord:${IDS.forum}`, { blocks: digest(25) }, { silent: true });
    const creates = fake.calls.filter((call) => call.path === `/channels/${IDS.forum}/threads`);
    expect(creates).toHaveLength(1);
    const create = bodyOf(creates[0]) as {
      name: string;
      message: { embeds: unknown[]; flags: number; allowed_mentions: unknown };
    };
    expect(create.name).toBe("Morning digest @\u200beveryone");
    expect(create.message.flags).toBe(1 << 12);
    expect(create.message.allowed_mentions).toEqual({ parse: [] });
    const threadId = [...fake.channels.values()].find(
      (channel) => channel.parentId === IDS.forum && channel.id !== IDS.forumPost,
    )?.id;
    const rest = fake.calls.filter((call) => call.path === `/channels/${threadId}/messages`);
    expect(rest.length).toBeGreaterThanOrEqual(2);
    const total = [create.message, ...rest.map((call) => bodyOf(call))].reduce(
      (sum, body) => sum + ((body?.embeds ?? []) as unknown[]).length,
      0,
    );
    expect(total).toBe(25);
  });

  it("waits out a 429 on a channel through discord.js's queue and delivers once", async () => {
    const warnings: string[] = [];
    await setup({ log: { warn: (message) => void warnings.push(message), error: () => undefined } });
    fake.fail({
      method: "POST",
      path: `/channels/${IDS.channel}/messages`,
      status: 429,
      body: { message: "You are being rate limited.", retry_after: 0.05, global: false },
      headers: { "retry-after": "0.05", "x-ratelimit-scope": "user" },
    });
    await platform?.send(`discord:${IDS.channel}`, { blocks: brief(1) });
    const posts = fake.calls.filter((call) => call.method === "POST" && call.path === `/channels/${IDS.channel}/messages`);
    expect(posts).toHaveLength(2);
    expect(posts[0]?.body).toEqual(posts[1]?.body);
    expect(warnings).toEqual(["discord: rate limited, waiting"]);
  });

  it("reports missing access (403, code 50001) as a permanent DeliveryError", async () => {
    await setup();
    fake.fail({
      method: "POST",
      path: `/channels/${IDS.channel}/messages`,
      status: 403,
      body: { message: "Missing Access", code: 50001 },
    });
    const error = await platform?.send(`discord:${IDS.channel}`, { blocks: brief(1) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeliveryError);
    expect(error).toMatchObject({ permanent: true });
    expect(String((error as Error).message)).toMatch(/50001/);
  });

  it("reports an unknown channel (404, code 10003) as a permanent DeliveryError", async () => {
    await setup();
    const error = await platform?.send("discord:399999999999999999", { blocks: brief(1) }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "DeliveryError", permanent: true });
    expect(fake.calls.at(-1)).toMatchObject({ method: "GET", path: "/channels/399999999999999999" });
  });

  it("refuses a channel key of another platform without calling Discord", async () => {
    await setup();
    const before = fake.calls.length;
    await expect(platform?.send("telegram:-100123", { blocks: brief(1) })).rejects.toMatchObject({ permanent: true });
    expect(fake.calls.length).toBe(before);
  });
});
