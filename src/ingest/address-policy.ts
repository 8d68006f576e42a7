import ipaddr from "ipaddr.js";

// What each ipaddr.js range means to a reader of an error message.
const RANGE_WORDS: Record<string, string> = {
  private: "a private address",
  loopback: "a loopback address",
  linkLocal: "a link-local address",
  uniqueLocal: "a unique-local (private IPv6) address",
  carrierGradeNat: "a carrier-grade NAT (shared) address",
  unspecified: "an unspecified address",
  broadcast: "a broadcast address",
  multicast: "a multicast address",
  reserved: "a reserved address",
  deprecatedSiteLocal: "a site-local (private IPv6) address",
  benchmarking: "a benchmarking address",
  discard: "a discard-only address",
};

/** Whether a string is an IPv4 or IPv6 literal (IPv6 with or without brackets). */
export function isIpLiteral(host: string): boolean {
  return ipaddr.isValid(stripBrackets(host));
}

/**
 * Why fetching from this IP address is refused ("a link-local address"), or null when it is a public unicast address.
 * IPv4-mapped and IPv4-compatible IPv6 addresses are judged by the IPv4 address inside them.
 */
export function addressRefusal(address: string): string | null {
  const bare = stripBrackets(address);
  if (!ipaddr.isValid(bare)) return "not a valid IP address";
  let parsed = ipaddr.process(bare);
  if (parsed.kind() === "ipv6") {
    const embedded = compatibleIpv4(parsed as ipaddr.IPv6);
    if (embedded) parsed = embedded;
  }
  const range = parsed.range();
  if (range === "unicast") return null;
  return RANGE_WORDS[range] ?? `a special-purpose address (${range})`;
}

// "::127.0.0.1" (IPv4-compatible, deprecated) would otherwise pass as an ordinary IPv6 unicast address.
function compatibleIpv4(address: ipaddr.IPv6): ipaddr.IPv4 | null {
  const parts = address.parts;
  if (parts.slice(0, 6).some((part) => part !== 0)) return null;
  const high = parts[6] ?? 0;
  const low = parts[7] ?? 0;
  if (high === 0 && low <= 1) return null; // "::" and "::1" have their own ranges
  return new ipaddr.IPv4([high >> 8, high & 0xff, low >> 8, low & 0xff]);
}

// AWS/GCP/Azure/OpenStack (169.254.169.254), AWS ECS task metadata, AWS IPv6 IMDS, Alibaba Cloud.
const CLOUD_METADATA = new Set(["169.254.169.254", "169.254.170.2", "fd00:ec2::254", "100.100.100.200"]);

/** True for the address of a cloud metadata service, which hands out credentials to whoever asks. */
export function isCloudMetadataAddress(address: string): boolean {
  const bare = stripBrackets(address);
  if (!ipaddr.isValid(bare)) return false;
  const parsed = ipaddr.process(bare);
  return CLOUD_METADATA.has(parsed.toString()) || CLOUD_METADATA.has(parsed.toNormalizedString());
}

function stripBrackets(host: string): string {
  return host.startsWith("[") && host.endsWith("]") ? host.slice(1, -1) : host;
}
