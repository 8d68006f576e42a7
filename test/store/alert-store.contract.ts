import { describe, expect, it } from "vitest";
import { KeyvAlertStore } from "../../src/store/alert-store.js";
import type { Stores } from "../../src/store/open-store.js";
import { type OpenForContract, withStores as using } from "./contract-stores.js";

const alertsOf = (stores: Stores) => new KeyvAlertStore(stores.keyv("alerts"), stores.shared, "alerts");

/** The AlertStore contract: users listed and removed, each delivery claimed once, a day's slots taken once each. */
export function alertStoreContract(backend: string, open: OpenForContract): void {
  const withStores = (test: (stores: Stores) => Promise<void>) => using(open, test);

  describe(`AlertStore on ${backend}`, () => {
    it("keeps each user's alerts, lists users in the order they came, and drops a user with none left", () =>
      withStores(async (stores) => {
        const alerts = alertsOf(stores);
        await alerts.put({ channel: "telegram:2", terms: ["Okafor"], createdAt: "2026-03-01T09:00:00.000Z" });
        await alerts.put({ channel: "telegram:1", terms: ["harbour"], createdAt: "2026-03-01T10:00:00.000Z" });
        await alerts.put({ channel: "telegram:2", terms: ["Okafor", "tide"], createdAt: "2026-03-01T09:00:00.000Z" });
        expect((await alerts.list()).map((user) => [user.channel, user.terms])).toEqual([
          ["telegram:2", ["Okafor", "tide"]],
          ["telegram:1", ["harbour"]],
        ]);
        await alerts.put({ channel: "telegram:2", terms: [], createdAt: "2026-03-01T09:00:00.000Z" });
        expect(await alerts.get("telegram:2")).toBeUndefined();
        expect((await alerts.list()).map((user) => user.channel)).toEqual(["telegram:1"]);
      }));

    it("claims a (user, story) delivery once, even when asked at once", () =>
      withStores(async (stores) => {
        const alerts = alertsOf(stores);
        const claims = await Promise.all(Array.from({ length: 6 }, () => alerts.claimDelivery("telegram:1", "story-a")));
        expect(claims.filter(Boolean)).toHaveLength(1);
        expect(await alerts.claimDelivery("telegram:2", "story-a")).toBe(true);
        expect(await alerts.claimDelivery("telegram:1", "story-b")).toBe(true);
      }));

    it("hands out a day's slots once each, then none; another day starts again", () =>
      withStores(async (stores) => {
        const alerts = alertsOf(stores);
        const slots = await Promise.all(
          Array.from({ length: 5 }, (_, i) => alerts.takeDailySlot("telegram:1", "2026-03-01", `s${i}`, 3)),
        );
        expect(slots.filter((slot) => slot !== undefined).sort()).toEqual([0, 1, 2]);
        expect(await alerts.takeDailySlot("telegram:1", "2026-03-02", "s9", 3)).toBe(0);
        expect(await alerts.takeDailySlot("telegram:2", "2026-03-01", "s9", 3)).toBe(0);
      }));
  });
}
