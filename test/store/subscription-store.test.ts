import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { Subscription } from "../../src/index.js";
import { openStores } from "../../src/store/open-store.js";
import { KeyvSubscriptionStore } from "../../src/store/subscription-store.js";

// Putting, listing and removing on every backend: the store contract (store.contract.ts).
const subscription: Subscription = {
  channel: "telegram:-100123/42",
  topics: ["world", "climate change"],
  schedule: "0 8 * * *",
  timezone: "Europe/Paris",
  quiet: { from: "22:00", to: "07:00" },
  createdAt: "2026-03-01T09:00:00.000Z",
};

describe("KeyvSubscriptionStore", () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it("survives a restart on SQLite", async () => {
    const dir = mkdtempSync(join(tmpdir(), "newsbrief-subs-"));
    dirs.push(dir);
    const url = `sqlite://${join(dir, "state.sqlite")}`;
    const first = await openStores(url);
    await new KeyvSubscriptionStore(first.keyv("subscriptions"), first.shared, "subscriptions").put(subscription);
    await first.close();
    const second = await openStores(url);
    const store = new KeyvSubscriptionStore(second.keyv("subscriptions"), second.shared, "subscriptions");
    expect(await store.get(subscription.channel)).toEqual(subscription);
    expect(await store.list()).toEqual([subscription]);
    await second.close();
  });
});
