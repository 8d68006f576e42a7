/** One `newsbrief` sub-command: its usage lines and what it runs. */
export interface CliCommand {
  /** Lines shown by `newsbrief help`, e.g. "summarize FILE|-   print the brief of an article". */
  usage: string;
  /** Runs with the arguments after the sub-command's name; returns the exit code. */
  run(args: readonly string[], io: CliIo): Promise<number>;
}

/** Where a sub-command writes. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}
