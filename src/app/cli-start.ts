import type { CliCommand } from "./cli-command.js";
import { runFromProcess } from "./cli-console.js";

/** `newsbrief start`: every platform whose token is set, and the console when none is. */
export const startCommand: CliCommand = {
  usage: "start                       run the bot: Telegram/Discord when their tokens are set, else the console",
  run: () => runFromProcess("start"),
};
