import { describe, expect, it } from "vitest";
import { privateNetworksAllowed } from "../../src/app/environment.js";
import { loadConfig } from "../../src/config.js";

describe("privateNetworksAllowed", () => {
  it("reads ALLOW_PRIVATE_NETWORKS exactly as the config does", () => {
    for (const value of ["true", " TRUE ", "1", "yes", "false", "0", "no"]) {
      const env = { ALLOW_PRIVATE_NETWORKS: value };
      expect(privateNetworksAllowed(env)).toBe(loadConfig(env).allowPrivateNetworks);
    }
    expect(privateNetworksAllowed({ ALLOW_PRIVATE_NETWORKS: "yes" })).toBe(true);
    expect(privateNetworksAllowed({ ALLOW_PRIVATE_NETWORKS: "no" })).toBe(false);
  });

  it("is off when unset or unreadable", () => {
    expect(privateNetworksAllowed({})).toBe(false);
    expect(privateNetworksAllowed({ ALLOW_PRIVATE_NETWORKS: "maybe" })).toBe(false);
  });
});
