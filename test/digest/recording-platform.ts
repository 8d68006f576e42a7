/** A platform stand-in for digest tests: records what was sent, and can fail or hang on chosen sends. */
import { renderText } from "../../adapters/console/render.js";
import type { ChannelKey, ChatPlatform, OutgoingMessage, PlatformLimits, SendOptions } from "../../src/index.js";

/** One recorded send. */
export interface SentMessage {
  channel: ChannelKey;
  text: string;
  message: OutgoingMessage;
  silent: boolean;
}

/** What the nth send (from 1) to a channel does instead of succeeding. */
export type SendBehaviour = (channel: ChannelKey, n: number) => "ok" | "hang" | Error;

/** A recording platform named `name` with `limits`. */
export function recordingPlatform(name: ChatPlatform["name"], limits: PlatformLimits, behaviour: SendBehaviour = () => "ok") {
  const sent: SentMessage[] = [];
  const counts = new Map<string, number>();
  const platform: Pick<ChatPlatform, "name" | "limits" | "send"> = {
    name,
    limits,
    send(channel: ChannelKey, message: OutgoingMessage, options?: SendOptions) {
      const n = (counts.get(channel) ?? 0) + 1;
      counts.set(channel, n);
      const outcome = behaviour(channel, n);
      if (outcome === "hang") return new Promise<void>(() => undefined);
      if (outcome instanceof Error) return Promise.reject(outcome);
      sent.push({ channel, text: renderText(message), message, silent: options?.silent === true });
      return Promise.resolve();
    },
  };
  return { platform, sent };
}
