import { afterEach, describe, expect, it } from "vitest";
import { createDiscordPlatform } from "../../../adapters/discord/index.js";
import { type ChatPlatform, DeliveryError, textMessage } from "../../../src/index.js";
import { type FakeDiscord, IDS, startFakeDiscord } from "../../helpers/fake-discord.js";

let fake: FakeDiscord;
let platform: ChatPlatform;

async function setup(): Promise<void> {
  fake = await startFakeDiscord();
  platform = createDiscordPlatform({
    token: "fake.token",
    applicationId: IDS.app,
    apiRoot: fake.restBase,
    log: { warn: () => undefined, error: () => undefined },
  });
  await platform.start(async () => undefined);
}

afterEach(async () => {
  await platform.stop();
  await fake.close();
});

const MESSAGES = `/channels/${IDS.channel}/messages`;
const posts = () => fake.calls.filter((call) => call.method === "POST" && call.path === MESSAGES);
const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );

describe("discord server errors", () => {
  it("retries a 502 on a send and delivers the message once", async () => {
    await setup();
    fake.fail({ method: "POST", path: MESSAGES, status: 502, body: { message: "Bad Gateway", code: 0 } });
    await platform.send(`discord:${IDS.channel}`, textMessage("morning digest"));
    expect(posts()).toHaveLength(2);
    expect(posts()[0]?.body).toEqual(posts()[1]?.body);
    expect(JSON.stringify(posts()[1]?.body)).toContain("morning digest");
  });

  it("gives up on a Discord that keeps answering 500 with a temporary DeliveryError", async () => {
    await setup();
    fake.fail({ method: "POST", path: MESSAGES, status: 500, body: { message: "Internal Server Error", code: 0 }, times: 20 });
    const error = await failureOf(platform.send(`discord:${IDS.channel}`, textMessage("digest")));
    expect(error).toBeInstanceOf(DeliveryError);
    expect(error).toMatchObject({ permanent: false, message: expect.stringContaining(`Discord channel ${IDS.channel}`) });
    expect(posts().length).toBeGreaterThanOrEqual(2);
    expect(posts().length).toBeLessThanOrEqual(5);
  });

  it("treats a 503 while looking up the channel as temporary, and sends once Discord is back", async () => {
    await setup();
    // A channel created after the bot connected: not in discord.js's cache, so the send looks it up first.
    const late = "300000000000000042";
    fake.channels.set(late, { id: late, type: 0 });
    const lookup = `/channels/${late}`;
    fake.fail({ method: "GET", path: lookup, status: 503, body: { message: "Service Unavailable", code: 0 }, times: 4 });
    const error = await failureOf(platform.send(`discord:${late}`, textMessage("digest")));
    expect(error).toMatchObject({ name: "DeliveryError", permanent: false });
    expect(fake.calls.filter((call) => call.path === lookup).length).toBe(4);
    expect(fake.calls.some((call) => call.method === "POST")).toBe(false);
    await platform.send(`discord:${late}`, textMessage("digest, again"));
    expect(fake.calls.filter((call) => call.method === "POST" && call.path === `${lookup}/messages`)).toHaveLength(1);
  });
});
