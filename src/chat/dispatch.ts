/** The dispatcher: turns an Invocation into a command run, and every failure into an answer. */
import { UserError } from "../errors.js";
import type { ArgValue, Command } from "./define-command.js";
import { usageOf } from "./define-command.js";
import { type Logger, silentLogger } from "./logger.js";
import type { OutgoingMessage } from "./message.js";
import { parseArguments, validateArguments } from "./parse-arguments.js";
import type { Dispatch, Invocation } from "./platform.js";
import type { Services } from "./services.js";

/** What the dispatcher needs. */
export interface DispatcherOptions {
  /** Commands in menu order. */
  commands: readonly Command[];
  services: Services;
  log?: Logger;
  /** The clock (tests pass a fixed time). */
  now?: () => Date;
}

/** A one-line text message. */
export function textMessage(text: string): OutgoingMessage {
  return { blocks: [{ type: "text", text }] };
}

/** The answer to an admin-only command run by someone else. */
export function adminOnlyMessage(command: string): string {
  return `Only admins of this chat can use /${command}.`;
}

/** Throws the admin-only refusal unless the invoker is an admin (for commands where only some actions need it). */
export function requireAdmin(invocation: { invoker: { isAdmin: boolean } }, what: string): void {
  if (!invocation.invoker.isAdmin) throw new UserError(`Only admins of this chat can ${what}.`);
}

/** Builds the Dispatch every platform calls; it never throws. */
export function createDispatcher(options: DispatcherOptions): Dispatch {
  const log = options.log ?? silentLogger;
  const now = options.now ?? (() => new Date());
  const byName = new Map(options.commands.map((command) => [command.name, command]));

  return async (invocation) => {
    const name = invocation.command.toLowerCase();
    const command = byName.get(name);
    try {
      if (!command) {
        throw new UserError(`I don't know /${invocation.command}. Type /help to see what I can do.`);
      }
      if (command.admin && !invocation.invoker.isAdmin) throw new UserError(adminOnlyMessage(command.name));
      const args = argumentsOf(command, invocation);
      await command.run({
        args,
        services: options.services,
        channel: invocation.channel,
        invoker: invocation.invoker,
        now: now(),
        reply: (message) => invocation.reply(message),
        commands: options.commands,
        log,
        limits: invocation.limits ?? { messageChars: Number.POSITIVE_INFINITY },
        ...(invocation.attachment ? { attachment: invocation.attachment } : {}),
        ...(invocation.localFiles ? { localFiles: invocation.localFiles } : {}),
      });
    } catch (error) {
      await answerError(error, invocation, log);
    }
  };
}

function argumentsOf(command: Command, invocation: Invocation): Record<string, ArgValue> {
  try {
    return invocation.input.kind === "text"
      ? parseArguments(invocation.input.text, command.options)
      : validateArguments(invocation.input.values, command.options);
  } catch (error) {
    if (error instanceof UserError) {
      throw new UserError(`${error.message} Usage: ${usageOf(command)} — e.g. ${command.example}`);
    }
    throw error;
  }
}

async function answerError(error: unknown, invocation: Invocation, log: Logger): Promise<void> {
  const context = { command: invocation.command, channel: invocation.channel, invoker: invocation.invoker.id };
  const userFacing = error instanceof UserError;
  if (!userFacing) log.error("command failed", { ...context, error });
  const message = textMessage(
    userFacing ? error.message : `Sorry, something went wrong with /${invocation.command}. It has been logged.`,
  );
  try {
    if (userFacing && invocation.replyError) await invocation.replyError(message);
    else await invocation.reply(message);
  } catch (replyFailure) {
    log.error("could not answer a command", { ...context, error: replyFailure });
  }
}
