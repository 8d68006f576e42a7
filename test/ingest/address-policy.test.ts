import { describe, expect, it } from "vitest";
import { addressRefusal, isCloudMetadataAddress, isIpLiteral } from "../../src/ingest/address-policy.js";

describe("addressRefusal", () => {
  it.each([
    ["169.254.169.254", "a link-local address"],
    ["127.0.0.1", "a loopback address"],
    ["127.10.0.1", "a loopback address"],
    ["10.0.0.1", "a private address"],
    ["172.31.255.255", "a private address"],
    ["192.168.1.1", "a private address"],
    ["100.100.100.200", "a carrier-grade NAT (shared) address"],
    ["0.0.0.0", "an unspecified address"],
    ["255.255.255.255", "a broadcast address"],
    ["224.0.0.1", "a multicast address"],
    ["::1", "a loopback address"],
    ["::", "an unspecified address"],
    ["fe80::1", "a link-local address"],
    ["fd12:3456::1", "a unique-local (private IPv6) address"],
    ["::ffff:10.0.0.1", "a private address"],
    ["::ffff:169.254.169.254", "a link-local address"],
    ["::127.0.0.1", "a loopback address"],
    ["[::1]", "a loopback address"],
    ["64:ff9b::a00:1", "a special-purpose address (rfc6052)"],
  ])("refuses %s as %s", (address, words) => {
    expect(addressRefusal(address)).toBe(words);
  });

  it.each(["93.184.216.34", "8.8.8.8", "2606:4700:4700::1111", "::ffff:93.184.216.34"])("allows public %s", (address) => {
    expect(addressRefusal(address)).toBeNull();
  });

  it("recognizes IP literals", () => {
    expect(isIpLiteral("10.0.0.1")).toBe(true);
    expect(isIpLiteral("[::1]")).toBe(true);
    expect(isIpLiteral("example.com")).toBe(false);
  });
});

describe("isCloudMetadataAddress", () => {
  it.each(["169.254.169.254", "[fd00:ec2::254]", "fd00:ec2:0:0:0:0:0:254", "169.254.170.2", "100.100.100.200"])(
    "knows %s",
    (address) => {
      expect(isCloudMetadataAddress(address)).toBe(true);
    },
  );

  it.each(["169.254.1.1", "127.0.0.1", "8.8.8.8", "not an address"])("leaves %s alone", (address) => {
    expect(isCloudMetadataAddress(address)).toBe(false);
  });
});
