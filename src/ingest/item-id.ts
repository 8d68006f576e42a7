import { createHash } from "node:crypto";

// Query parameters that only say where a click came from; they never change which page is shown.
const TRACKING_PARAMS = new Set([
  "fbclid",
  "gclid",
  "gclsrc",
  "dclid",
  "gbraid",
  "wbraid",
  "msclkid",
  "yclid",
  "twclid",
  "ttclid",
  "li_fat_id",
  "igshid",
  "mc_cid",
  "mc_eid",
  "_ga",
  "_gl",
  "_hsenc",
  "_hsmi",
  "mkt_tok",
  "oly_anon_id",
  "oly_enc_id",
  "rb_clickid",
  "vero_id",
  "vero_conv",
  "wt.mc_id",
  "wt_mc",
  "s_cid",
  "cmpid",
  "ocid",
  "smid",
  "icid",
  "ncid",
  "xtor",
  "sr_share",
  "soc_src",
  "soc_trk",
  "ref_src",
  "ref_url",
  "guccounter",
  "guce_referrer",
  "guce_referrer_sig",
  "__twitter_impression",
  "spm",
  "cmp",
]);
const TRACKING_PREFIXES = ["utm_", "at_", "pk_", "mtm_", "hsa_"];

/** Whether a query parameter only tracks the click (utm_*, fbclid, gclid, ...). */
export function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_PARAMS.has(lower) || TRACKING_PREFIXES.some((prefix) => lower.startsWith(prefix));
}

/** The canonical form of a link: tracking parameters and fragment removed, host lower-cased, the rest sorted. */
export function canonicalUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return url.trim();
  }
  parsed.hash = "";
  const kept = [...parsed.searchParams].filter(([name]) => !isTrackingParam(name));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  parsed.search = kept.length ? new URLSearchParams(kept).toString() : "";
  // URL already lower-cases the host of http(s) URLs and drops default ports; this covers other schemes.
  parsed.hostname = parsed.hostname.toLowerCase();
  return parsed.href;
}

/** A stable id for a feed item: its guid, else its canonical link, else a hash of its title and date. */
export function itemId(item: { guid?: string; link?: string; title?: string; published?: string }): string {
  const guid = item.guid?.trim();
  if (guid) return /^https?:\/\//i.test(guid) ? canonicalUrl(guid) : guid;
  const link = item.link?.trim();
  if (link) return canonicalUrl(link);
  const title = (item.title ?? "").trim().replace(/\s+/g, " ").toLowerCase();
  const published = (item.published ?? "").trim();
  return `title:${createHash("sha256").update(`${title}\n${published}`).digest("hex").slice(0, 32)}`;
}
