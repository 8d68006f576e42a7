/** The dispatcher: turns an Invocation into a command run, and every failure into an answer. */
import { UserError } from "../errors.js";
import { answerLanguage } from "../i18n/chat-language.js";
import { english, type Translate, translator, userError, userErrorText } from "../i18n/translate.js";
import type { ChatSettingsStore } from "../store/ports.js";
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

/** The answer to an admin-only command run by someone else (English unless given the chat's `t`). */
export function adminOnlyMessage(command: string, t: Translate = english): string {
  return t("error.adminOnly", { command });
}

/** Throws the admin-only refusal unless the invoker is an admin (for commands where only some actions need it). */
export function requireAdmin(invocation: { invoker: { isAdmin: boolean } }, what: string): void {
  if (!invocation.invoker.isAdmin) throw userError("error.adminOnlyWhat", { what });
}

/** Builds the Dispatch every platform calls; it never throws. */
export function createDispatcher(options: DispatcherOptions): Dispatch {
  const log = options.log ?? silentLogger;
  const now = options.now ?? (() => new Date());
  const byName = new Map(options.commands.map((command) => [command.name, command]));

  return async (invocation) => {
    const name = invocation.command.toLowerCase();
    const command = byName.get(name);
    let t = english;
    try {
      const language = await chatLanguage(options.services.chats, invocation, log);
      t = translator(language);
      if (!command) throw userError("error.unknownCommand", { command: invocation.command });
      if (command.admin && !invocation.invoker.isAdmin) throw userError("error.adminOnly", { command: command.name });
      const args = argumentsOf(command, invocation, t);
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
        language,
        t,
      });
    } catch (error) {
      await answerError(error, invocation, log, t);
    }
  };
}

/** The answer's language; remembers the chat's platform locale (for digests) when it changed. */
async function chatLanguage(chats: ChatSettingsStore, invocation: Invocation, log: Logger) {
  const settings = await chats.get(invocation.channel);
  const seen = invocation.chatLocale ?? invocation.locale;
  if (seen && settings?.seenLocale !== seen) {
    // A failure to remember it must not cost the answer.
    await chats.put({ ...settings, channel: invocation.channel, seenLocale: seen }).catch((error: unknown) => {
      log.warn("could not remember a chat's locale", { channel: invocation.channel, error });
    });
  }
  return answerLanguage(settings, invocation.locale);
}

function argumentsOf(command: Command, invocation: Invocation, t: Translate): Record<string, ArgValue> {
  try {
    return invocation.input.kind === "text"
      ? parseArguments(invocation.input.text, command.options)
      : validateArguments(invocation.input.values, command.options);
  } catch (error) {
    if (error instanceof UserError) {
      const problem = userErrorText(error, t);
      throw new UserError(t("error.usage", { problem, usage: usageOf(command), example: command.example }));
    }
    throw error;
  }
}

async function answerError(error: unknown, invocation: Invocation, log: Logger, t: Translate): Promise<void> {
  const context = { command: invocation.command, channel: invocation.channel, invoker: invocation.invoker.id };
  const userFacing = error instanceof UserError;
  if (!userFacing) log.error("command failed", { ...context, error });
  const message = textMessage(userFacing ? userErrorText(error, t) : t("error.crash", { command: invocation.command }));
  try {
    if (userFacing && invocation.replyError) await invocation.replyError(message);
    else await invocation.reply(message);
  } catch (replyFailure) {
    log.error("could not answer a command", { ...context, error: replyFailure });
  }
}
