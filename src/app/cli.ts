import { UserError } from "../errors.js";
import type { CliCommand, CliIo } from "./cli-command.js";
import { consoleCommand } from "./cli-console.js";
import { digestCommand } from "./cli-digest.js";
import { extractCommand } from "./cli-extract.js";
import { feedsCommand } from "./cli-feeds.js";
import { registerCommand } from "./cli-register.js";
import { startCommand } from "./cli-start.js";
import { summarizeCommand } from "./cli-summarize.js";

// Sub-commands in the order `newsbrief help` lists them; each lives in its own cli-*.ts file.
const COMMANDS: Record<string, CliCommand> = {
  start: startCommand,
  console: consoleCommand,
  summarize: summarizeCommand,
  extract: extractCommand,
  digest: digestCommand,
  feeds: feedsCommand,
  register: registerCommand,
};

function usage(): string {
  const lines = Object.values(COMMANDS).map((command) => `  ${command.usage.replace(/\n/g, "\n  ")}`);
  return `Usage: newsbrief <command> [options]\n\nCommands:\n${lines.join("\n")}\n  help                        this message\n`;
}

/** Runs the CLI with the given arguments and returns the exit code. */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "help" || name === "--help" || name === "-h") {
    io.out(usage());
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  try {
    if (!command) throw new UserError(`Unknown command "${name}". Run "newsbrief help".`);
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UserError || /^ERR_PARSE_ARGS/.test(String((error as { code?: unknown }).code))) {
      io.err(`newsbrief: ${(error as Error).message}`);
      return 1;
    }
    throw error;
  }
}

const processIo: CliIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};
