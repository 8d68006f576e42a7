/** The send budget of a bot token, shared by every instance that sends with it (DESIGN §10: limits belong to the token). */

/** A platform's limits, as its documentation gives them. */
export interface SendLimits {
  /** Messages in any one-second window, all chats together (Telegram 30, Discord 50 requests). */
  perSecond: number;
  /** Minimum ms between two messages to one chat (Telegram 1000; 0: none). */
  perChatIntervalMs?: number;
  /** Messages per minute to one group or channel (Telegram 20; 0: none). */
  perGroupPerMinute?: number;
  /** Added to every window, for clock rounding (default 10 ms). */
  marginMs?: number;
}

/** Telegram's published limits (https://core.telegram.org/bots/faq#my-bot-is-hitting-limits-how-do-i-avoid-this). */
export const TELEGRAM_SEND_LIMITS: SendLimits = { perSecond: 30, perChatIntervalMs: 1000, perGroupPerMinute: 20 };

/** Discord's global cap of 50 requests per second per bot (https://discord.com/developers/docs/topics/rate-limits). */
export const DISCORD_SEND_LIMITS: SendLimits = { perSecond: 50 };

/** Hands out permission to send, so that all instances together stay under the token's limits. */
export interface SendBudget {
  /**
   * Waits until one more message to `chat` fits the budget (`group`: a group, supergroup or channel). Call the
   * returned function once its answer (or error) came back: a message counts from then, an upper bound of when the
   * platform received it.
   */
  acquire(chat: string, group: boolean): Promise<() => Promise<void>>;
  /** The platform answered 429 with retry_after: no instance sends with this token for `ms`. */
  pause(ms: number): Promise<void>;
}
