import { once } from "node:events";
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { brotliCompressSync, deflateSync, gzipSync } from "node:zlib";

/** What a route answers. Every field is optional: the default is `200` with an empty body. */
export interface FeedRoute {
  status?: number;
  headers?: Record<string, string | string[]>;
  /** A whole body, or chunks streamed one by one with back-pressure (a generator never holds the whole body). */
  body?: string | Buffer | Iterable<string | Buffer> | AsyncIterable<string | Buffer>;
  /** Compresses a string/Buffer body and sets Content-Encoding. */
  encoding?: "gzip" | "br" | "deflate";
  /** Waits this long (real time) before sending the status line. */
  delayMs?: number;
  /** Answers 302 (or `status` when it is 3xx) with this Location, relative or absolute. */
  redirect?: string;
  /** Never answers: the request stays open until the client gives up or the server closes. */
  hang?: boolean;
  /** Sent as ETag; a request whose If-None-Match equals it gets 304 with no body. */
  etag?: string;
  /** Sent as Last-Modified; a request whose If-Modified-Since equals it gets 304 with no body. */
  lastModified?: string;
}

/** One request the server received, in arrival order. */
export interface RecordedRequest {
  method: string;
  /** Path and query, e.g. "/feed.xml?x=1". */
  path: string;
  headers: IncomingHttpHeaders;
}

/** A route: a fixed answer, or a function of the request (and of how many times this path was hit before, from 0). */
export type RouteHandler = FeedRoute | ((request: RecordedRequest, hit: number) => FeedRoute | Promise<FeedRoute>);

/** A local HTTP server on 127.0.0.1 whose routes the test defines; unknown paths answer 404. */
export interface FeedServer {
  /** "http://127.0.0.1:PORT" (no trailing slash). */
  readonly origin: string;
  readonly port: number;
  /** Absolute URL of a path on this server. */
  url(path: string): string;
  /** Adds or replaces the route for an exact path (query included when it has one, else any query matches). */
  route(path: string, handler: RouteHandler): void;
  /** Every request received so far. */
  readonly requests: RecordedRequest[];
  /** Requests received for one path (query ignored). */
  requestsTo(path: string): RecordedRequest[];
  /** Closes the server and drops every open connection (hanging ones included). */
  close(): Promise<void>;
}

/** Starts a {@link FeedServer} on 127.0.0.1, port 0. */
export async function startFeedServer(routes: Record<string, RouteHandler> = {}): Promise<FeedServer> {
  const table = new Map<string, RouteHandler>(Object.entries(routes));
  const hits = new Map<string, number>();
  const requests: RecordedRequest[] = [];

  const server = createServer((req, res) => {
    const recorded: RecordedRequest = { method: req.method ?? "GET", path: req.url ?? "/", headers: req.headers };
    requests.push(recorded);
    void answer(req, res, recorded).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" });
      res.end(`feed-server route failed: ${(error as Error).message}`);
    });
  });

  async function answer(req: IncomingMessage, res: ServerResponse, recorded: RecordedRequest): Promise<void> {
    const bare = recorded.path.split("?")[0] ?? "/";
    const key = table.has(recorded.path) ? recorded.path : bare;
    const handler = table.get(key);
    const hit = hits.get(key) ?? 0;
    hits.set(key, hit + 1);
    if (!handler) {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found");
      return;
    }
    const route = typeof handler === "function" ? await handler(recorded, hit) : handler;
    if (route.hang) return;
    if (route.delayMs) {
      await new Promise((resolve) => setTimeout(resolve, route.delayMs));
      if (req.destroyed || res.destroyed) return;
    }
    const headers: Record<string, string | string[]> = { ...route.headers };
    if (route.etag) headers.etag = route.etag;
    if (route.lastModified) headers["last-modified"] = route.lastModified;
    const notModified =
      (route.etag !== undefined && req.headers["if-none-match"] === route.etag) ||
      (route.lastModified !== undefined && req.headers["if-modified-since"] === route.lastModified);
    if (notModified) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    if (route.redirect !== undefined) {
      const status = route.status && route.status >= 300 && route.status < 400 ? route.status : 302;
      res.writeHead(status, { ...headers, location: route.redirect });
      res.end();
      return;
    }
    let body = route.body ?? "";
    if (route.encoding && (typeof body === "string" || Buffer.isBuffer(body))) {
      body = compress(Buffer.from(body), route.encoding);
      headers["content-encoding"] = route.encoding;
    }
    if (typeof body === "string" || Buffer.isBuffer(body)) {
      res.writeHead(route.status ?? 200, headers);
      res.end(body);
      return;
    }
    res.writeHead(route.status ?? 200, headers);
    for await (const chunk of body) {
      if (res.destroyed) return;
      if (!res.write(chunk)) {
        // Wait for the client to drain, or stop when it hangs up.
        await drainOrClose(res);
        if (res.destroyed) return;
      }
    }
    res.end();
  }

  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;

  return {
    origin,
    port,
    url: (path) => new URL(path, `${origin}/`).toString(),
    route: (path, handler) => {
      table.set(path, handler);
    },
    requests,
    requestsTo: (path) => requests.filter((r) => (r.path.split("?")[0] ?? "") === path),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function drainOrClose(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off("drain", done);
      res.off("close", done);
      resolve();
    };
    res.on("drain", done);
    res.on("close", done);
  });
}

function compress(body: Buffer, encoding: "gzip" | "br" | "deflate"): Buffer {
  if (encoding === "gzip") return gzipSync(body);
  if (encoding === "br") return brotliCompressSync(body);
  return deflateSync(body);
}

/** Yields `total` bytes in chunks of `chunkSize` without ever holding more than one chunk (for "huge body" tests). */
export function* repeatedBytes(total: number, chunkSize = 64 * 1024, fill = "a"): Generator<Buffer> {
  const chunk = Buffer.alloc(chunkSize, fill);
  let left = total;
  while (left > 0) {
    const size = Math.min(left, chunkSize);
    yield size === chunkSize ? chunk : chunk.subarray(0, size);
    left -= size;
  }
}

/**
 * Serves an RSS feed whose first fetch lacks the items with the `later` guids (a feed's first fetch stores but never
 * delivers, so the later items are the new stories of the second fetch).
 */
export function routeFeedInTwoFetches(server: FeedServer, path: string, xml: string, later: readonly string[]): void {
  const guids = later.map((guid) => guid.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
  const first = xml.replace(new RegExp(`<item>(?:(?!</item>)[\\s\\S])*?<guid>(?:${guids})</guid>[\\s\\S]*?</item>`, "g"), "");
  server.route(path, (_request, hit) => ({
    headers: { "content-type": "application/rss+xml" },
    body: hit === 0 ? first : xml,
  }));
}
