import { DiscordAPIError } from "discord.js";
import { describe, expect, it } from "vitest";
import { isPermanentDiscordError, toDeliveryError } from "../../../adapters/discord/errors.js";
import { DeliveryError } from "../../../src/index.js";

const apiError = (code: number, status: number) =>
  new DiscordAPIError({ code, message: "x" }, code, status, "POST", "https://discord.test/api/v10/channels/1/messages", {
    body: undefined,
    files: undefined,
  });

describe("toDeliveryError", () => {
  it("is permanent for missing access, missing permissions and unknown channel", () => {
    for (const [code, status] of [
      [50001, 403],
      [50013, 403],
      [10003, 404],
    ] as const) {
      expect(isPermanentDiscordError(apiError(code, status))).toBe(true);
      expect(toDeliveryError(apiError(code, status), "1")).toMatchObject({ permanent: true });
    }
  });

  it("is temporary for server errors and network failures, and keeps a DeliveryError as it is", () => {
    expect(toDeliveryError(apiError(0, 500), "1").permanent).toBe(false);
    expect(toDeliveryError(new Error("ECONNRESET"), "1")).toMatchObject({
      permanent: false,
      message: expect.stringMatching(/ECONNRESET/),
    });
    const original = new DeliveryError("gone", { permanent: true });
    expect(toDeliveryError(original, "1")).toBe(original);
  });
});
