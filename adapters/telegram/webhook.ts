/** Webhook mode: a node:http server handing Telegram's POSTs to grammY, with the secret-token header checked. */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { type Bot, webhookCallback } from "grammy";

/** Where Telegram posts updates, and the secret it sends back in X-Telegram-Bot-Api-Secret-Token. */
export interface WebhookOptions {
  /** Public HTTPS URL Telegram posts to (its path is the one served). */
  url: string;
  /** 1–256 characters of A-Z, a-z, 0-9, _ and -. */
  secret: string;
  /** Local port to listen on (default 8080; 0 picks a free one). */
  port?: number;
  /** Local address to listen on (default 0.0.0.0, behind the HTTPS proxy). */
  host?: string;
}

/** The running webhook server. */
export interface WebhookServer {
  /** "http://host:port" actually bound (useful with port 0). */
  readonly localUrl: string;
  close(): Promise<void>;
}

/** Serves `options.url`'s path: grammY's http adapter rejects a wrong or missing secret with 401; other paths get 404. */
export async function serveWebhook(bot: Bot, options: WebhookOptions): Promise<WebhookServer> {
  const path = new URL(options.url).pathname;
  // The handlers dispatch without awaiting the command, so answering Telegram never waits on a slow command
  // (a late answer makes Telegram deliver the update again: https://grammy.dev/guide/deployment-types).
  const callback = webhookCallback(bot, "http", { secretToken: options.secret, onTimeout: "return" });
  const server: Server = createServer((req, res) => {
    if (req.method !== "POST" || new URL(req.url ?? "/", "http://localhost").pathname !== path) {
      res.writeHead(404).end();
      return;
    }
    callback(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 8080, options.host ?? "0.0.0.0", () => resolve());
  });
  const address = server.address() as AddressInfo;
  return {
    localUrl: `http://${address.address}:${address.port}`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
