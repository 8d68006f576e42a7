import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { SendPacer } from "../../../adapters/telegram/send-pacer.js";

/** Sends `chats` through the pacer with answers taking `rttMs`; returns when each left, by chat. */
async function sendAll(
  pacer: SendPacer,
  chats: readonly string[],
  rttMs: number,
  group = false,
): Promise<Array<[string, number]>> {
  const left: Array<[string, number]> = [];
  const sends = chats.map(async (chat) => {
    const done = await pacer.acquire(chat, group);
    left.push([chat, Date.now()]);
    setTimeout(done, rttMs);
  });
  await vi.runAllTimersAsync();
  await Promise.all(sends);
  return left;
}

/** The most sends that left within any window of `ms`. */
function busiestWindow(times: readonly number[], ms: number): number {
  let most = 0;
  for (const [i, start] of times.entries()) most = Math.max(most, times.slice(i).filter((t) => t < start + ms).length);
  return most;
}

describe("SendPacer", () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 1_000_000 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const limits = { perSecond: 30, perChatIntervalMs: 1000, perGroupPerMinute: 20, marginMs: 20 };

  it("never lets more than perSecond leave in a second, and paces them evenly near that rate", async () => {
    const pacer = new SendPacer(limits);
    const chats = Array.from({ length: 300 }, (_, i) => `c${i}`);
    const left = (await sendAll(pacer, chats, 5)).map(([, at]) => at);
    expect(left).toHaveLength(300);
    // Counted from when the answer is back (5 ms later), so the window the server sees is a little wider.
    expect(busiestWindow(left, 1000 + 5)).toBeLessThanOrEqual(30);
    const seconds = ((left.at(-1) ?? 0) - (left[0] ?? 0)) / 1000;
    expect(299 / seconds).toBeGreaterThan(27);
    expect(busiestWindow(left, 100)).toBeLessThanOrEqual(5);
  });

  it("spaces one chat's messages by the interval, in order, without holding other chats", async () => {
    const pacer = new SendPacer(limits);
    const left = await sendAll(pacer, ["a", "a", "b", "a"], 10);
    expect(left.map(([chat]) => chat)).toEqual(["a", "b", "a", "a"]);
    const aTimes = left.filter(([chat]) => chat === "a").map(([, at]) => at);
    expect((aTimes[1] ?? 0) - (aTimes[0] ?? 0)).toBeGreaterThanOrEqual(1010);
    expect((aTimes[2] ?? 0) - (aTimes[1] ?? 0)).toBeGreaterThanOrEqual(1010);
    expect((left[1]?.[1] ?? 0) - (left[0]?.[1] ?? 0)).toBeLessThan(100);
  });

  it("keeps a group to perGroupPerMinute messages a minute", async () => {
    const pacer = new SendPacer(limits);
    const left = (
      await sendAll(
        pacer,
        Array.from({ length: 25 }, () => "-100123"),
        10,
        true,
      )
    ).map(([, at]) => at);
    expect(busiestWindow(left, 60_000)).toBe(20);
    expect((left[20] ?? 0) - (left[0] ?? 0)).toBeGreaterThanOrEqual(60_000);
  });

  it("holds the next message to a chat while its previous one is in flight", async () => {
    const pacer = new SendPacer(limits);
    const left = await sendAll(pacer, ["a", "a"], 3000);
    expect((left[1]?.[1] ?? 0) - (left[0]?.[1] ?? 0)).toBeGreaterThanOrEqual(4000);
  });
});
