/** The one queue every Telegram send goes through: under the flood limits, and honouring retry_after. */
import { autoRetry } from "@grammyjs/auto-retry";
import type { Api, Transformer } from "grammy";
import type { SendBudget } from "../../src/jobs/send-budget.js";
import { SendPacer } from "./send-pacer.js";

/** How fast the queue may send (https://core.telegram.org/bots/faq#my-bot-is-hitting-limits-how-do-i-avoid-this). */
export interface SendRate {
  /** Messages per second over all chats (Telegram: about 30). */
  perSecond?: number;
  /** Minimum milliseconds between two messages to one chat (Telegram: about 1 s). */
  perChatIntervalMs?: number;
  /** Messages per minute to one group or channel (Telegram: 20). */
  perGroupPerMinute?: number;
  /** Added to every window for clock rounding (default 20 ms). */
  marginMs?: number;
}

/** What the queue does with 429s and server errors. */
export interface RetryPolicy {
  /** Retries per call before the error is handed back (default 5). */
  maxAttempts?: number;
  /** A retry_after longer than this is not waited for: the send fails (not permanently). Default 300 s. */
  maxDelaySeconds?: number;
  /** Told about each 429 answer, with its retry_after in seconds (metrics). */
  onRateLimited?: (retryAfterSeconds: number) => void;
}

// Only these methods count against the flood limits; getChatMember, setMyCommands, getUpdates pass straight on.
const SEND_METHODS = new Set([
  "sendMessage",
  "sendPhoto",
  "sendMediaGroup",
  "sendDocument",
  "copyMessage",
  "forwardMessage",
  "editMessageText",
  "editMessageCaption",
]);

/**
 * Installs the queue on `api` (`shared`: the token's budget when several instances send with it): a pacer (global and per-chat sliding windows, counted from when each answer came
 * back) inside grammY's auto-retry, so that a call retried after retry_after queues again.
 *
 * Why not @grammyjs/transformer-throttler: its default global limit is a reservoir of 30 refilled every second
 * (bursts of 30), and its per-chat spacing is counted when a job enters the global queue, not when it leaves.
 * Against a fake enforcing 30 msg/s in a sliding window it drew 71 answers 429 for 300 chats
 * (bench/telegram-fanout.ts); this pacer draws none.
 */
export function installSendQueue(api: Api, rate: SendRate = {}, retry: RetryPolicy = {}, shared?: SendBudget): SendPacer {
  const pacer = new SendPacer({
    perSecond: rate.perSecond ?? 30,
    perChatIntervalMs: rate.perChatIntervalMs ?? 1000,
    perGroupPerMinute: rate.perGroupPerMinute ?? 20,
    marginMs: rate.marginMs ?? 20,
  });
  const paced: Transformer = async (prev, method, payload, signal) => {
    if (!SEND_METHODS.has(method) || !payload || !("chat_id" in payload)) return prev(method, payload, signal);
    const chat = String(payload.chat_id);
    const group = chat.startsWith("-") || chat.startsWith("@");
    const done = await pacer.acquire(chat, group);
    try {
      // Several instances with one token: the token's budget in Redis, after this instance's own pace.
      const spent = await shared?.acquire(chat, group);
      try {
        const result = await prev(method, payload, signal);
        const retryAfter = result.ok ? undefined : result.parameters?.retry_after;
        if (retryAfter !== undefined) {
          retry.onRateLimited?.(retryAfter);
          await shared?.pause(retryAfter * 1000);
        }
        return result;
      } finally {
        await spent?.();
      }
    } finally {
      done();
    }
  };
  api.config.use(paced);
  api.config.use(
    autoRetry({
      maxRetryAttempts: retry.maxAttempts ?? 5,
      maxDelaySeconds: retry.maxDelaySeconds ?? 300,
      // Network errors surface at once (a send fails, not permanently); grammY's poller retries its own.
      rethrowHttpErrors: true,
    }),
  );
  return pacer;
}
