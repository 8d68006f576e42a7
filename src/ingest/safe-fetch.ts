import { lookup as dnsLookup } from "node:dns/promises";
import { type ClientRequest, Agent as HttpAgent, request as httpRequest, type IncomingMessage } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
import type { LookupFunction } from "node:net";
import { pipeline, type Readable } from "node:stream";
import { IngestError } from "../errors.js";
import { addressRefusal, isCloudMetadataAddress, isIpLiteral } from "./address-policy.js";
import { freshnessSeconds } from "./cache-headers.js";
import { contentDecoders } from "./content-decoders.js";

/** How to fetch: what is being read (it sets the size cap), the address policy, validators and limits. */
export interface FetchOptions {
  /** Body cap: feed 5 MB, page 3 MB (enforced while streaming and after decompression). */
  kind: "feed" | "page";
  /** Allows private, loopback and link-local addresses (default false; tests pass true for 127.0.0.1). */
  allowPrivateNetworks?: boolean;
  /** Exact IP addresses allowed even when private (e.g. a test server's 127.0.0.1), narrower than allowPrivateNetworks. */
  allowAddresses?: readonly string[];
  /** Validators from the last fetch, for a conditional GET. */
  etag?: string;
  lastModified?: string;
  /** Whole fetch, redirects and body included (default 20 s). */
  timeoutMs?: number;
  /** From sending the request to an open connection (default 10 s). */
  connectTimeoutMs?: number;
  /** Overrides the body cap of `kind`. */
  maxBytes?: number;
  signal?: AbortSignal;
  /** DNS resolution, injectable for tests; every address it returns is checked. */
  lookup?: (hostname: string) => Promise<{ address: string; family: 4 | 6 }[]>;
}

/** A successful fetch: 200 with the decoded body, or 304 (not modified) with an empty one. */
export interface FetchResult {
  status: 200 | 304;
  /** The final URL, after redirects. */
  url: string;
  body: Buffer;
  contentType: string | null;
  /** The Content-Location header, when sent: the base for the body's relative links (before the final URL). */
  contentLocation?: string;
  etag?: string;
  lastModified?: string;
  /** How long the response may be reused, from Cache-Control max-age or Expires. */
  maxAgeSeconds?: number;
}

/** The User-Agent of every request newsbrief makes. */
export const USER_AGENT = "newsbrief/0.1 (+https://github.com/newsbrief)";

const MB = 1024 * 1024;
const CAPS = { feed: 5 * MB, page: 3 * MB } as const;
const MAX_REDIRECTS = 5;
const ACCEPT = {
  feed: "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5",
  page: "text/html, application/xhtml+xml;q=0.9, */*;q=0.5",
} as const;

// Separate pools so a connection opened under one address policy is never reused under the other.
const agents = {
  open: { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) },
  strict: { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) },
};

type Resolved = { address: string; family: 4 | 6 }[];

/** Fetches a URL safely: http(s) only, public addresses only (checked after DNS and on each redirect), bounded in time and size. */
export async function safeFetch(url: string, options: FetchOptions): Promise<FetchResult> {
  const timeoutMs = options.timeoutMs ?? 20_000;
  const maxBytes = options.maxBytes ?? CAPS[options.kind];
  const deadline = new AbortController();
  const timer = setTimeout(
    () => deadline.abort(new IngestError("timeout", `${url} took longer than ${seconds(timeoutMs)}`)),
    timeoutMs,
  );
  const onAbort = () => deadline.abort(new IngestError("timeout", `Fetching ${url} was cancelled`));
  if (options.signal?.aborted) onAbort();
  options.signal?.addEventListener("abort", onAbort, { once: true });
  try {
    let current = parseHttpUrl(url);
    const seen = new Set<string>();
    for (let redirects = 0; ; redirects++) {
      seen.add(current.href);
      const addresses = await resolveAllowed(current, options, deadline.signal);
      const response = await sendRequest(current, addresses, options, deadline.signal);
      const location = response.headers.location;
      if (isRedirect(response.statusCode) && location) {
        response.resume();
        const next = parseHttpUrl(location, current);
        if (seen.has(next.href)) {
          throw new IngestError("too-many-redirects", `${url} redirects in a loop (back to ${next.href})`);
        }
        if (redirects + 1 > MAX_REDIRECTS) {
          throw new IngestError("too-many-redirects", `${url} redirected more than ${MAX_REDIRECTS} times`);
        }
        current = next;
        continue;
      }
      return await readResponse(response, current.href, maxBytes, deadline.signal);
    }
  } catch (error) {
    throw toIngestError(error, url, deadline.signal);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener("abort", onAbort);
  }
}

/** Parses a URL (a redirect's Location relative to `from`) and refuses schemes other than http and https. */
function parseHttpUrl(raw: string, from?: URL): URL {
  let parsed: URL;
  try {
    parsed = new URL(raw, from);
  } catch {
    const where = from ? ` (a redirect from ${from.href})` : "";
    throw new IngestError("bad-url", `"${raw}"${where} is not a valid URL`);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    const where = from ? ` (redirected from ${from.href})` : "";
    throw new IngestError("bad-url", `${parsed.href}${where} is not allowed: only http and https addresses can be fetched`);
  }
  if (parsed.username || parsed.password) parsed.username = parsed.password = "";
  parsed.hash = "";
  return parsed;
}

async function resolveAllowed(target: URL, options: FetchOptions, signal: AbortSignal): Promise<Resolved> {
  const host = target.hostname.replace(/^\[|\]$/g, "");
  if (isIpLiteral(host)) {
    const refusal = refusalFor(host, options);
    if (refusal) throw new IngestError("private-address", `${target.href} is not allowed: ${host} is ${refusal}`);
    return [{ address: host, family: host.includes(":") ? 6 : 4 }];
  }
  let addresses: Resolved;
  try {
    addresses = await raceAbort(options.lookup ? options.lookup(host) : systemLookup(host), signal);
  } catch (error) {
    if (error instanceof IngestError) throw error;
    throw new IngestError(
      "dns",
      `${host} could not be found (DNS: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
      {
        cause: error,
      },
    );
  }
  if (addresses.length === 0) throw new IngestError("dns", `${host} could not be found (no address)`);
  for (const { address } of addresses) {
    const refusal = refusalFor(address, options);
    if (refusal) {
      throw new IngestError("private-address", `${target.href} is not allowed: ${host} resolves to ${address}, ${refusal}`);
    }
  }
  return addresses;
}

function refusalFor(address: string, options: FetchOptions): string | null {
  if (!options.allowPrivateNetworks && !options.allowAddresses?.includes(address)) return addressRefusal(address);
  // Cloud metadata services hand out credentials: refused even where private networks are allowed.
  return isCloudMetadataAddress(address) ? "a cloud metadata address, never fetched" : null;
}

async function systemLookup(host: string): Promise<Resolved> {
  const found = await dnsLookup(host, { all: true, verbatim: true });
  return found.map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 }));
}

function sendRequest(target: URL, addresses: Resolved, options: FetchOptions, signal: AbortSignal): Promise<IncomingMessage> {
  const headers: Record<string, string> = {
    "user-agent": USER_AGENT,
    accept: ACCEPT[options.kind],
    "accept-encoding": "gzip, deflate, br",
  };
  if (options.etag) headers["if-none-match"] = options.etag;
  if (options.lastModified) headers["if-modified-since"] = options.lastModified;
  const https = target.protocol === "https:";
  const pool = options.allowPrivateNetworks || options.allowAddresses?.length ? agents.open : agents.strict;
  // Connect only to the addresses already checked: no second DNS answer can swap in a private one.
  const pinned: LookupFunction = (_hostname, lookupOptions, callback) => {
    const first = addresses[0]!;
    if (lookupOptions.all) callback(null, addresses);
    else callback(null, first.address, first.family);
  };
  const requestOptions = { method: "GET", headers, agent: https ? pool.https : pool.http, lookup: pinned, signal };
  return new Promise<IncomingMessage>((resolve, reject) => {
    let request: ClientRequest;
    try {
      request = (https ? httpsRequest : httpRequest)(target, requestOptions, resolve);
    } catch (error) {
      reject(error);
      return;
    }
    const connectTimeoutMs = options.connectTimeoutMs ?? 10_000;
    request.once("socket", (socket) => {
      if (!socket.connecting) return;
      const connectTimer = setTimeout(() => {
        request.destroy(
          new IngestError("timeout", `${target.host} did not accept a connection within ${seconds(connectTimeoutMs)}`),
        );
      }, connectTimeoutMs);
      socket.once(https ? "secureConnect" : "connect", () => clearTimeout(connectTimer));
      socket.once("close", () => clearTimeout(connectTimer));
    });
    request.on("error", reject);
    request.end();
  });
}

async function readResponse(response: IncomingMessage, url: string, maxBytes: number, signal: AbortSignal): Promise<FetchResult> {
  const status = response.statusCode ?? 0;
  const header = (name: string) => {
    const value = response.headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const validators = {
    ...(header("etag") ? { etag: header("etag") } : {}),
    ...(header("last-modified") ? { lastModified: header("last-modified") } : {}),
  };
  const maxAge = freshnessSeconds(response.headers);
  const common = {
    url,
    contentType: header("content-type") ?? null,
    ...(header("content-location") ? { contentLocation: header("content-location") } : {}),
    ...validators,
    ...(maxAge === undefined ? {} : { maxAgeSeconds: maxAge }),
  };
  if (status === 304) {
    response.resume();
    return { status: 304, body: Buffer.alloc(0), ...common };
  }
  if (status < 200 || status >= 300) {
    response.resume();
    throw new IngestError(
      "http-status",
      `${url} answered ${status}${response.statusMessage ? ` ${response.statusMessage}` : ""}`,
    );
  }
  const declared = Number(header("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) {
    response.destroy();
    throw new IngestError("too-large", `${url} is too large: ${formatBytes(declared)} (the limit is ${formatBytes(maxBytes)})`);
  }
  const body = await readCapped(response, url, maxBytes, signal);
  return { status: 200, body, ...common };
}

async function readCapped(response: IncomingMessage, url: string, maxBytes: number, signal: AbortSignal): Promise<Buffer> {
  const tooLarge = (what: string) =>
    new IngestError("too-large", `${url} is too large: ${what} more than ${formatBytes(maxBytes)} (the limit)`);
  let rawBytes = 0;
  response.on("data", (chunk: Buffer) => {
    rawBytes += chunk.length;
    if (rawBytes > maxBytes) response.destroy(tooLarge("it sent"));
  });
  const decoders = contentDecoders(response.headers["content-encoding"], url);
  const stream: Readable =
    decoders.length === 0 ? response : (pipeline([response, ...decoders], () => {}) as unknown as Readable);
  const chunks: Buffer[] = [];
  let total = 0;
  const stop = () => stream.destroy(signal.reason as Error);
  signal.addEventListener("abort", stop, { once: true });
  try {
    for await (const chunk of stream) {
      total += (chunk as Buffer).length;
      if (total > maxBytes) {
        const error = tooLarge(decoders.length ? "it decompresses to" : "it sent");
        response.destroy(error);
        stream.destroy(error);
        throw error;
      }
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    // A cap hit inside the pipeline surfaces as the stream's error; report the cap, not the broken pipe.
    if (rawBytes > maxBytes) throw tooLarge("it sent");
    throw error;
  } finally {
    signal.removeEventListener("abort", stop);
  }
  return Buffer.concat(chunks, total);
}

function isRedirect(status: number | undefined): boolean {
  return status === 301 || status === 302 || status === 303 || status === 307 || status === 308;
}

/** Turns any failure into an IngestError whose message names the URL and says what went wrong. */
function toIngestError(error: unknown, url: string, signal: AbortSignal): IngestError {
  if (signal.aborted && signal.reason instanceof IngestError) {
    // A cap or a refusal that happened first wins over the abort it caused.
    if (error instanceof IngestError && error.code !== "timeout") return error;
    return signal.reason;
  }
  if (error instanceof IngestError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? "";
  const message = (error as Error | undefined)?.message ?? String(error);
  const host = safeHost(url);
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return new IngestError("dns", `${host} could not be found`, { cause: error });
  if (code === "ECONNREFUSED") return new IngestError("connect", `${host} refused the connection`, { cause: error });
  if (code === "ECONNRESET" || code === "EPIPE")
    return new IngestError("connect", `${host} closed the connection`, { cause: error });
  if (code === "ETIMEDOUT" || code === "ENETUNREACH" || code === "EHOSTUNREACH") {
    return new IngestError("connect", `${host} could not be reached (${code})`, { cause: error });
  }
  if (/CERT|SSL|TLS/i.test(code) || /certificate/i.test(message)) {
    return new IngestError("connect", `${host} has a TLS problem: ${message}`, { cause: error });
  }
  if (code.startsWith("Z_") || /incorrect header check|invalid (block|distance|stored)/i.test(message)) {
    return new IngestError("bad-content", `${url} sent a body that could not be decompressed (${message})`, { cause: error });
  }
  if (code === "HPE_INVALID_CONSTANT" || code.startsWith("HPE_")) {
    return new IngestError("bad-content", `${url} did not answer with valid HTTP (${message})`, { cause: error });
  }
  return new IngestError("connect", `Fetching ${url} failed: ${message}`, { cause: error });
}

function safeHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
}

function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}

function formatBytes(bytes: number): string {
  if (bytes >= MB) return `${(bytes / MB).toFixed(bytes % MB === 0 ? 0 : 1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
