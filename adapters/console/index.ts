/** The console platform: a terminal chat where the user types commands (interactive or piped) and reads briefs. */
import { createInterface } from "node:readline";
import {
  type ChannelKey,
  type ChatPlatform,
  type CommandSpec,
  DeliveryError,
  type Dispatch,
  type OutgoingMessage,
  type PlatformLimits,
  type SendOptions,
} from "../../src/index.js";
import { CONSOLE_CHANNEL, consoleInvocation, parseCommandLine } from "./invocation.js";
import { renderText } from "./render.js";

/** Where the console reads and writes. */
export interface ConsolePlatformOptions {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Whether the console user is an admin (default true: it is the operator's own terminal); a function is asked per line. */
  admin?: boolean | (() => boolean);
  /** Show a "> " prompt (default: when the input is a terminal). */
  prompt?: boolean;
  /** Whether the console counts as a private chat with the bot (default true: one person at their terminal). */
  privateChat?: boolean;
  /** The invoker's name (default "console"). */
  userName?: string;
}

/** The console platform, plus a promise for the end of input. */
export interface ConsolePlatform extends ChatPlatform {
  /** Resolves once the input has ended (or stop() was called) and every command read has been answered. */
  readonly finished: Promise<void>;
}

/** Creates the console platform over two streams (process.stdin/stdout in the app, PassThroughs in tests). */
export function createConsolePlatform(options: ConsolePlatformOptions): ConsolePlatform {
  const prompt = options.prompt ?? Boolean((options.input as { isTTY?: boolean }).isTTY);
  const isAdmin = (): boolean => (typeof options.admin === "function" ? options.admin() : (options.admin ?? true));
  const invoker = () => ({
    id: "console",
    displayName: options.userName ?? "console",
    isAdmin: isAdmin(),
    inPrivateChat: options.privateChat ?? true,
  });
  const limits: PlatformLimits = { messageChars: Number.POSITIVE_INFINITY };
  let closeInput: (() => void) | undefined;
  let markFinished!: () => void;
  const finished = new Promise<void>((resolve) => {
    markFinished = resolve;
  });
  let loop: Promise<void> | undefined;

  const write = (text: string): void => {
    if (!(options.output as { writableEnded?: boolean }).writableEnded) options.output.write(text);
  };
  const print = async (message: OutgoingMessage, silent = false): Promise<void> => {
    write(`${silent ? "🔕 " : ""}${renderText(message)}\n\n`);
  };

  async function readLoop(dispatch: Dispatch): Promise<void> {
    const lines = createInterface({ input: options.input, terminal: false, crlfDelay: Number.POSITIVE_INFINITY });
    closeInput = () => lines.close();
    const showPrompt = () => {
      if (prompt) write("> ");
    };
    if (prompt) write("newsbrief: type /help to see the commands, Ctrl-D to leave.\n");
    showPrompt();
    for await (const line of lines) {
      const trimmed = line.trim();
      if (trimmed.length > 0) {
        const parsed = parseCommandLine(trimmed);
        if (parsed) await dispatch(consoleInvocation(parsed, invoker(), (message) => print(message)));
        else write("Commands start with a slash. Type /help to see them.\n\n");
      }
      showPrompt();
    }
  }

  return {
    name: "console",
    limits,
    finished,
    async registerCommands(_specs: readonly CommandSpec[]) {
      // Nothing to publish: /help lists the commands.
    },
    async start(dispatch) {
      if (loop) throw new Error("console platform already started");
      loop = readLoop(dispatch).finally(() => markFinished());
    },
    async send(channel: ChannelKey, message: OutgoingMessage, sendOptions?: SendOptions) {
      if (channel !== CONSOLE_CHANNEL) {
        throw new DeliveryError(`The console has no chat ${channel}.`, { permanent: true });
      }
      await print(message, sendOptions?.silent);
    },
    async stop() {
      closeInput?.();
      if (loop) await loop;
      else markFinished();
    },
  };
}
