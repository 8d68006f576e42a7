import { afterEach, describe, expect, it, vi } from "vitest";
import type { TelegramPlatform } from "../../../adapters/telegram/index.js";
import { DeliveryError, textMessage } from "../../../src/index.js";
import { type FakeTelegram, startFakeTelegram } from "../../helpers/fake-telegram.js";
import { telegramUnderTest } from "./setup.js";

// grammY's auto-retry waits 3 s, then 6, 12, … after a 5xx: the clock is faked (advancing by itself too, so the
// HTTP round trips and the fake's own timers run) and moved on by hand past each back-off.
describe("telegram server errors", () => {
  let fake: FakeTelegram;
  let platform: TelegramPlatform;

  afterEach(async () => {
    vi.useRealTimers();
    await platform.stop();
    await fake.close();
  });

  async function underTest(retry?: { maxAttempts?: number }) {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"], shouldAdvanceTime: true });
    ({ fake, platform } = await telegramUnderTest(retry ? { retry } : {}));
  }
  const attempts = () => fake.calls.filter((call) => call.method === "sendMessage");
  async function whenAttempts(n: number): Promise<void> {
    await vi.waitFor(() => expect(attempts().length).toBeGreaterThanOrEqual(n), { timeout: 3000, interval: 5 });
  }

  it("retries a 502 after a back-off and delivers the message once", async () => {
    await underTest();
    fake.failNext("sendMessage", { status: 502, description: "Bad Gateway" });
    const sending = platform.send("telegram:5001", textMessage("morning digest"));
    await whenAttempts(1);
    await vi.advanceTimersByTimeAsync(3100);
    await sending;
    expect(attempts().map((call) => call.status)).toEqual([502, 200]);
    expect(fake.callsTo("sendMessage").map((call) => call.payload.text)).toEqual(["morning digest"]);
  });

  it("gives up on a Bot API that keeps answering 500 with a temporary DeliveryError (the digest is retried later)", async () => {
    await underTest({ maxAttempts: 2 });
    fake.failNext("sendMessage", { status: 500, description: "Internal Server Error", times: 10 });
    const outcome = platform.send("telegram:-1001234", textMessage("digest")).then(
      () => undefined,
      (error: unknown) => error,
    );
    for (let n = 1; n <= 3; n++) {
      await whenAttempts(n);
      await vi.advanceTimersByTimeAsync(3000 * 2 ** (n - 1) + 100);
    }
    const error = await outcome;
    expect(error).toBeInstanceOf(DeliveryError);
    expect(error).toMatchObject({ permanent: false, message: expect.stringContaining("Internal Server Error") });
    expect(attempts().map((call) => call.status)).toEqual([500, 500, 500]);
  });

  it("reports a Bot API that cannot be reached as a temporary DeliveryError, at once", async () => {
    const gone = await startFakeTelegram();
    const apiRoot = gone.apiRoot;
    await gone.close();
    ({ fake, platform } = await telegramUnderTest({ apiRoot }));
    const started = Date.now();
    const error = await platform.send("telegram:5001", textMessage("digest")).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DeliveryError);
    expect(error).toMatchObject({ permanent: false, message: expect.stringContaining("network error") });
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
