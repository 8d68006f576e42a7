import type { CliCommand } from "./cli-command.js";
import { environment } from "./environment.js";
import type { AppOptions } from "./main.js";

/** `newsbrief console`: the console platform only, reading commands from stdin (interactive or piped). */
export const consoleCommand: CliCommand = {
  usage: "console                     chat with newsbrief in this terminal (commands from stdin)",
  run: () => runFromProcess("console"),
};

/** Runs the app on this process: environment from process.env over ./.env, stdin/stdout, SIGINT/SIGTERM to stop. */
export async function runFromProcess(mode: AppOptions["mode"]): Promise<number> {
  let onSignal: (() => void) | undefined;
  const stopSignal = new Promise<void>((resolve) => {
    onSignal = resolve;
  });
  const stop = () => onSignal?.();
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  try {
    // The whole app (stores, platforms, feeds) loads only for the sub-commands that run it.
    const { runApp } = await import("./main.js");
    return await runApp({
      mode,
      env: environment(),
      input: process.stdin,
      output: process.stdout,
      logTo: (line) => process.stderr.write(`${line}\n`),
      stopSignal,
    });
  } finally {
    process.off("SIGINT", stop);
    process.off("SIGTERM", stop);
    // stdin may still hold the event loop open after a signal.
    process.stdin.pause();
  }
}
