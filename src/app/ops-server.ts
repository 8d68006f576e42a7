/** The operations HTTP server (METRICS_PORT): `/healthz` for orchestrators, `/metrics` for Prometheus. */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { PromMetrics } from "../metrics/prom-metrics.js";

/** Options of {@link startOpsServer}. */
export interface OpsServerOptions {
  host: string;
  /** 0 picks a free port. */
  port: number;
  metrics: Pick<PromMetrics, "scrape">;
  /** Every problem found now ("store: …", "telegram: …"); none means healthy. */
  problems: () => Promise<string[]>;
}

/** The running server: its address and how to close it. */
export interface OpsServer {
  /** "http://host:port". */
  readonly url: string;
  close(): Promise<void>;
}

/** Starts the server; `/healthz` answers 200 "ok" or 503 with one problem per line, `/metrics` the registry. */
export async function startOpsServer(options: OpsServerOptions): Promise<OpsServer> {
  const server: Server = createServer((request, response) => {
    const path = (request.url ?? "/").split("?")[0];
    const answer = async () => {
      if (request.method !== "GET" && request.method !== "HEAD") return [405, "text/plain", "method not allowed\n"] as const;
      if (path === "/healthz") {
        const problems = await options.problems();
        return problems.length === 0
          ? ([200, "text/plain", "ok\n"] as const)
          : ([503, "text/plain", `${problems.join("\n")}\n`] as const);
      }
      if (path === "/metrics") {
        const { contentType, body } = await options.metrics.scrape();
        return [200, contentType, body] as const;
      }
      return [404, "text/plain", "not found: try /healthz or /metrics\n"] as const;
    };
    answer()
      .catch((error: unknown) => [500, "text/plain", `${error instanceof Error ? error.message : String(error)}\n`] as const)
      .then(([status, type, body]) => {
        response.writeHead(status, { "content-type": type, "cache-control": "no-store" });
        response.end(request.method === "HEAD" ? undefined : body);
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(":") ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Resolves with `work`'s problems, or one problem when it takes longer than `ms` or throws. */
export async function checkWithin(what: string, ms: number, work: () => Promise<void>): Promise<string[]> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<string[]>((resolve) => {
    timer = setTimeout(() => resolve([`${what}: no answer within ${ms} ms`]), ms);
  });
  try {
    return await Promise.race([
      work().then(
        () => [],
        (error: unknown) => [`${what}: ${error instanceof Error ? error.message : String(error)}`],
      ),
      late,
    ]);
  } finally {
    clearTimeout(timer);
  }
}
