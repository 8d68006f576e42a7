/** Turns a line typed at the console into an Invocation. */
import type { ChannelKey, Invocation, Invoker, OutgoingMessage } from "../../src/index.js";

/** The console's one chat. */
export const CONSOLE_CHANNEL: ChannelKey = "console:local";

/** "/latest 3 climate" → { command: "latest", text: "3 climate" }; undefined when the line is not a command. */
export function parseCommandLine(line: string): { command: string; text: string } | undefined {
  const match = /^\/([A-Za-z0-9_]+)(?:@\S+)?(?:\s+([\s\S]*))?$/.exec(line.trim());
  if (!match?.[1]) return undefined;
  return { command: match[1].toLowerCase(), text: (match[2] ?? "").trim() };
}

/** The Invocation of one console line. */
export function consoleInvocation(
  parsed: { command: string; text: string },
  invoker: Invoker,
  reply: (message: OutgoingMessage) => Promise<void>,
): Invocation {
  return { command: parsed.command, input: { kind: "text", text: parsed.text }, channel: CONSOLE_CHANNEL, invoker, reply };
}
