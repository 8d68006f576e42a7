import { parseArgs } from "node:util";
import { UserError } from "../errors.js";
import { runSummarize } from "./cli-summarize.js";

const USAGE = `Usage: newsbrief <command> [options]

Commands:
  summarize FILE|-            print the brief of an article (plain text; a first line + blank line is its title)
    --json                    print the Summary JSON instead
    --jsonl                   read one {"id","text","title"?,"url"?} per line, print one JSON line each
  help                        this message
`;

/** Runs the CLI with the given arguments and returns the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  const out = (text: string) => process.stdout.write(`${text}\n`);
  try {
    switch (command) {
      case "summarize": {
        const { values, positionals } = parseArgs({
          args: [...rest],
          options: { json: { type: "boolean", default: false }, jsonl: { type: "boolean", default: false } },
          allowPositionals: true,
        });
        const source = positionals[0];
        if (!source) throw new UserError("summarize needs a FILE, or - for stdin");
        await runSummarize(source, { json: values.json ?? false, jsonl: values.jsonl ?? false }, out);
        return 0;
      }
      case undefined:
      case "help":
      case "--help":
      case "-h":
        out(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new UserError(`Unknown command "${command}". Run "newsbrief help".`);
    }
  } catch (error) {
    if (error instanceof UserError || (error as { code?: string }).code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
      process.stderr.write(`newsbrief: ${(error as Error).message}\n`);
      return 1;
    }
    throw error;
  }
}
