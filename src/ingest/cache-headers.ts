import type { IncomingHttpHeaders } from "node:http";

/**
 * How many seconds a response may be reused, from Cache-Control (`max-age`, `s-maxage`; `no-cache`/`no-store` → 0)
 * or else Expires minus Date; undefined when the headers say nothing.
 */
export function freshnessSeconds(headers: IncomingHttpHeaders, now: number = Date.now()): number | undefined {
  const cacheControl = (headers["cache-control"] ?? "").toLowerCase();
  if (/(?:^|,)\s*(?:no-store|no-cache)\b/.test(cacheControl)) return 0;
  const maxAge = /(?:^|,)\s*(?:s-maxage|max-age)\s*=\s*"?(\d+)/.exec(cacheControl);
  if (maxAge?.[1]) return Number(maxAge[1]);
  const expires = headers.expires;
  if (!expires) return undefined;
  const expiresAt = Date.parse(expires);
  // An invalid Expires ("0", "-1") means "already expired" (RFC 9111 §5.3).
  if (Number.isNaN(expiresAt)) return 0;
  const date = headers.date ? Date.parse(headers.date) : Number.NaN;
  const reference = Number.isNaN(date) ? now : date;
  return Math.max(0, Math.round((expiresAt - reference) / 1000));
}
