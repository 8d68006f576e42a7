/** newsbrief instances as real processes (`newsbrief start`) for the several-instances tests: start, wait, kill. */
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { resolve } from "node:path";

const CLI = resolve(import.meta.dirname, "../../src/app/newsbrief.mjs");

/** One running `newsbrief start`. */
export interface Instance {
  readonly child: ChildProcess;
  /** Everything it logged so far (stderr and stdout). */
  log(): string;
  /** Waits until its log contains `text`. */
  waitForLog(text: string, ms?: number): Promise<void>;
  /** SIGTERM and wait for the exit (no-op when it has exited). */
  stop(): Promise<void>;
  /** SIGKILL: dies at once, in the middle of whatever it does. */
  kill(): Promise<void>;
}

/** Starts `newsbrief start` in `cwd` with exactly `env` (plus PATH and HOME). */
export function startInstance(cwd: string, env: Record<string, string>): Instance {
  const child = spawn(process.execPath, [CLI, "start"], {
    cwd,
    env: { PATH: process.env.PATH ?? "", HOME: cwd, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let printed = "";
  const collect = (chunk: Buffer) => {
    printed += chunk.toString("utf8");
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  const exited = once(child, "exit");
  const signal = async (name: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill(name);
    await exited;
  };
  return {
    child,
    log: () => printed,
    async waitForLog(text, ms = 30_000) {
      for (const end = Date.now() + ms; !printed.includes(text); ) {
        if (child.exitCode !== null) throw new Error(`newsbrief exited (${child.exitCode}) before "${text}":\n${printed}`);
        if (Date.now() > end) throw new Error(`newsbrief did not log "${text}" within ${ms} ms:\n${printed}`);
        await new Promise((done) => setTimeout(done, 25));
      }
    },
    stop: () => signal("SIGTERM"),
    kill: () => signal("SIGKILL"),
  };
}

/** Waits (real time) until `check` holds, or throws `what` with the last value seen. */
export async function waitUntil(what: string, check: () => boolean, ms = 30_000): Promise<void> {
  for (const end = Date.now() + ms; !check(); ) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 25));
  }
}
