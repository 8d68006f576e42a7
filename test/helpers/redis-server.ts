/** A throw-away redis-server on a free 127.0.0.1 port, persistence off (tests and benchmarks). */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A running redis-server. */
export interface RedisServer {
  /** "redis://127.0.0.1:PORT". */
  readonly url: string;
  stop(): void;
}

/** Starts redis-server; rejects when it is not installed or does not answer PING within 5 s. */
export async function startRedisServer(): Promise<RedisServer> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), "newsbrief-redis-"));
  const args = ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir];
  const child = spawn("redis-server", args, { stdio: "ignore" });
  const stop = () => {
    child.kill();
    rmSync(dir, { recursive: true, force: true });
  };
  let failed: Error | undefined;
  child.once("error", (error) => {
    failed = error;
  });
  for (const end = Date.now() + 5000; ; ) {
    if (await ping(port)) return { url: `redis://127.0.0.1:${port}`, stop };
    if (failed) {
      stop();
      throw new Error(`redis-server could not start: ${failed.message}`);
    }
    if (Date.now() > end || child.exitCode !== null) {
      stop();
      throw new Error("redis-server did not answer PING within 5 s");
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket();
    socket.setTimeout(500);
    socket.once("data", (data) => {
      socket.destroy();
      resolve(data.toString().startsWith("+PONG"));
    });
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => {
      socket.destroy();
      resolve(false);
    });
    socket.connect(port, "127.0.0.1", () => socket.write("PING\r\n"));
  });
}
